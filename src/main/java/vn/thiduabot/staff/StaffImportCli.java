package vn.thiduabot.staff;

import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The command line's import-staff. */
@Component
public class StaffImportCli {

    public int run(Path file) {
        throw new UnsupportedOperationException("import-staff is being written");
    }
}
