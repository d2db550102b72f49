package vn.thiduabot.staff;

/** A staff list nobody confirmed within {@code keptDays} was cancelled; its sender may send it again. */
public record StaffListExpired(long importId, long senderUserId, String fileName, long keptDays) { }
