package vn.thiduabot.telegram;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Webhook mode on the health endpoint (component "webhook", in place of polling's "poller"): UP once
 * Telegram accepted setWebhook, DOWN while it refuses it or cannot be reached, UNKNOWN before the first
 * answer. Details: the public URL Telegram posts to (never the secret), the last update received, and
 * how many requests were refused for a missing or wrong secret.
 */
class WebhookHealthIndicator extends AbstractHealthIndicator {

    private final WebhookMonitor monitor;
    private final WebhookSettings settings;

    WebhookHealthIndicator(WebhookMonitor monitor, WebhookSettings settings) {
        super("Telegram webhook health check failed");
        this.monitor = monitor;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        WebhookMonitor.State s = monitor.state();
        if (s.registered()) {
            builder.up();
        } else if (s.failedRegistrations() > 0) {
            builder.down();
        } else {
            builder.unknown();
        }
        builder.withDetail("mode", "webhook")
                .withDetail("url", settings.publicUrl().toString())
                .withDetail("registered", s.registered())
                .withDetail("lastUpdate", s.lastUpdate() == null ? "never" : s.lastUpdate().toString())
                .withDetail("updatesReceived", s.received())
                .withDetail("refusedRequests", s.refused());
        if (s.problem() != null) {
            builder.withDetail("problem", s.problem());
        }
    }
}
