/**
 * The Telegram transport: long polling or a webhook in, the outbox's messages out through the Bot API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram", allowedDependencies = {"chat", "notification"})
package vn.thiduabot.telegram;
