package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.AuditEntry;
import vn.thiduabot.staff.AuditService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;

/**
 * /nhatky (/audit) [name]: the latest changes of linking and roles, newest first, a page at a time
 * (a button shows older ones), optionally only about the people whose name matches.
 */
@Component
@Order(820)
public class AuditDialog implements Command, ButtonAction<AuditDialog.Older> {

    /** "Older changes": the page to show (0 is the newest) and the name the list is narrowed to, or "". */
    record Older(int page, String name) implements ButtonPayload {
        Older {
            if (page < 1) {
                throw new IllegalArgumentException("an older page is page 1 or later");
            }
        }
    }

    /** Lines in one message: readable on a phone, well under Telegram's 4,096 characters. */
    public static final int PAGE = 15;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Set<Role> ROLES = Set.of(Role.PRINCIPAL, Role.SECRETARY, Role.ADMIN);

    private final AuditService audit;
    private final ZoneId zone;

    AuditDialog(AuditService audit, @Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.audit = audit;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public List<String> names() {
        return List.of("nhatky", "audit");
    }

    @Override
    public String descriptionKey() {
        return "audit.command";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String action() {
        return "audit-page";
    }

    @Override
    public Class<Older> payloadType() {
        return Older.class;
    }

    @Override
    public void run(ChatSession s, String args) {
        show(s, 0, args.trim());
    }

    @Override
    public void onPress(ChatSession s, Older older) {
        show(s, older.page(), older.name());
    }

    private void show(ChatSession s, int page, String name) {
        List<Long> subjects = null;
        if (!name.isEmpty()) {
            // everyone who ever was on the list, people who left included
            subjects = audit.everyoneNamed(name);
            if (subjects.isEmpty()) {
                s.reply("audit.not-found", name);
                return;
            }
        }
        Slice<AuditEntry> slice = audit.page(subjects, page, PAGE);
        List<AuditEntry> entries = slice.getContent();
        if (entries.isEmpty()) {
            s.reply(page == 0 ? "audit.empty" : "audit.no-older");
            return;
        }
        boolean more = slice.hasNext();
        Map<Long, String> names = audit.names(entries.stream()
                .flatMap(e -> java.util.stream.Stream.of(e.actorStaffId(), e.subjectStaffId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        StringBuilder text = new StringBuilder(name.isEmpty() ? s.text("audit.header", String.valueOf(page + 1))
                : s.text("audit.header-for", String.valueOf(page + 1), name));
        for (AuditEntry e : entries) {
            text.append('\n').append(line(s, e, names));
        }
        Reply reply = s.literal(text.toString());
        if (more) {
            reply.buttonKey("audit.older", new Older(page + 1, name));
        }
        reply.send();
    }

    private String line(ChatSession s, AuditEntry e, Map<Long, String> names) {
        String actor = switch (e.actorKind()) {
            case STAFF -> names.getOrDefault(e.actorStaffId(), "#" + e.actorStaffId());
            case COMMAND_LINE -> s.text("audit.actor.command-line");
            case SYSTEM -> s.text("audit.actor.system");
        };
        String subject = e.subjectStaffId() == null ? "-" : names.getOrDefault(e.subjectStaffId(), "#" + e.subjectStaffId());
        String what = s.text("audit.action." + e.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (e.oldValue() != null || e.newValue() != null) {
            what += " " + s.text("audit.values", value(s, e.oldValue()), value(s, e.newValue()));
        }
        return s.text("audit.line", WHEN.format(e.at().atZone(zone)), actor, subject, what);
    }

    private static String value(ChatSession s, String v) {
        return v == null || v.isEmpty() ? s.text("audit.none") : v;
    }
}
