package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * The first day with the bot, as the school lives it: the secretary sends the staff list, teachers
 * link their accounts by sharing their phone numbers (or with an invite code), strangers stay out.
 */
class LinkingE2eTest extends EndToEndTest {

    @Autowired
    StaffRepository staff;

    private static String national(String normalised) {
        return "0" + normalised.substring(3);
    }

    @Test
    void the_secretary_imports_the_list_and_a_teacher_links_by_sharing_her_phone() {
        FakeUser secretary = newUser("Hoa");
        seedLinked(secretary, "Lò Thị Hoa", Role.SECRETARY, Role.ADMIN);
        String huongPhone = uniquePhone();
        String csv = "Họ và tên,Số điện thoại,Tổ,Vai trò\n"
                + "Bùi Thị Hương," + national(huongPhone) + ",Tổ Toán - Tin,GIAO_VIEN\n";
        fake.userSendsDocument(secretary, "danh-sach.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "/nhapds");
        awaitReply(secretary, vi("import.received", "danh-sach.csv"));
        RecordedMessage preview = awaitReply(secretary);
        assertThat(preview.text()).startsWith(vi("import.preview", "1", "0", "0")).endsWith(vi("import.preview.confirm"));
        assertThat(staff.findByPhone(huongPhone)).as("nothing saved before the press").isEmpty();
        fake.userPresses(secretary, preview, vi("import.apply"));
        assertThat(awaitReply(secretary).text()).startsWith(vi("import.report", "1", "0", "0"));

        FakeUser huong = newUser("Hương");
        fake.userSends(huong, "/start");
        RecordedMessage welcome = awaitReply(huong, vi("link.welcome"));
        assertThat(welcome.requestsContact()).isTrue();
        assertThat(welcome.contactButtonLabel()).isEqualTo(vi("link.share-phone-button"));

        // Telegram sends the number without the plus, as it does for a real contact button press
        fake.userSharesContact(huong, huongPhone.substring(1), huong.id());
        RecordedMessage greeting = awaitReply(huong);
        assertThat(greeting.text()).startsWith("Xin chào Bùi Thị Hương!").contains(vi("role.teacher")).contains("/trogiup");
        assertThat(greeting.removesKeyboard()).isTrue();

        fake.userSends(huong, "/trogiup");
        assertThat(awaitReply(huong).text()).startsWith(vi("help.header", "Bùi Thị Hương")).doesNotContain("/nhapds");
    }

    @Test
    void someone_elses_contact_is_refused_and_links_nobody() {
        StaffMember son = seedStaff("Vì Văn Sơn", "Tổ Toán - Tin", Role.TEACHER);
        FakeUser intruder = newUser("Kẻ lạ");
        fake.userSharesContact(intruder, son.getPhone(), 424242L);
        assertThat(awaitReply(intruder).text()).isEqualTo(vi("link.not-own-contact"));
        assertThat(reload(son).getTelegramUserId()).isNull();
    }

    @Test
    void an_unknown_number_gets_a_polite_answer_and_the_secretary_is_told() {
        FakeUser secretary = newUser("Thu");
        seedLinked(secretary, "Đinh Thị Thu", Role.SECRETARY);
        FakeUser stranger = newUser("Minh");
        String phone = uniquePhone();
        fake.userSharesContact(stranger, phone, stranger.id());
        assertThat(awaitReply(stranger).text()).isEqualTo(vi("link.unknown-phone"));
        RecordedMessage notice = fake.awaitMessageTo(secretary.chatId(), m -> m.text().contains(phone), TIMEOUT);
        assertThat(notice.text()).contains("Minh");
    }

    @Test
    void an_invite_code_links_once_through_the_deep_link_and_never_again() {
        FakeUser secretary = newUser("Lan");
        seedLinked(secretary, "Hà Thị Lan", Role.SECRETARY);
        seedStaff("Sa Văn Tùng", "Tổ Văn phòng", Role.TEACHER);
        fake.userSends(secretary, "/moima Sa Văn Tùng");
        String issued = awaitReply(secretary).text();
        String code = issued.replaceAll("(?s).*\\?start=([A-Za-z0-9_-]+).*", "$1");
        assertThat(code).hasSize(22);

        FakeUser tung = newUser("Tùng");
        fake.userSends(tung, "/start " + code); // what Telegram sends when the deep link is opened
        assertThat(awaitReply(tung).text()).startsWith("Xin chào Sa Văn Tùng!");

        FakeUser other = newUser("Người khác");
        fake.userSends(other, code);
        assertThat(awaitReply(other).text()).isEqualTo(vi("link.invite-invalid"));
        assertThat(staff.findByTelegramUserId(other.id())).isEmpty();
    }

    @Test
    void a_new_phone_for_the_principal_needs_another_admin_and_the_old_phone_is_told() {
        FakeUser secretary = newUser("Mai");
        seedLinked(secretary, "Lù Thị Mai", Role.SECRETARY);
        FakeUser admin = newUser("Kiên");
        seedLinked(admin, "Lò Văn Kiên", Role.ADMIN);
        FakeUser principal = newUser("Thắng");
        StaffMember thang = seedLinked(principal, "Hoàng Văn Thắng", Role.PRINCIPAL);

        fake.userSends(secretary, "/moima " + national(thang.getPhone()));
        RecordedMessage refusal = awaitReply(secretary, vi("invite.already-linked", "Hoàng Văn Thắng"));
        fake.userPresses(secretary, refusal, vi("invite.relink-button"));
        RecordedMessage card = fake.awaitMessageTo(admin.chatId(), m -> m.buttonLabels().contains(vi("relink.approve")), TIMEOUT);
        assertThat(card.text()).contains("Lù Thị Mai", "Hoàng Văn Thắng");
        fake.userPresses(admin, card, vi("relink.approve"));
        RecordedMessage issued = fake.awaitMessageTo(secretary.chatId(), m -> m.text().contains("?start="), TIMEOUT);
        String code = issued.text().replaceAll("(?s).*\\?start=([A-Za-z0-9_-]+).*", "$1");

        FakeUser newPhone = newUser("Thắng");
        fake.userSends(newPhone, "/start " + code);
        assertThat(awaitReply(newPhone).text()).startsWith("Xin chào Hoàng Văn Thắng!");
        String told = vi("link.moved.old-account", "Hoàng Văn Thắng", "§");
        fake.awaitMessageTo(principal.chatId(), m -> m.text().startsWith(told.substring(0, told.indexOf('§'))), TIMEOUT);
        assertThat(reload(thang).getTelegramUserId()).isEqualTo(newPhone.id());
    }

    @Test
    void a_stranger_is_blocked_from_every_staff_command_and_button() {
        // Three strangers: one stranger gets at most five answers a minute (StrangerReplyLimitTest).
        FakeUser stranger = null;
        String[] commands = {"/nhapds", "/moima Hoa", "/danhsach", "/ngonngu", "/guitin", "/caidat"};
        for (int i = 0; i < commands.length; i++) {
            if (i % 3 == 0) {
                stranger = newUser("Lạ");
            }
            fake.userSends(stranger, commands[i]);
            assertThat(awaitReply(stranger).text()).as(commands[i]).isEqualTo(vi("error.not-linked"));
        }
        stranger = newUser("Lạ");
        String callback = fake.userPressesRaw(stranger, "lang:en");
        assertThat(fake.awaitCallbackAnswer(callback, TIMEOUT).text()).isEqualTo(vi("error.button-stale"));
    }

    @Test
    void a_teacher_is_refused_the_secretarys_commands() {
        FakeUser teacher = newUser("Bình");
        seedLinked(teacher, "Bùi Văn Bình", Role.TEACHER);
        for (String command : new String[] {"/nhapds", "/moima Hoa", "/danhsach", "/guitin", "/taila"}) {
            fake.userSends(teacher, command);
            assertThat(awaitReply(teacher).text()).as(command).isEqualTo(vi("error.forbidden"));
        }
    }
}
