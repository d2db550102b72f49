package vn.thiduabot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import vn.thiduabot.campaign.CampaignConfigException;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Reads the command line and starts the right mode:
 * <ul>
 *   <li>{@code import-staff FILE}: imports a staff list and exits (0 if no row was rejected, 1 otherwise);</li>
 *   <li>{@code --console [--as PHONE]}: the bot in this terminal, on the demo school;</li>
 *   <li>no mode: the Telegram bot, which needs TELEGRAM_BOT_TOKEN.</li>
 * </ul>
 */
final class Launcher {

    static final int EXIT_USAGE = 2;

    private Launcher() {
    }

    static int launch(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (!rest.isEmpty() && rest.get(0).equals("import-staff")) {
            return importStaff(rest.subList(1, rest.size()));
        }
        if (rest.contains("--console")) {
            rest.remove("--console");
            String as = null;
            int i = rest.indexOf("--as");
            if (i >= 0) {
                if (i + 1 >= rest.size()) {
                    System.err.println("--as needs a phone number, e.g. --as 0912000003");
                    return EXIT_USAGE;
                }
                as = rest.get(i + 1);
                rest.remove(i + 1);
                rest.remove(i);
            }
            int t = rest.indexOf("--today");
            if (t >= 0 && t + 1 < rest.size()) {
                rest.add("--thidua.today=" + rest.get(t + 1));
                rest.remove(t + 1);
                rest.remove(t);
            }
            rest.add("--thidua.transport=console");
            if (rest.stream().noneMatch(a -> a.startsWith("--thidua.data-dir="))) {
                // The console's simulated account must never take over a real person's link in the school's database.
                rest.add("--thidua.data-dir=data/demo");
            }
            // Log lines would interleave with the conversation; problems still show.
            rest.add("--logging.level.vn.thiduabot=WARN");
            if (as != null) {
                rest.add("--thidua.console.as=" + as);
            }
            return runUntilClosed(rest);
        }
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        boolean tokenArg = rest.stream().anyMatch(a -> a.startsWith("--thidua.telegram.token=") && a.length() > 24);
        if ((token == null || token.isBlank()) && !tokenArg) {
            System.err.println("""
                    TELEGRAM_BOT_TOKEN is not set.
                    Set it to the token BotFather gave you (export TELEGRAM_BOT_TOKEN=123456:ABC...),
                    optionally TELEGRAM_API_URL for another Bot API server,
                    or try the bot in this terminal without Telegram:  --console --as 0912000003""");
            return EXIT_USAGE;
        }
        rest.add("--thidua.transport=telegram");
        return runUntilClosed(rest);
    }

    private static int runUntilClosed(List<String> args) {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication app = ThiDuaBotApplication.application();
        app.setWebApplicationType(WebApplicationType.NONE);
        app.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            context = app.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            return explainStartupFailure(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "shutdown"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** A school's configuration mistake is told plainly, not as a stack trace. */
    static int explainStartupFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CampaignConfigException) {
                return EXIT_USAGE; // CampaignConfigFailureAnalyzer has printed the problems
            }
        }
        throw e;
    }

    private static int importStaff(List<String> args) {
        if (args.size() != 1) {
            System.err.println("usage: import-staff FILE   (a .csv or .xlsx staff list)");
            return EXIT_USAGE;
        }
        SpringApplication app = ThiDuaBotApplication.application();
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false); // stdout carries only the report, for scripts that read it
        // A one-off command: no scheduler (a running bot owns the reminders), no log lines on stdout.
        try (ConfigurableApplicationContext context = app.run("--thidua.transport=none", "--thidua.reminders.enabled=false",
                "--thidua.reports.warm-up=false", "--logging.level.vn.thiduabot=WARN")) {
            return context.getBean(vn.thiduabot.staff.StaffImportCli.class).run(java.nio.file.Path.of(args.get(0)));
        } catch (RuntimeException e) {
            return explainStartupFailure(e);
        }
    }
}
