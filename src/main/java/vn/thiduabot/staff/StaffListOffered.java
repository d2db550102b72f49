package vn.thiduabot.staff;

import java.util.List;
import vn.thiduabot.people.Person;

/**
 * A staff list was read and waits for a confirmation: by its sender ({@code senderConfirms}), or by the
 * {@code deciders} (principal, admins) when it changes roles the sender may not confirm. With neither, it
 * was cancelled at once: nobody may confirm it.
 */
public record StaffListOffered(long importId, StaffImportService.Sender sender, String senderName, ImportSummary summary,
                               boolean senderConfirms, List<Person> deciders) {

    public StaffListOffered {
        deciders = List.copyOf(deciders);
    }

    /** Nobody may confirm it: it was cancelled. */
    public boolean cancelled() {
        return !senderConfirms && deciders.isEmpty();
    }
}
