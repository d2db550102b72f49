package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.CommandMenus;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.people.Role;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.SchoolFixture;

/**
 * Every change to who someone is in the bot asks, in its own transaction, for their chat's "/" menu to be sent
 * again; what the sender will then send is the person's roles' commands, or nothing for someone who left.
 */
@BotTest
class CommandMenuRequestsTest {

    static final long LAN = 7301;   // a teacher who links today
    static final long TUAN = 7302;  // a teacher already linked
    static final long THU = 7303;   // the secretary

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired CommandMenus menus;
    @Autowired LinkingService linking;
    @Autowired StaffService staff;
    @Autowired StaffImporter importer;
    @Autowired TransactionTemplate tx;
    @Autowired Texts texts;
    ChatDriver chat;
    StaffMember tuan;
    StaffMember thu;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset();
        school.person("Lò Thị Lan", "+84912000011", null, Set.of(Role.TEACHER), null);
        tuan = school.linked("Quàng Văn Tuấn", "+84912000012", null, TUAN, Role.TEACHER);
        thu = school.linked("Đinh Thị Thu", "+84912000013", null, THU, Role.SECRETARY);
    }

    @Test
    void linking_by_phone_asks_for_the_new_chats_menu_listing_the_teachers_commands() {
        linking.linkByPhone("0912000011", LAN, LAN, null);

        CommandMenus.Pending request = only();
        assertThat(request.chatId()).isEqualTo(LAN);
        List<String> names = menus.menuOf(request).orElseThrow().commands().stream().map(c -> c.names().get(0)).toList();
        assertThat(names).contains("trogiup", "tucham").doesNotContain("duyet", "nhapds");
    }

    @Test
    void switching_to_english_asks_again_and_the_menu_is_in_english() {
        chat.says(TUAN, "/ngonngu");
        chat.presses(TUAN, texts.get(Texts.VIETNAMESE, "language.en"));

        CommandMenus.Pending request = only();
        assertThat(request.chatId()).isEqualTo(TUAN);
        assertThat(menus.menuOf(request).orElseThrow().locale()).isEqualTo(Texts.ENGLISH);

        chat.says(TUAN, "/ngonngu");
        chat.presses(TUAN, texts.get(Texts.ENGLISH, "language.vi"));
        assertThat(only().generation()).as("one request per chat, the newer replacing the older").isEqualTo(request.generation() + 1);
    }

    @Test
    void a_staff_list_that_adds_the_council_role_asks_for_a_menu_with_the_review() {
        importer.importFile("danh-sach.csv", "Họ và tên,Số điện thoại,Vai trò\nQuàng Văn Tuấn,0912000012,GIAO_VIEN;HOI_DONG\n"
                .getBytes(StandardCharsets.UTF_8));

        CommandMenus.Pending request = only();
        assertThat(request.chatId()).isEqualTo(TUAN);
        assertThat(menus.menuOf(request).orElseThrow().commands()).anyMatch(c -> c.names().contains("duyet"));
    }

    @Test
    void a_list_that_changes_nobodys_roles_asks_for_nothing() {
        importer.importFile("danh-sach.csv", "Họ và tên,Số điện thoại,Vai trò\nQuàng Văn Tuấn,0912000012,GIAO_VIEN\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(menus.waiting()).isZero();
    }

    @Test
    void a_deactivation_that_rolls_back_asks_for_nothing_and_one_that_commits_leaves_the_chat_no_menu_of_its_own() {
        tx.executeWithoutResult(s -> {
            staff.deactivate(tuan.getId(), thu.getId());
            s.setRollbackOnly();
        });
        assertThat(menus.waiting()).isZero();

        staff.deactivate(tuan.getId(), thu.getId());

        CommandMenus.Pending request = only();
        assertThat(request.chatId()).isEqualTo(TUAN);
        assertThat(menus.menuOf(request)).as("nobody active behind the chat: the sender removes its menu").isEmpty();
    }

    @Test
    void a_sent_menu_is_done_but_a_newer_request_that_came_in_meanwhile_stays() {
        linking.linkByPhone("0912000011", LAN, LAN, null);
        CommandMenus.Pending first = only();
        staff.deactivate(staff.findByPhone("0912000011").orElseThrow().getId(), thu.getId());

        menus.sent(first);
        assertThat(only().generation()).isEqualTo(first.generation() + 1);

        menus.sent(only());
        assertThat(menus.waiting()).isZero();
    }

    private CommandMenus.Pending only() {
        List<CommandMenus.Pending> due = menus.due(10);
        assertThat(due).hasSize(1);
        return due.get(0);
    }
}
