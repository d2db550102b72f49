package vn.thiduabot.notification;

import java.time.Instant;

/**
 * Published (at most once an hour) when the outbox sender's loop failed and was restarted, so that
 * admins hear of it in the bot. {@code error} is the failure's class and message, for the operator.
 */
public record DeliveryTrouble(String error, Instant since, Instant at) { }
