package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.staff.StaffFiles.csv;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.SchoolFixture;

/**
 * Nobody raises their own roles with a staff list: the principal Hà Văn Hùng, the secretary-admin Lò
 * Thị Hoa and the secretary Đinh Thị Thu send lists through /nhapds; what would change is shown first
 * and applied only on a press by someone allowed to. Driven through the real intake.
 */
@BotTest
@Import(StaffImportConfirmationTest.Files.class)
@DirtiesContext // a file fetcher of its own
class StaffImportConfirmationTest {

    static final Map<String, byte[]> UPLOADS = new ConcurrentHashMap<>();
    /** Whether a database transaction was open while Telegram's file was being fetched, per fetch. */
    static final List<Boolean> FETCHED_IN_TRANSACTION = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Files {
        @Bean
        FileFetcher testFileFetcher() {
            return (fileId, maxBytes) -> {
                FETCHED_IN_TRANSACTION.add(TransactionSynchronizationManager.isActualTransactionActive());
                byte[] content = UPLOADS.get(fileId);
                if (content == null) {
                    throw new IOException("Bad Request: file not found");
                }
                return content;
            };
        }
    }

    static final long HUNG = 7101;   // the principal (HIEU_TRUONG)
    static final long HOA = 7102;    // secretary and admin
    static final long THU = 7103;    // secretary only
    static final long HUONG = 7104;  // a teacher

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired StaffImportRepository imports;
    @Autowired StaffImportWorker worker;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    ChatDriver chat;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        UPLOADS.clear();
        FETCHED_IN_TRANSACTION.clear();
        tx.executeWithoutResult(s -> {
            linked("Hà Văn Hùng", "+84912000001", HUNG, Role.PRINCIPAL);
            linked("Lò Thị Hoa", "+84912000002", HOA, Role.SECRETARY, Role.COUNCIL, Role.ADMIN);
            linked("Đinh Thị Thu", "+84912000003", THU, Role.SECRETARY);
            linked("Bùi Thị Hương", "+84912000004", HUONG, Role.TEACHER);
        });
    }

    private void linked(String name, String phone, long telegram, Role... roles) {
        StaffMember m = new StaffMember(name, phone, null, null, Set.of(roles), Instant.now());
        m.linkTelegram(telegram, telegram, null, Instant.now());
        staff.save(m);
    }

    private void sendsFile(long user, String fileName, byte[] content) {
        String fileId = "file-" + ChatDriver.nextUpdateId();
        UPLOADS.put(fileId, content);
        chat.sendsDocument(user, "/nhapds", fileId, fileName, null, content.length);
        worker.awaitIdle();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private Set<Role> roles(String phone) {
        return staff.findByPhone(phone).orElseThrow().getRoles();
    }

    private static final String HEADER = "Họ và tên,Số điện thoại,Vai trò";

    @Test
    void a_secretary_s_list_that_makes_a_teacher_council_member_waits_for_the_principal() {
        sendsFile(THU, "ds.csv", csv(HEADER, "Bùi Thị Hương,0912000004,GIAO_VIEN;HOI_DONG"));

        OutgoingMessage toThu = chat.last(THU);
        assertThat(toThu.text()).contains(vi("import.preview.sent-to", "Hà Văn Hùng, Lò Thị Hoa"));
        assertThat(ChatDriver.labels(toThu)).as("she may only withdraw it").containsExactly(vi("import.cancel"));
        OutgoingMessage card = chat.last(HUNG);
        assertThat(card.text()).contains(vi("import.preview.confirm-for", "Đinh Thị Thu"))
                .contains(vi("import.preview.privileged-line", "Bùi Thị Hương", vi("role.teacher"),
                        vi("role.teacher") + ", " + vi("role.council")));
        assertThat(roles("+84912000004")).as("nothing before a confirmation").containsExactly(Role.TEACHER);
        chat.says(THU, "xong chưa ạ?");
        assertThat(chat.lastText(THU)).as("no longer waiting for a file").isEqualTo(vi("import.awaiting-decision"));
        chat.says(THU, "cảm ơn");
        assertThat(chat.lastText(THU)).isEqualTo(vi("error.not-understood"));

        chat.presses(HUNG, vi("import.apply"));
        assertThat(chat.lastText(HUNG)).isEqualTo("Đã thêm 0, cập nhật 1, từ chối 0");
        assertThat(roles("+84912000004")).containsExactlyInAnyOrder(Role.TEACHER, Role.COUNCIL);
        assertThat(chat.previousText(THU)).isEqualTo(vi("import.applied-by", "Hà Văn Hùng"));
        assertThat(chat.lastText(THU)).isEqualTo("Đã thêm 0, cập nhật 1, từ chối 0");

        assertThat(chat.presses(HOA, vi("import.apply"))).as("the other admin's card, once decided")
                .isEqualTo(vi("import.already-decided"));
        assertThat(jdbc.queryForObject("select actor_staff_id || ' ' || action || ' ' || old_value || ' ' || new_value"
                + " from audit_entry", String.class))
                .isEqualTo(staff.findByPhone("+84912000001").orElseThrow().getId() + " ROLES_CHANGED GIAO_VIEN GIAO_VIEN;HOI_DONG");
    }

    @Test
    void an_apply_button_of_the_earlier_text_format_or_forged_for_another_list_applies_nothing() {
        sendsFile(THU, "ds.csv", csv(HEADER, "Bùi Thị Hương,0912000004,GIAO_VIEN;HOI_DONG"));
        String apply = ChatDriver.token(chat.latestWith(HUNG, vi("import.apply")), vi("import.apply"));
        long id = jdbc.queryForObject("select id from staff_import", Long.class);
        String issued = jdbc.queryForObject("select payload from callback_token where token = ?", String.class, apply);

        jdbc.update("update callback_token set payload = ? where token = ?", "yes:" + id, apply);
        assertThat(chat.pressToken(HUNG, apply)).isEqualTo(vi("error.button-stale"));
        jdbc.update("update callback_token set payload = ? where token = ?",
                "Decide{\"importId\":" + (id + 1000) + ",\"apply\":true}", apply);
        assertThat(chat.pressToken(HUNG, apply)).isEqualTo(vi("error.button-stale"));

        assertThat(roles("+84912000004")).containsExactly(Role.TEACHER);
        assertThat(jdbc.queryForObject("select status from staff_import", String.class)).isEqualTo("AWAITING_CONFIRMATION");
        jdbc.update("update callback_token set payload = ? where token = ?", issued, apply);
        chat.pressToken(HUNG, apply);
        assertThat(roles("+84912000004")).as("the real button still works").containsExactlyInAnyOrder(Role.TEACHER, Role.COUNCIL);
    }

    @Test
    void nobody_confirms_a_list_that_raises_their_own_roles() {
        sendsFile(HOA, "ds.csv", csv(HEADER, "Lò Thị Hoa,0912000002,THU_KY;HOI_DONG;QUAN_TRI;HIEU_TRUONG"));
        assertThat(ChatDriver.labels(chat.last(HOA))).containsExactly(vi("import.cancel"));
        assertThat(chat.lastText(HOA)).contains(vi("import.preview.sent-to", "Hà Văn Hùng"));
        String principalsApply = ChatDriver.token(chat.latestWith(HUNG, vi("import.apply")), vi("import.apply"));

        assertThat(chat.pressToken(HOA, principalsApply)).as("a button of someone else's").isEqualTo(vi("error.button-stale"));
        assertThat(roles("+84912000002")).doesNotContain(Role.PRINCIPAL);

        chat.presses(HUNG, vi("import.cancel"));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("import.cancelled"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.cancelled-by", "Hà Văn Hùng"));
        assertThat(chat.pressToken(HUNG, principalsApply)).isEqualTo(vi("import.already-decided"));
        assertThat(roles("+84912000002")).doesNotContain(Role.PRINCIPAL);
    }

    @Test
    void the_right_to_confirm_is_checked_again_at_the_press_from_the_stored_roles() {
        sendsFile(HOA, "ds.csv", csv(HEADER, "Bùi Thị Hương,0912000004,GIAO_VIEN;HOI_DONG"));
        assertThat(chat.lastText(HOA)).as("an admin gaining nothing confirms herself").contains(vi("import.preview.confirm"));
        // before she presses, she is no longer an admin
        jdbc.update("update staff_member set roles = 'SECRETARY' where telegram_user_id = ?", HOA);
        assertThat(chat.presses(HOA, vi("import.apply"))).isEqualTo(vi("import.not-yours"));
        assertThat(roles("+84912000004")).containsExactly(Role.TEACHER);
    }

    @Test
    void a_list_without_privileged_changes_is_confirmed_by_its_sender_and_may_be_cancelled() {
        sendsFile(THU, "ds.csv", csv(HEADER, "Vì Văn Sơn,0912000005,GIAO_VIEN;TO_TRUONG"));
        assertThat(chat.lastText(THU)).startsWith(vi("import.preview", "1", "0", "0"))
                .contains(vi("import.preview.line", vi("import.preview.new-person", "Vì Văn Sơn"), vi("import.preview.no-roles"),
                        vi("role.teacher") + ", " + vi("role.team_leader")))
                .endsWith(vi("import.preview.confirm"));
        String olderApply = ChatDriver.token(chat.last(THU), vi("import.apply"));
        sendsFile(THU, "ds2.csv", csv(HEADER, "Vì Văn Sơn,0912000005,GIAO_VIEN"));
        assertThat(chat.pressToken(THU, olderApply)).as("a newer file replaced it").isEqualTo(vi("import.already-decided"));
        chat.presses(THU, vi("import.cancel"));
        assertThat(chat.lastText(THU)).isEqualTo(vi("import.cancelled"));
        assertThat(staff.findByPhone("+84912000005")).isEmpty();
        assertThat(chat.presses(THU, vi("import.apply"))).isEqualTo(vi("import.already-decided"));
        assertThat(staff.findByPhone("+84912000005")).isEmpty();
    }

    @Test
    void a_list_nobody_confirms_for_seven_days_is_cancelled_and_its_file_deleted() {
        sendsFile(THU, "ds.csv", csv(HEADER, "Bùi Thị Hương,0912000004,GIAO_VIEN;HOI_DONG"));
        Instant sent = tx.execute(s -> imports.findAll().get(0).updatedAt());
        java.time.Clock base = java.time.Clock.fixed(sent, java.time.ZoneOffset.UTC);

        StaffImportExpiry almost = new StaffImportExpiry(imports, events,
                java.time.Clock.offset(base, java.time.Duration.ofDays(7).minusMinutes(1)), java.time.Duration.ofDays(7));
        assertThat((int) tx.execute(s -> almost.expire())).as("6 days 23 h 59 min: still waiting").isZero();
        assertThat(imports.findAll()).allMatch(StaffImport::awaitsConfirmation);

        StaffImportExpiry week = new StaffImportExpiry(imports, events,
                java.time.Clock.offset(base, java.time.Duration.ofDays(7).plusSeconds(1)), java.time.Duration.ofDays(7));
        assertThat((int) tx.execute(s -> week.expire())).isEqualTo(1);
        assertThat(chat.lastText(THU)).isEqualTo(vi("import.expired", "ds.csv", 7));
        assertThat(jdbc.queryForObject("select count(*) from staff_import where content is not null", Integer.class))
                .as("the phone numbers are gone").isZero();
        assertThat(chat.presses(HUNG, vi("import.apply"))).as("the principal's card, afterwards").isEqualTo(vi("import.already-decided"));
        assertThat(roles("+84912000004")).containsExactly(Role.TEACHER);
    }

    @Test
    void the_file_is_fetched_outside_any_transaction_and_a_failed_download_gets_a_polite_answer() {
        chat.sendsDocument(HOA, "/nhapds", "gone", "ds.csv", "text/csv", 100);
        worker.awaitIdle();
        assertThat(chat.previousText(HOA)).isEqualTo(vi("import.received", "ds.csv"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.download-failed"));
        sendsFile(HOA, "ds.csv", csv(HEADER, "Vì Văn Sơn,0912000005,GIAO_VIEN"));
        assertThat(chat.lastText(HOA)).as("still waiting for a file: the next one is read").contains(vi("import.preview.confirm"));
        assertThat(FETCHED_IN_TRANSACTION).containsExactly(false, false);
    }

    @Test
    void a_file_left_half_way_by_a_crash_is_read_again_at_start() {
        UPLOADS.put("before-crash", csv(HEADER, "Vì Văn Sơn,0912000005,GIAO_VIEN"));
        long hoaId = staff.findByTelegramUserId(HOA).orElseThrow().getId();
        tx.executeWithoutResult(s -> imports.save(new StaffImport(hoaId, HOA, HOA, 1L, "before-crash", "ds.csv", Instant.now())));
        worker.resume();
        worker.awaitIdle();
        assertThat(chat.lastText(HOA)).startsWith(vi("import.preview", "1", "0", "0"));
        chat.presses(HOA, vi("import.apply"));
        assertThat(staff.findByPhone("+84912000005")).isPresent();
    }
}
