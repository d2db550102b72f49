package vn.thiduabot.staff;

/** A staff list that changed nobody (only unchanged or refused rows) was applied at once, without a confirmation. */
public record StaffListImported(long importId, StaffImportService.Sender sender, ImportReport report) { }
