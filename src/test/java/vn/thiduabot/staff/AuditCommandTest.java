package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.chat.AuditDialog;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.SchoolFixture;

/** The principal reads the audit log (/nhatky): who linked whom, who changed whose roles, newest first. */
@BotTest
class AuditCommandTest {

    static final long HUNG = 7301;   // the principal
    static final long HOA = 7302;    // the secretary
    static final long HUONG = 7304;  // a teacher
    static final long SON = 7305;    // a teacher linking with an invite code

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired AuditLog audit;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    ChatDriver chat;
    long hoaId;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            linked("Hà Văn Hùng", "+84912000001", HUNG, Role.PRINCIPAL);
            hoaId = linked("Lò Thị Hoa", "+84912000002", HOA, Role.SECRETARY).getId();
            linked("Bùi Thị Hương", "+84912000004", HUONG, Role.TEACHER);
            staff.save(new StaffMember("Vì Văn Sơn", "+84912000005", null, null, Set.of(Role.TEACHER), Instant.now()));
        });
    }

    private StaffMember linked(String name, String phone, long telegram, Role... roles) {
        return school.linked(name, phone, null, telegram, roles);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    @Test
    void the_principal_sees_who_issued_a_code_and_who_linked_with_it_and_can_ask_about_one_person() {
        chat.says(HOA, "/moima Vì Văn Sơn");
        String code = chat.lastText(HOA).replaceAll("(?s).*start=([A-Za-z0-9_-]{22}).*", "$1");
        chat.says(SON, "/start " + code);

        chat.says(HUNG, "/nhatky");
        String log = chat.lastText(HUNG);
        String[] lines = log.split("\n");
        assertThat(lines[0]).isEqualTo(vi("audit.header", "1"));
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).as("newest first").endsWith(" · Vì Văn Sơn → Vì Văn Sơn: " + vi("audit.action.linked") + " "
                + vi("audit.values", vi("audit.none"), "Telegram " + SON));
        assertThat(lines[2]).as("nothing before or after: no brackets").endsWith(" · Lò Thị Hoa → Vì Văn Sơn: " + vi("audit.action.invite-issued"));
        assertThat(lines[2]).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · .*");

        chat.says(HOA, "/audit huong");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("audit.empty"));
        chat.says(HOA, "/audit Sơn");
        assertThat(chat.lastText(HOA)).startsWith(vi("audit.header-for", "1", "Sơn")).contains("Vì Văn Sơn");
        chat.says(HOA, "/audit Nguyễn Văn Không");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("audit.not-found", "Nguyễn Văn Không"));
    }

    @Test
    void a_long_log_comes_a_page_at_a_time() {
        for (int i = 0; i < AuditDialog.PAGE + 5; i++) {
            audit.record(AuditLog.Actor.commandLine(), hoaId, AuditEntry.Action.ROLES_CHANGED, "GIAO_VIEN", "THU_KY;" + i);
            if (i == AuditDialog.PAGE - 1) {
                chat.says(HUNG, "/nhatky");
                assertThat(ChatDriver.labels(chat.last(HUNG))).as("exactly one page: nothing older").isEmpty();
            }
        }
        chat.says(HUNG, "/nhatky");
        OutgoingMessage first = chat.last(HUNG);
        assertThat(first.text().split("\n")).hasSize(1 + AuditDialog.PAGE);
        assertThat(first.text()).contains(vi("audit.actor.command-line") + " → Lò Thị Hoa").contains("THU_KY;19").doesNotContain("THU_KY;4)");
        assertThat(first.text().length()).isLessThan(4096);
        chat.presses(HUNG, vi("audit.older"));
        String second = chat.lastText(HUNG);
        assertThat(second.split("\n")).hasSize(1 + 5);
        assertThat(second).startsWith(vi("audit.header", "2")).contains("THU_KY;0)");
        assertThat(ChatDriver.labels(chat.last(HUNG))).isEmpty();
    }

    @Test
    void a_teacher_may_not_read_the_log_and_the_principal_finds_the_command_in_help() {
        chat.says(HUONG, "/nhatky");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
        chat.says(HUNG, "/trogiup");
        assertThat(chat.lastText(HUNG)).contains("/nhatky · /audit — " + vi("audit.command"));
    }
}
