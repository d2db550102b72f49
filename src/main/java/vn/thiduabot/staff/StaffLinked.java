package vn.thiduabot.staff;

/** A Telegram account was linked to a person (by their phone number or an invite code), in the transaction of the link. */
public record StaffLinked(long staffId, long telegramUserId, long chatId) { }
