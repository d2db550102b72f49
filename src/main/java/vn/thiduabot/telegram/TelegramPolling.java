package vn.thiduabot.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Starts long polling once the application is ready (the outbox and every dialog exist by then) and
 * stops it cleanly when the application closes: no new update is taken, the one being handled is
 * finished, the long poll in progress is aborted and the polling thread is gone before the database
 * closes. A restart in the same JVM (tests) therefore starts from a clean slate.
 *
 * <p>Registration (TelegramBots runs deleteWebhook synchronously in registerBot) is retried with
 * backoff on its own thread, so an unreachable Bot API at start-up neither blocks nor kills the app.
 */
final class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    /** The bot reacts to messages and button presses; other kinds are not even requested. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final TelegramSettings settings;
    private final TelegramBotsLongPollingApplication application;
    private final TelegramUpdateConsumer consumer;
    private final PollingMonitor monitor;
    private final TelegramHttpClients clients;
    private final PollingThread pollingThread;
    private final TelegramCommandMenu menu;
    private final UnreadableUpdateFilter unreadable;
    private final Object lock = new Object();

    private volatile boolean running;
    private volatile boolean stopping;
    private boolean registered;
    private Thread starter;

    TelegramPolling(TelegramSettings settings, TelegramBotsLongPollingApplication application, TelegramUpdateConsumer consumer,
                    PollingMonitor monitor, TelegramHttpClients clients, PollingThread pollingThread, TelegramCommandMenu menu,
                    UnreadableUpdateFilter unreadable) {
        this.settings = settings;
        this.application = application;
        this.consumer = consumer;
        this.monitor = monitor;
        this.clients = clients;
        this.pollingThread = pollingThread;
        this.menu = menu;
        this.unreadable = unreadable;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        synchronized (lock) {
            if (running || stopping) {
                return;
            }
            running = true;
            starter = new Thread(this::register, "telegram-start");
            starter.setDaemon(true);
            starter.start();
        }
    }

    private void register() {
        menu.publish();
        StartWithBackoff.run(log, "start polling Telegram", settings.describeServer(), () -> stopping, () -> {
            synchronized (lock) {
                if (stopping) {
                    return;
                }
                application.registerBot(settings.token(), settings::url, this::nextGetUpdates, consumer);
                registered = true;
            }
            log.info("Polling Telegram ({}) for updates", settings.describeServer());
        }, e -> {
            synchronized (lock) {
                unregisterQuietly();
            }
        });
    }

    /**
     * The getUpdates request: offset past what the consumer has handled and what was skipped as
     * unreadable (not what the library received), the configured long-poll timeout, only the update
     * kinds the bot uses.
     */
    GetUpdates nextGetUpdates(Integer lastReceivedByLibrary) {
        if (stopping || consumer.isStopping()) {
            // no request at all, so nothing unhandled gets confirmed while shutting down
            throw new IllegalStateException("polling is stopping");
        }
        return GetUpdates.builder()
                .offset(Math.max(consumer.lastHandled(), unreadable.highestSkipped()) + 1)
                .limit(100)
                .timeout(settings.longPollSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    @Override
    public void start() {
        // polling starts on ApplicationReadyEvent (see onReady)
    }

    @Override
    public void stop() {
        stopping = true;
        monitor.stopping();
        consumer.stop();
        Thread s = starter;
        if (s != null) {
            s.interrupt();
        }
        clients.cancelPolling();
        synchronized (lock) {
            unregisterQuietly();
        }
        clients.cancelPolling();
        if (!pollingThread.shutdownAndWait(Duration.ofSeconds(10))) {
            log.warn("The Telegram polling thread did not stop within 10 s");
        }
        running = false;
    }

    private void unregisterQuietly() {
        try {
            application.unregisterBot(settings.token());
        } catch (TelegramApiException e) {
            // not registered: nothing to stop
        }
        registered = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the outbox sender (MAX_VALUE - 10) and long before the database goes away
        return Integer.MAX_VALUE - 5;
    }
}
