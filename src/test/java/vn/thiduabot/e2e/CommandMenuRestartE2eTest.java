package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.Lifecycle;
import vn.thiduabot.chat.CommandMenus;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffService;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi.CommandMenu;
import vn.thiduabot.telegram.FakeUser;

/** A crash between a change and the menu call it asked for: the request is in the database, and is sent after the restart. */
@EndToEndTest.OwnApp
class CommandMenuRestartE2eTest extends EndToEndTest {

    private BotApp own;

    @AfterEach
    void closeOwnApp() {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void a_deactivation_whose_menu_call_never_went_out_removes_the_menu_after_the_restart() {
        own = BotApp.startWithOwnFake();
        useApp(own);
        FakeUser tien = newUser("Tiến");
        StaffMember member = seedStaff("Cầm Văn Tiến", "Tổ Toán - Tin", Role.COUNCIL, Role.TEACHER);
        StaffMember secretary = seedStaff("Lò Thị Xuân", "Tổ Văn phòng", Role.SECRETARY);
        fake.userSharesContact(tien, member.getPhone().substring(1), tien.id());
        assertThat(fake.awaitChatMenu(tien.chatId(), m -> !m.deleted(), TIMEOUT).names()).contains("duyet");

        // the sender stops (as in a crash) right after the change committed
        own.context().getBean("telegramMenuRefresher", Lifecycle.class).stop();
        app.bean(StaffService.class).deactivate(member.getId(), secretary.getId());
        assertThat(app.bean(CommandMenus.class).waiting()).isEqualTo(1);
        Await.sleep(300);
        assertThat(fake.chatMenu(tien.chatId())).get().extracting(CommandMenu::deleted).isEqualTo(false);

        own.stop();
        own.start();
        useApp(own);

        assertThat(fake.awaitChatMenu(tien.chatId(), CommandMenu::deleted, TIMEOUT).commands()).isEmpty();
        Await.until(TIMEOUT, "the request to be done", () -> app.bean(CommandMenus.class).waiting() == 0);
    }
}
