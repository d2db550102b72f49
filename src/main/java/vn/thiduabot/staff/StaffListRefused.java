package vn.thiduabot.staff;

/** A staff list was refused as a whole (its report says why); nothing changed. */
public record StaffListRefused(long importId, StaffImportService.Sender sender, ImportReport report) { }
