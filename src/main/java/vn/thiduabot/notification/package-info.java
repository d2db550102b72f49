/**
 * The outbox: every outgoing message is a row committed with the state that caused it, delivered after commit within Telegram's rate limits, retried on 429 and 5xx.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {})
package vn.thiduabot.notification;
