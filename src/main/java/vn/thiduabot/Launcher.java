package vn.thiduabot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
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
 *   <li>no mode: the Telegram bot, which needs TELEGRAM_BOT_TOKEN; by long polling, or in webhook mode
 *       ({@code thidua.telegram.mode=webhook}) with TELEGRAM_WEBHOOK_SECRET, where it also starts a web server.</li>
 * </ul>
 * A bot token and a webhook secret are taken from the environment only; on the command line they are refused. Deployment
 * mistakes (no config folder, a wrong campaign file, a second bot on the same database) end with one
 * plain message and exit code 2 ({@link StartupGuard}).
 */
final class Launcher {

    static final int EXIT_USAGE = 2;

    private Launcher() {
    }

    /** A bot token as BotFather issues it: the bot's number, a colon, then 30+ characters. */
    private static final Pattern BOT_TOKEN = Pattern.compile("\\d{6,}:[A-Za-z0-9_-]{30,}");

    static int launch(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.stream().anyMatch(Launcher::carriesToken)) {
            System.err.println("A bot token on the command line is refused (other users of this computer can read it with ps,"
                    + " and it stays in shell history): remove it and set TELEGRAM_BOT_TOKEN in the environment instead.");
            return EXIT_USAGE;
        }
        if (rest.stream().anyMatch(Launcher::carriesWebhookSecret)) {
            System.err.println("A webhook secret on the command line is refused (other users of this computer can read it with ps,"
                    + " and it stays in shell history): remove it and set TELEGRAM_WEBHOOK_SECRET in the environment instead.");
            return EXIT_USAGE;
        }
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
        if (token == null || token.isBlank()) {
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
        } catch (StartupRefused e) {
            System.err.println(e.getMessage());
            return EXIT_USAGE;
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

    /**
     * {@code import-staff FILE [--property=value ...]}. It may run beside a running bot: it takes no
     * instance lock (it neither polls nor schedules), and SQLite with busy_timeout and the bot's retrying
     * intake lets the two write in turn.
     */
    private static int importStaff(List<String> args) {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            System.err.println("usage: import-staff FILE   (a .csv or .xlsx staff list)");
            return EXIT_USAGE;
        }
        List<String> springArgs = new ArrayList<>(args.stream().filter(a -> a.startsWith("--")).toList());
        // A one-off command: no scheduler (a running bot owns the reminders), no log lines on stdout,
        // no instance lock (a running bot holds it).
        springArgs.addAll(List.of("--thidua.transport=none", "--thidua.reminders.enabled=false", "--thidua.reports.warm-up=false",
                "--thidua.instance-lock=false", "--logging.level.vn.thiduabot=WARN"));
        SpringApplication app = ThiDuaBotApplication.application();
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false); // stdout carries only the report, for scripts that read it
        try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
            return context.getBean(vn.thiduabot.staff.StaffImportCli.class).run(java.nio.file.Path.of(files.get(0)));
        } catch (StartupRefused e) {
            System.err.println(e.getMessage());
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            return explainStartupFailure(e);
        }
    }

    /** {@code --thidua.telegram.webhook.secret-token=...} or {@code --TELEGRAM_WEBHOOK_SECRET=...}, in any spelling Spring binds. */
    static boolean carriesWebhookSecret(String arg) {
        String normalized = arg.toLowerCase(java.util.Locale.ROOT).replace("_", ".").replace("-", "");
        return normalized.contains("thidua.telegram.webhook.secrettoken") || normalized.contains("telegram.webhook.secret");
    }

    /** {@code --thidua.telegram.token=...} (any spelling Spring binds), or anything that looks like a bot token. */
    static boolean carriesToken(String arg) {
        String normalized = arg.toLowerCase(java.util.Locale.ROOT).replace("_", ".").replace("-", "");
        return normalized.contains("thidua.telegram.token") || normalized.contains("telegram.bot.token")
                || BOT_TOKEN.matcher(arg).find();
    }
}
