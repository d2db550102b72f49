package vn.thiduabot.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fictional school of config/demo/, so a newcomer can try the bot with no staff list of their own. */
@Service
public class DemoSchool {

    private final StaffRepository staff;
    private final StaffImporter importer;
    private final LinkingService linking;

    DemoSchool(StaffRepository staff, StaffImporter importer, LinkingService linking) {
        this.staff = staff;
        this.importer = importer;
        this.linking = linking;
    }

    /** Imports the demo staff list into an empty database; returns how many people were added. */
    @Transactional
    public int loadIfEmpty(Path file) {
        if (staff.count() > 0 || !Files.isRegularFile(file)) {
            return 0;
        }
        try {
            return importer.importFile(file.getFileName().toString(), Files.readAllBytes(file), AuditLog.Actor.system()).imported();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links the console's simulated Telegram account to the staff member with this phone number. */
    @Transactional
    public Optional<String> actAs(String phone, long consoleUserId) {
        return linking.linkByPhone(phone, consoleUserId, consoleUserId, "console").map(StaffMember::getFullName);
    }
}
