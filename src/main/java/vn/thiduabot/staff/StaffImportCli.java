package vn.thiduabot.staff;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;

/**
 * The command line's {@code import-staff FILE}: prints the report in English, then exits 0 if no row
 * was rejected, 1 if some were, 2 if the file could not be read or was refused as a whole.
 */
@Component
public class StaffImportCli {

    private static final Logger log = LoggerFactory.getLogger(StaffImportCli.class);
    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int FILE_REFUSED = 2;

    private final StaffImporter importer;
    private final Texts texts;

    StaffImportCli(StaffImporter importer, Texts texts) {
        this.importer = importer;
        this.texts = texts;
    }

    public int run(Path file) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (!Files.isRegularFile(file)) {
            err.println(texts.get(Texts.ENGLISH, "import.error.no-file", file.toString()));
            return FILE_REFUSED;
        }
        byte[] content;
        try {
            if (Files.size(file) > importer.maxFileBytes()) {
                err.println(texts.get(Texts.ENGLISH, "import.error.too-large", StaffFileReader.megabytes(importer.maxFileBytes())));
                return FILE_REFUSED;
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println(texts.get(Texts.ENGLISH, "import.error.unreadable", file.toString(), String.valueOf(e.getMessage())));
            return FILE_REFUSED;
        }
        ImportReport report;
        try {
            report = importer.importFile(file.getFileName().toString(), content);
        } catch (RuntimeException e) {
            log.error("Import of {} failed; nothing was saved", file, e);
            err.println(texts.get(Texts.ENGLISH, "import.error.failed", String.valueOf(e.getMessage())));
            return FILE_REFUSED;
        }
        if (report.failed()) {
            err.println(report.render(texts, Texts.ENGLISH));
            return FILE_REFUSED;
        }
        out.println(report.render(texts, Texts.ENGLISH));
        return report.rejected() == 0 ? OK : SOME_REJECTED;
    }
}
