package vn.thiduabot.staff;

/**
 * A staff list could not be read (not downloaded, or the bot failed on it); the sender is told why
 * ({@code reasonKey}: import.no-files, import.download-failed or import.failed) and may send it again.
 */
public record StaffListFailed(long importId, StaffImportService.Sender sender, String reasonKey) { }
