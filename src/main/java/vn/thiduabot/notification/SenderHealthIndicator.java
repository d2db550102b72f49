package vn.thiduabot.notification;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The outbox sender on the health endpoint (component "sender"): DOWN when its thread died or its
 * rounds keep failing; with when it last went round and what waits or failed.
 */
@Component("senderHealthIndicator")
class SenderHealthIndicator extends AbstractHealthIndicator {

    private final OutboxSender sender;
    private final Outbox outbox;

    SenderHealthIndicator(OutboxSender sender, Outbox outbox) {
        super("Outbox sender health check failed");
        this.sender = sender;
        this.outbox = outbox;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxSender.Status s = sender.status();
        if (!s.started()) {
            builder.unknown().withDetail("running", false).withDetail("reason", "no transport to deliver to");
        } else if (!s.alive() || s.failingRounds() > 0) {
            builder.down();
        } else {
            builder.up();
        }
        builder.withDetail("running", s.alive())
                .withDetail("lastRound", s.lastRound() == null ? "never" : s.lastRound().toString())
                .withDetail("failingRounds", s.failingRounds());
        if (s.lastError() != null) {
            builder.withDetail("lastError", s.lastError());
        }
        builder.withDetail("inFlight", s.inFlight());
        if (s.pausedUntil() != null) { // Telegram refused the whole bot: nothing goes until then
            builder.withDetail("pausedUntil", s.pausedUntil().toString());
        }
        if (s.unrecorded() > 0) {
            builder.withDetail("deliveredNotYetMarked", s.unrecorded());
        }
        Outbox.Health counts = outbox.health();
        builder.withDetail("pending", counts.pending()).withDetail("failed", counts.failed());
    }
}
