package vn.thiduabot.staff.chat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffImportService;

/**
 * /nhapds (/import): the secretary or an admin sends the staff list as a file, with the command as
 * its caption or after the bot asks for it (also from the import button of /danhsach).
 * The bot downloads it after the update commits, shows what it would change, and imports it on a
 * confirmation press (see {@link ImportNotifications}); then answers with the same report as the command line.
 */
@Component
public class ImportStaffDialog implements Command, Flow, ButtonAction<ImportStaffDialog.AskFile> {

    /** The import button of /danhsach: asks for the file as /nhapds does. */
    record AskFile() implements ButtonPayload { }

    private static final Logger log = LoggerFactory.getLogger(ImportStaffDialog.class);
    static final String FLOW = "staff-import";
    private static final String STEP = "await-file";
    /** Room left under Telegram's 4,096 characters for a report. */
    public static final int MAX_REPORT = 3500;
    private static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.SECRETARY);

    private final StaffImportService imports;
    private final ObjectProvider<FileFetcher> fetcher;

    ImportStaffDialog(StaffImportService imports, ObjectProvider<FileFetcher> fetcher) {
        this.imports = imports;
        this.fetcher = fetcher;
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
        return "staff-import";
    }

    @Override
    public Class<AskFile> payloadType() {
        return AskFile.class;
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
    public void onPress(ChatSession s, AskFile press) {
        s.startFlow(FLOW, STEP);
        askForFile(s);
    }

    @Override
    public void onInput(ChatSession s) {
        switch (s.incoming().kind()) {
            case DOCUMENT -> receive(s);
            case PHOTO -> s.reply("import.photo");
            default -> {
                if (imports.awaitsDecision(s.requireUser().staffId())) {
                    // the file was read and waits for a press (maybe someone else's): no longer waiting for a file
                    s.endFlow();
                    s.reply("import.awaiting-decision");
                } else {
                    s.reply("import.reminder");
                }
            }
        }
    }

    private void askForFile(ChatSession s) {
        s.reply("import.ask-file", StaffImportService.megabytes(imports.maxFileBytes()));
    }

    /**
     * A document in the flow: checked, then handed to the worker. The flow stays open until a
     * decision on the preview, so a refused file can simply be sent again.
     */
    private void receive(ChatSession s) {
        Incoming.Attachment file = s.incoming().attachment();
        String name = file.fileName() == null || file.fileName().isBlank() ? guessName(file.mimeType()) : file.fileName();
        if (!StaffImportService.knownType(name)) {
            s.reply("import.wrong-type", name == null ? "?" : name);
            return;
        }
        long max = imports.maxFileBytes();
        if (file.size() > max) {
            s.reply("import.too-large", name, StaffImportService.megabytes(max));
            return;
        }
        if (fetcher.getIfAvailable() == null) {
            s.reply("import.no-files");
            s.endFlow();
            return;
        }
        // Downloaded after this update commits, never inside its transaction (see StaffImportService#receive).
        Incoming in = s.incoming();
        long id = imports.receive(s.requireUser().staffId(), in.chatId(), in.userId(), in.updateId(), file.fileId(), name);
        log.info("Update {}: staff #{} sent a staff list (import #{})", in.updateId(), s.requireUser().staffId(), id);
        s.reply("import.received", name);
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
