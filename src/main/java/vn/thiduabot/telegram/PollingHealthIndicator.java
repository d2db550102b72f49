package vn.thiduabot.telegram;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Telegram long polling on the health endpoint (component "poller"), from {@link PollingMonitor}:
 * UP while getUpdates answers, DOWN while it fails (409 Conflict: another instance polls with this
 * token), UNKNOWN until the first answer.
 */
class PollingHealthIndicator extends AbstractHealthIndicator {

    private final PollingMonitor monitor;

    PollingHealthIndicator(PollingMonitor monitor) {
        super("Telegram polling health check failed");
        this.monitor = monitor;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PollingMonitor.State s = monitor.state();
        if (s.polling()) {
            builder.up();
        } else if (s.failures() > 0) {
            builder.down();
        } else {
            builder.unknown();
        }
        builder.withDetail("polling", s.polling())
                .withDetail("lastSuccess", s.lastSuccess() == null ? "never" : s.lastSuccess().toString())
                .withDetail("conflict", s.conflict())
                .withDetail("failedAttempts", s.failures());
        if (s.problem() != null) {
            builder.withDetail("problem", s.problem());
        }
    }
}
