package vn.thiduabot.staff;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Role;
import vn.thiduabot.chat.Texts;

/**
 * /nhapds (/import): the secretary or an admin sends the staff list as a file, with the command as
 * its caption or after the bot asks for it (also from the import button of /danhsach).
 * The bot downloads it, imports it and answers with the same report as the command line.
 */
@Component
class ImportStaffCommand implements Command, Flow, ButtonAction {

    private static final Logger log = LoggerFactory.getLogger(ImportStaffCommand.class);
    static final String FLOW = "staff-import";
    static final String ACTION = "staff-import";
    private static final String STEP = "await-file";
    /** Room left under Telegram's 4,096 characters for a report. */
    static final int MAX_REPORT = 3500;
    private static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.SECRETARY);

    private final StaffImporter importer;
    private final ObjectProvider<FileFetcher> fetcher;
    private final Texts texts;

    ImportStaffCommand(StaffImporter importer, ObjectProvider<FileFetcher> fetcher, Texts texts) {
        this.importer = importer;
        this.fetcher = fetcher;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("nhapds", "import");
    }

    @Override
    public String descriptionKey() {
        return "import.command";
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public void run(ChatSession s, String args) {
        s.startFlow(FLOW, STEP);
        if (s.incoming().attachment() != null && s.incoming().kind() == Incoming.Kind.DOCUMENT) {
            receive(s);
        } else if (s.incoming().kind() == Incoming.Kind.PHOTO) {
            s.reply("import.photo");
        } else {
            askForFile(s);
        }
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        s.startFlow(FLOW, STEP);
        askForFile(s);
    }

    @Override
    public void onInput(ChatSession s) {
        switch (s.incoming().kind()) {
            case DOCUMENT -> receive(s);
            case PHOTO -> s.reply("import.photo");
            default -> s.reply("import.reminder");
        }
    }

    private void askForFile(ChatSession s) {
        s.reply("import.ask-file", StaffFileReader.megabytes(importer.maxFileBytes()));
    }

    /** A document in the flow: checked, fetched, imported; the flow ends once a file was read. */
    private void receive(ChatSession s) {
        Incoming.Attachment file = s.incoming().attachment();
        String name = file.fileName() == null || file.fileName().isBlank() ? guessName(file.mimeType()) : file.fileName();
        if (!StaffFileReader.knownType(name)) {
            s.reply("import.wrong-type", name == null ? "?" : name);
            return;
        }
        long max = importer.maxFileBytes();
        if (file.size() > max) {
            s.reply("import.too-large", name, StaffFileReader.megabytes(max));
            return;
        }
        FileFetcher files = fetcher.getIfAvailable();
        if (files == null) {
            s.reply("import.no-files");
            s.endFlow();
            return;
        }
        byte[] content;
        try {
            content = files.fetch(file.fileId(), max);
        } catch (IOException e) {
            log.warn("Update {}: could not download the staff list: {}", s.incoming().updateId(), e.toString());
            s.reply("import.download-failed");
            return;
        }
        ImportReport report = importer.importFile(name, content);
        log.info("Update {}: staff #{} imported a staff list: {} new, {} updated, {} rejected{}", s.incoming().updateId(),
                s.requireUser().staffId(), report.imported(), report.updated(), report.rejected(),
                report.failed() ? ", file refused (" + report.fileError().key() + ")" : "");
        s.literal(report.render(texts, s.locale(), MAX_REPORT)).send();
        if (report.failed()) {
            s.reply("import.send-again");
        } else {
            s.endFlow();
        }
    }

    /** Some clients send a document without a name; its type still tells a spreadsheet from a CSV. */
    private static String guessName(String mimeType) {
        String m = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        if (m.equals("text/csv") || m.equals("text/comma-separated-values")) {
            return "staff.csv";
        }
        if (m.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
            return "staff.xlsx";
        }
        return null;
    }
}
