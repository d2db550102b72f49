package vn.thiduabot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.chat.FileUploader;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.web.DemoLogin;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.staff.DemoSchool;

/**
 * The bot in a terminal, for trying it without Telegram: one simulated person types messages,
 * inline buttons are numbered choices ({@code #2} presses the second), {@code :contact} shares the phone number, {@code :file PATH}
 * sends a document. Same dialogs, same database, same outbox as the Telegram transport.
 */
@Configuration
@ConditionalOnProperty(name = "thidua.transport", havingValue = "console")
class ConsoleTransport {

    /** The simulated person's Telegram user and chat id (the console uses its own demo database). */
    static final long CONSOLE_USER = 777_000_001L;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final AtomicLong updates = new AtomicLong(System.currentTimeMillis() * 1000);
    /**
     * Released once every listener of the start-up has run (Spring Boot announces "accepting traffic"
     * after the ready event's listeners): a ":quit" typed, or piped, at once must not close the
     * application while another start-up listener (resuming staff imports, planning reminders) still
     * uses the database, which ended the demo with a stack trace and exit code 1.
     */
    private final CountDownLatch started = new CountDownLatch(1);

    @Bean
    ConsoleLabels consoleLabels(Texts texts) {
        return new ConsoleLabels(texts, Texts.VIETNAMESE);
    }

    @Bean
    ConsoleGateway consoleGateway(ConsoleLabels labels) {
        return new ConsoleGateway(out, CONSOLE_USER, labels);
    }

    /** On the console a "file id" is simply a path on this machine. */
    @Bean
    FileFetcher consoleFileFetcher() {
        return (fileId, maxBytes) -> {
            Path p = Path.of(fileId);
            if (Files.size(p) > maxBytes) {
                throw new IOException("file larger than " + maxBytes + " bytes");
            }
            return Files.readAllBytes(p);
        };
    }

    /** A file the Mini App forwards to the person's chat: kept in the data folder, its path the file id. */
    @Bean
    FileUploader consoleFileUploader(@Value("${thidua.data-dir:data}") String dataDir) {
        return new ConsoleFileUploader(Path.of(dataDir));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        var env = context.getEnvironment();
        DemoSchool demo = context.getBean(DemoSchool.class);
        ConsoleLabels labels = context.getBean(ConsoleLabels.class);
        String demoFile = env.getProperty("thidua.demo-staff-file", "config/demo/staff.csv");
        int loaded = demo.loadIfEmpty(Path.of(demoFile));
        if (loaded > 0) {
            out.println(labels.get("console.demo-loaded", loaded, demoFile));
        }
        String as = env.getProperty("thidua.console.as");
        if (as != null && !as.isBlank()) {
            demo.actAs(as, CONSOLE_USER).ifPresentOrElse(
                    name -> {
                        out.println(labels.get("console.acting-as", name));
                        miniApp(context, labels);
                    },
                    () -> out.println(labels.get("console.unknown-as", as)));
        }
        out.println(labels.get("console.intro"));
        out.print("> ");
        Thread reader = new Thread(() -> readLoop(context, labels), "console-input");
        reader.start();
    }

    /** The Mini App in a desktop browser: a local address with a one-time login as the person the console acts as. */
    private void miniApp(ConfigurableApplicationContext context, ConsoleLabels labels) {
        context.getBeanProvider(DemoLogin.class).ifAvailable(login -> {
            String link = login.link(CONSOLE_USER, "home");
            if (!link.isEmpty()) {
                out.println(labels.get("console.mini-app", link));
            }
        });
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            started.countDown();
        }
    }

    private void readLoop(ConfigurableApplicationContext context, ConsoleLabels labels) {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        UpdateIntake intake = context.getBean(UpdateIntake.class);
        Outbox outbox = context.getBean(Outbox.class);
        ConsoleGateway gateway = context.getBean(ConsoleGateway.class);
        String phone = context.getEnvironment().getProperty("thidua.console.as", "");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty()) {
                    out.print("> ");
                    continue;
                }
                if (line.equals(":quit") || line.equals(":q")) {
                    break;
                }
                Incoming incoming = toIncoming(line, phone, gateway, labels);
                if (incoming == null) {
                    out.print("> ");
                    continue;
                }
                UpdateIntake.Outcome outcome = intake.process(incoming);
                if (outcome.callbackAnswer() != null) {
                    out.println("  (" + outcome.callbackAnswer() + ")");
                }
                awaitReplies(outbox);
            }
        } catch (IOException e) {
            out.println(e.getMessage());
        }
        out.println(labels.get("console.bye"));
        context.close();
    }

    /** A person reads the answer before typing again; so does a script piped into the console. */
    private static void awaitReplies(Outbox outbox) {
        long deadline = System.currentTimeMillis() + 5000;
        try {
            while (outbox.hasPendingFor(CONSOLE_USER) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Incoming toIncoming(String line, String phone, ConsoleGateway gateway, ConsoleLabels labels) {
        long id = updates.incrementAndGet();
        long u = CONSOLE_USER;
        if (line.matches("#\\d{1,2}")) {
            // "#2" presses button 2; a bare number is an answer (a score, a target) like in Telegram
            String token = gateway.button(Integer.parseInt(line.substring(1)));
            if (token == null) {
                out.println(labels.get("console.no-such-button", line));
                return null;
            }
            return new Incoming(id, u, u, true, "console", "Console", null, Incoming.Kind.CALLBACK, null, null, null,
                    new Incoming.Callback("c" + id, token, null));
        }
        if (line.startsWith(":contact")) {
            String number = line.length() > 8 ? line.substring(8).trim() : phone;
            if (number.isBlank()) {
                out.println(labels.get("console.contact-usage"));
                return null;
            }
            return new Incoming(id, u, u, true, "console", "Console", null, Incoming.Kind.CONTACT, null,
                    new Incoming.Contact(number, u, "Console", null), null, null);
        }
        if (line.startsWith(":file ")) {
            String[] parts = line.substring(6).trim().split("\\s+", 2);
            Path p = Path.of(parts[0]);
            if (!Files.isRegularFile(p)) {
                out.println(labels.get("console.file-missing", parts[0]));
                return null;
            }
            long size;
            try {
                size = Files.size(p);
            } catch (IOException e) {
                size = 0;
            }
            String caption = parts.length > 1 ? parts[1] : null;
            return new Incoming(id, u, u, true, "console", "Console", null, Incoming.Kind.DOCUMENT, caption, null,
                    new Incoming.Attachment(p.toString(), p.getFileName().toString(), null, size), null);
        }
        if (line.startsWith(":")) {
            out.println(labels.get("console.intro"));
            return null;
        }
        return new Incoming(id, u, u, true, "console", "Console", null, Incoming.Kind.TEXT, line, null, null, null);
    }
}
