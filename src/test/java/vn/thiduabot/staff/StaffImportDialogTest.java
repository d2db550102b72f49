package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.staff.StaffFiles.csv;
import static vn.thiduabot.staff.StaffFiles.xlsx;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import vn.thiduabot.staff.chat.ImportStaffDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The secretary, Lò Thị Hoa, manages the staff list of the demo school from Telegram: /nhapds with
 * a file, /danhsach, /nghiviec. Driven through the real intake; what she sees is read from the outbox.
 */
@BotTest
@Import(StaffImportDialogTest.Files.class)
@DirtiesContext // a file fetcher of its own
class StaffImportDialogTest {

    /** Telegram's getFile, replaced: the files "uploaded" by the test, by file id. */
    static final Map<String, byte[]> UPLOADS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Files {
        @Bean
        FileFetcher testFileFetcher() {
            return (fileId, maxBytes) -> {
                byte[] content = UPLOADS.get(fileId);
                if (content == null) {
                    throw new IOException("Bad Request: file not found");
                }
                return content;
            };
        }
    }

    static final long HOA = 7002;      // the secretary (THU_KY, QUAN_TRI)
    static final long HUONG = 7004;    // a teacher

    @Autowired SchoolFixture school;
    @Autowired
    UpdateIntake intake;
    @Autowired
    Outbox outbox;
    ChatDriver chat;
    @Autowired
    StaffRepository staff;
    @Autowired
    Texts texts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    StaffImportWorker worker;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        UPLOADS.clear();
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            StaffMember hoa = new StaffMember("Lò Thị Hoa", "+84912000002", null, null,
                    Set.of(Role.SECRETARY, Role.COUNCIL, Role.ADMIN), now);
            hoa.linkTelegram(HOA, HOA, "hoa", now);
            staff.save(hoa);
            StaffMember huong = new StaffMember("Bùi Thị Hương", "+84912000004", null, null, Set.of(Role.TEACHER), now);
            huong.linkTelegram(HUONG, HUONG, "huong", now);
            staff.save(huong);
        });
    }

    // --- what the users do -------------------------------------------------------------------------

    private void sendsFile(long user, String caption, String fileName, byte[] content) {
        String fileId = "file-" + ChatDriver.nextUpdateId();
        UPLOADS.put(fileId, content);
        chat.sendsDocument(user, caption, fileId, fileName, null, content.length);
        worker.awaitIdle(); // downloaded after the update's commit, on the worker's thread
    }

    private void sendsPhoto(long user) {
        chat.sendsPhoto(user, "photo-1", "image/jpeg", 50_000);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private boolean active(String phone) {
        return staff.findByPhone(phone).orElseThrow().isActive();
    }

    // --- scenarios --------------------------------------------------------------------------------------

    @Test
    void the_secretary_sends_the_list_with_nhapds_as_caption_and_gets_the_report() {
        sendsFile(HOA, "/nhapds", "danh-sach.csv", csv("Họ và tên,Số điện thoại,Tổ,Vai trò",
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN;HOI_DONG",
                "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN",
                "Cầm Thị Yến,09x,Tổ Toán - Tin,GIAO_VIEN"));
        assertThat(chat.lastText(HOA)).as("what the list would do, before anything is saved")
                .startsWith(vi("import.preview", "1", "1", "1"))
                .contains(vi("import.preview.privileged-line", vi("import.preview.new-person", "Vì Văn Sơn"), vi("import.preview.no-roles"),
                        vi("role.teacher") + ", " + vi("role.team_leader") + ", " + vi("role.council")));
        assertThat(staff.findByPhone("+84912000003")).as("nothing saved before the press").isEmpty();
        chat.presses(HOA, vi("import.apply"));
        assertThat(chat.lastText(HOA)).isEqualTo(
                "Đã thêm 1, cập nhật 1, từ chối 1\ndòng 4: số điện thoại “09x” không phải số điện thoại Việt Nam");
        assertThat(staff.findByPhone("+84912000003")).isPresent();
        chat.says(HOA, "xin chào");
        assertThat(chat.lastText(HOA)).as("the flow ended with the import").isNotEqualTo(vi("import.reminder"));
    }

    @Test
    void without_a_file_the_bot_asks_for_one_and_waits_patiently() {
        chat.says(HOA, "/nhapds");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.ask-file", "5")).contains(".csv").contains(".xlsx");
        chat.says(HOA, "đây ạ");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.reminder"));
        sendsPhoto(HOA);
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.photo"));
        sendsFile(HOA, null, "danh-sach.pdf", new byte[] {'%', 'P', 'D', 'F'});
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.wrong-type", "danh-sach.pdf"));
        chat.sendsDocument(HOA, null, "big", "to.xlsx", null, 6L * 1024 * 1024);
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.too-large", "to.xlsx", "5"));
        sendsFile(HOA, null, "Danh sách.xlsx", xlsx(
                new Object[] {"Họ và tên", "Số điện thoại", "Tổ", "Vai trò"},
                new Object[] {"Bùi Thị Loan", 912000024, "Tổ Khoa học tự nhiên", "TO_TRUONG;GIAO_VIEN"}));
        chat.presses(HOA, vi("import.apply"));
        assertThat(chat.lastText(HOA)).isEqualTo("Đã thêm 1, cập nhật 0, từ chối 0");
        sendsFile(HOA, null, "lai.csv", csv("x"));
        assertThat(chat.lastText(HOA)).as("no longer waiting for a file").isEqualTo(vi("error.unexpected-file"));
    }

    @Test
    void a_refused_file_keeps_the_flow_open_for_a_corrected_one() {
        chat.says(HOA, "/import");
        sendsFile(HOA, null, "ds.csv", csv("Họ và tên,Tổ", "Vì Văn Sơn,Tổ Toán - Tin"));
        List<OutgoingMessage> replies = chat.sent(HOA);
        assertThat(replies.get(replies.size() - 2).text()).startsWith("Tệp thiếu cột “Số điện thoại” (phone), “Vai trò” (roles).");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.send-again"));
        sendsFile(HOA, null, "ds.csv", csv("Họ và tên,Số điện thoại,Tổ,Vai trò", "Vì Văn Sơn,0912000003,Tổ Toán - Tin,GIAO_VIEN"));
        chat.presses(HOA, vi("import.apply"));
        assertThat(chat.lastText(HOA)).isEqualTo("Đã thêm 1, cập nhật 0, từ chối 0");
    }

    @Test
    void a_list_past_5000_rows_or_50_columns_is_refused_as_too_large_naming_the_limit() {
        chat.says(HOA, "/nhapds");
        sendsFile(HOA, null, "ds.csv", StaffFiles.wideCsv(5_001, 3));
        List<OutgoingMessage> replies = chat.sent(HOA);
        assertThat(replies.get(replies.size() - 2).text()).startsWith("Tệp quá lớn: danh sách có hơn 5.000 dòng dữ liệu (tối đa 5.000 dòng).");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.send-again"));
        sendsFile(HOA, null, "ds.csv", StaffFiles.wideCsv(2, 51));
        replies = chat.sent(HOA);
        assertThat(replies.get(replies.size() - 2).text()).startsWith("Tệp quá lớn: có dữ liệu ở quá 50 cột (tối đa 50 cột).");
        assertThat(staff.count()).as("nothing imported: Hoa and Hương only").isEqualTo(2);
    }

    @Test
    void a_long_list_of_rejected_rows_is_cut_politely() {
        StringBuilder rows = new StringBuilder("Họ và tên,Số điện thoại,Vai trò\n");
        for (int i = 0; i < 300; i++) {
            rows.append("Người Thứ ").append(i).append(",09x").append(i).append(",GIAO_VIEN\n");
        }
        sendsFile(HOA, "/nhapds", "ds.csv", rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String reply = chat.lastText(HOA);
        assertThat(reply).startsWith("Đã thêm 0, cập nhật 0, từ chối 300\ndòng 2: ");
        assertThat(reply.length()).isLessThanOrEqualTo(ImportStaffDialog.MAX_REPORT);
        int shown = reply.split("\n").length - 2;
        assertThat(reply).endsWith(vi("import.report.more", String.valueOf(300 - shown)));
    }

    @Test
    void an_english_speaking_secretary_gets_the_command_line_report() {
        jdbc.update("update staff_member set language = 'en' where telegram_user_id = ?", HOA);
        sendsFile(HOA, "/import", "staff.csv", csv("full_name,phone,roles", "Vi Van Son,09x,TEACHER"));
        assertThat(chat.lastText(HOA)).isEqualTo("imported 0, updated 0, rejected 1\nline 2: phone “09x” is not a Vietnamese phone number");
    }

    @Test
    void a_teacher_may_not_import() {
        sendsFile(HUONG, "/nhapds", "ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Bùi Thị Hương,0912000004,HIEU_TRUONG;QUAN_TRI"));
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
        assertThat(staff.findByPhone("+84912000004").orElseThrow().getRoles()).containsExactly(Role.TEACHER);
    }

    @Test
    void deactivating_someone_asks_first_then_the_bot_no_longer_knows_them() {
        chat.says(HOA, "/nghiviec 0912 000 004");
        OutgoingMessage confirm = chat.sent(HOA).get(chat.sent(HOA).size() - 1);
        assertThat(confirm.text()).contains("Bùi Thị Hương").contains("0912000004");
        assertThat(confirm.inlineButtons().get(0)).extracting(OutgoingMessage.InlineButton::label)
                .containsExactly(vi("staff.deactivate.yes"), vi("staff.deactivate.no"));
        assertThat(active("+84912000004")).as("nothing happens before the answer").isTrue();

        chat.presses(HOA, vi("staff.deactivate.yes"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("staff.deactivate.done", "Bùi Thị Hương"));
        assertThat(active("+84912000004")).isFalse();

        chat.says(HUONG, "/trogiup");
        assertThat(chat.lastText(HUONG)).as("she is a stranger to the bot now").startsWith(vi("help.header-stranger"));

        chat.says(HOA, "/nghiviec 0912000004");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("staff.deactivate.already", "Bùi Thị Hương"));
        sendsFile(HOA, "/nhapds", "ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Bùi Thị Hương,0912000004,GIAO_VIEN"));
        assertThat(active("+84912000004")).as("not before the press").isFalse();
        chat.presses(HOA, vi("import.apply"));
        assertThat(chat.lastText(HOA)).isEqualTo("Đã thêm 0, cập nhật 1, từ chối 0");
        assertThat(active("+84912000004")).as("back on the list").isTrue();
    }

    @Test
    void answering_no_keeps_the_person_and_nobody_deactivates_themselves() {
        chat.says(HOA, "/deactivate 0912000004");
        chat.presses(HOA, vi("staff.deactivate.no"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("staff.deactivate.kept", "Bùi Thị Hương"));
        assertThat(active("+84912000004")).isTrue();

        chat.says(HOA, "/nghiviec 0912000002");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("staff.deactivate.self"));
        chat.says(HOA, "/nghiviec 0999999999");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("staff.deactivate.not-found", "0999999999"));
        chat.says(HOA, "/nghiviec abc");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("staff.deactivate.bad-phone", "abc"));
        chat.says(HUONG, "/nghiviec 0912000002");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
        assertThat(active("+84912000002")).isTrue();
    }

    @Test
    void the_overview_counts_active_staff_per_team_and_links_and_offers_the_import() {
        sendsFile(HOA, "/nhapds", "ds.csv", csv("Họ và tên,Số điện thoại,Tổ,Vai trò",
                "Lò Thị Hoa,0912000002,Tổ Văn phòng,THU_KY;HOI_DONG;QUAN_TRI",
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN",
                "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN",
                "Đinh Công Minh,0912000005,Tổ Toán - Tin,GIAO_VIEN",
                "Hà Văn Hùng,0912000001,,HIEU_TRUONG"));
        chat.presses(HOA, vi("import.apply"));
        chat.says(HOA, "/nghiviec 0912000005");
        chat.presses(HOA, vi("staff.deactivate.yes"));

        chat.says(HOA, "/danhsach");
        OutgoingMessage overview = chat.sent(HOA).get(chat.sent(HOA).size() - 1);
        assertThat(overview.text()).startsWith(vi("staff.list.header", "4", "2")).contains(
                vi("staff.list.team", "Tổ Toán - Tin", "2", "1"),
                vi("staff.list.team", "Tổ Văn phòng", "1", "1"),
                vi("staff.list.team", vi("staff.no-team"), "1", "0"),
                vi("staff.list.inactive", "1"));
        assertThat(overview.text().length()).isLessThan(4000);

        chat.presses(HOA, vi("staff.list.import-button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.ask-file", "5"));
        chat.says(HOA, "?");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("import.reminder"));
    }
}
