package vn.thiduabot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode's start and stop. Once the application is ready (the web server listens, every dialog
 * exists) it publishes the command menu and calls setWebhook with the public URL, the secret, the update
 * kinds polling asks for and the connection limit; retried with backoff on its own thread, so an
 * unreachable Bot API neither blocks nor kills the start. Every instance sets the same webhook, which is
 * harmless.
 *
 * <p>On stop it does NOT delete the webhook: the other instances behind the proxy keep serving. It
 * only stops taking updates (503, which Telegram retries, perhaps on another instance) and waits for
 * those being handled, before the outbox sender and the database stop.
 */
final class TelegramWebhook implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final TelegramSettings telegram;
    private final WebhookSettings settings;
    private final TelegramClient client;
    private final TelegramWebhookEndpoint endpoint;
    private final WebhookMonitor monitor;
    private final TelegramCommandMenu menu;
    private final String listenAddress;
    private volatile boolean running;
    private volatile boolean stopping;
    private Thread starter;

    TelegramWebhook(TelegramSettings telegram, WebhookSettings settings, TelegramClient client, TelegramWebhookEndpoint endpoint,
                    WebhookMonitor monitor, TelegramCommandMenu menu, String listenAddress) {
        this.telegram = telegram;
        this.settings = settings;
        this.client = client;
        this.endpoint = endpoint;
        this.monitor = monitor;
        this.menu = menu;
        this.listenAddress = listenAddress;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void onReady(ApplicationReadyEvent event) {
        if (running || stopping) {
            return;
        }
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            log.error("Webhook mode, but no web server was started: Telegram's requests would find nobody;"
                    + " check spring.main.web-application-type (it must not be set to none in webhook mode)");
            return;
        }
        running = true;
        String local = listenAddress + ":" + web.getWebServer().getPort() + settings.path();
        starter = new Thread(() -> register(local), "telegram-webhook-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void register(String local) {
        menu.publish();
        StartWithBackoff.run(log, "set the webhook", telegram.describeServer(), () -> stopping, () -> {
            client.execute(setWebhook());
            monitor.registered();
            log.info("Receiving Telegram updates by webhook: {} posts to {}, this instance listens on {}", telegram.describeServer(),
                    settings.publicUrl(), local);
        }, e -> monitor.registrationFailed("setWebhook failed: " + e.getMessage()));
    }

    SetWebhook setWebhook() {
        return SetWebhook.builder()
                .url(settings.publicUrl().toString())
                .secretToken(settings.secretToken())
                .allowedUpdates(TelegramPolling.ALLOWED_UPDATES)
                .maxConnections(settings.maxConnections())
                .build();
    }

    @Override
    public void start() {
        // setWebhook is called on ApplicationReadyEvent (see onReady), once the web server listens
    }

    @Override
    public void stop() {
        stopping = true;
        Thread s;
        synchronized (this) {
            s = starter;
        }
        if (s != null) {
            s.interrupt();
        }
        endpoint.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // as polling: stop before the outbox sender (MAX_VALUE - 10) and long before the database goes away
        return Integer.MAX_VALUE - 5;
    }
}
