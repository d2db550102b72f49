package vn.thiduabot.staff;

/** A person was taken off the active list (they keep their history; the bot no longer recognises them). */
public record StaffDeactivated(long staffId) { }
