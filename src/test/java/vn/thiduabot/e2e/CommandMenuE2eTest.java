package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffImportCli;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffService;
import vn.thiduabot.telegram.FakeBotApi.CommandMenu;
import vn.thiduabot.telegram.FakeBotApi.MenuCommand;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * Each person's "/" menu lists exactly what their stored roles let them run, in their language, and follows
 * their link, their roles and their language. Trường THPT Mường Chiên (fictional); the people are made up.
 */
class CommandMenuE2eTest extends EndToEndTest {

    @Test
    void a_teacher_a_council_member_and_the_secretary_each_see_only_their_own_commands_once_linked() {
        FakeUser lan = newUser("Lan");
        FakeUser tuan = newUser("Tuấn");
        FakeUser thu = newUser("Thu");

        linkByPhone(lan, seedStaff("Lò Thị Lan", "Tổ Ngữ văn", Role.TEACHER));
        linkByPhone(tuan, seedStaff("Quàng Văn Tuấn", "Tổ Toán - Tin", Role.COUNCIL, Role.TEACHER));
        linkByPhone(thu, seedStaff("Đinh Thị Thu", "Tổ Văn phòng", Role.SECRETARY));

        CommandMenu teacher = awaitOwnMenu(lan);
        assertThat(teacher.names()).contains("trogiup", "ngonngu", "tucham").doesNotContain("duyet", "nhapds", "nghiviec", "help");
        assertThat(teacher.commands()).contains(new MenuCommand("trogiup", vi("command.help")));
        assertThat(teacher.languageCode()).as("the person's own language decides, not Telegram's").isEmpty();

        CommandMenu council = awaitOwnMenu(tuan);
        assertThat(council.names()).contains("duyet", "tucham").doesNotContain("nhapds");
        assertThat(council.commands()).contains(new MenuCommand("duyet", vi("command.review")));

        CommandMenu secretary = awaitOwnMenu(thu);
        assertThat(secretary.names()).contains("nhapds", "nghiviec").doesNotContain("duyet");
    }

    @Test
    void a_teacher_who_switches_to_english_gets_the_english_names_and_descriptions() {
        FakeUser hoa = newUser("Hoa");
        linkByPhone(hoa, seedStaff("Lò Thị Hoa", "Tổ Ngữ văn", Role.TEACHER));
        assertThat(awaitOwnMenu(hoa).names()).contains("trogiup");

        fake.userSends(hoa, "/ngonngu");
        RecordedMessage choose = fake.awaitMessageTo(hoa.chatId(), m -> m.text().equals(vi("language.choose")), TIMEOUT);
        fake.userPresses(hoa, choose, vi("language.en"));

        CommandMenu english = fake.awaitChatMenu(hoa.chatId(), m -> m.names().contains("help"), TIMEOUT);
        assertThat(english.names()).contains("help", "language", "selfscore").doesNotContain("trogiup", "review", "import");
        assertThat(english.commands()).contains(new MenuCommand("help", en("command.help")));
    }

    @Test
    void a_staff_list_that_makes_a_teacher_a_council_member_adds_the_review_to_their_menu() throws IOException {
        FakeUser dung = newUser("Dũng");
        StaffMember member = seedStaff("Sa Văn Dũng", "Tổ Toán - Tin", Role.TEACHER);
        linkByPhone(dung, member);
        assertThat(awaitOwnMenu(dung).names()).doesNotContain("duyet");

        Path list = Files.createTempFile("danh-sach", ".csv");
        try {
            Files.writeString(list, "Họ và tên,Số điện thoại,Vai trò\nSa Văn Dũng," + member.getPhone() + ",GIAO_VIEN;HOI_DONG\n",
                    StandardCharsets.UTF_8);
            assertThat(app.bean(StaffImportCli.class).run(list)).isEqualTo(StaffImportCli.OK);
        } finally {
            Files.deleteIfExists(list);
        }

        CommandMenu after = fake.awaitChatMenu(dung.chatId(), m -> m.names().contains("duyet"), TIMEOUT);
        assertThat(after.names()).contains("tucham").doesNotContain("nhapds");
    }

    @Test
    void a_person_taken_off_the_list_loses_their_own_menu_and_falls_back_to_the_default() {
        FakeUser binh = newUser("Bình");
        StaffMember member = seedStaff("Bùi Văn Bình", "Tổ Toán - Tin", Role.TEAM_LEADER, Role.TEACHER);
        StaffMember secretary = seedStaff("Lường Thị Mai", "Tổ Văn phòng", Role.SECRETARY);
        linkByPhone(binh, member);
        assertThat(awaitOwnMenu(binh).names()).contains("duyet");

        assertThat(app.bean(StaffService.class).deactivate(member.getId(), secretary.getId())).isTrue();

        CommandMenu removed = fake.awaitChatMenu(binh.chatId(), CommandMenu::deleted, TIMEOUT);
        assertThat(removed.commands()).isEmpty();
    }

    private void linkByPhone(FakeUser user, StaffMember member) {
        fake.userSharesContact(user, member.getPhone().substring(1), user.id());
        fake.awaitMessageTo(user.chatId(), m -> m.text().contains(member.getFullName()), TIMEOUT);
    }

    private CommandMenu awaitOwnMenu(FakeUser user) {
        return fake.awaitChatMenu(user.chatId(), m -> !m.deleted(), TIMEOUT);
    }
}
