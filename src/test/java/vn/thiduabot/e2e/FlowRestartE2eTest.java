package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.telegram.FakeUser;

/** A redeploy in the middle of a dialog: the conversation waits in the database and goes on. */
@EndToEndTest.OwnApp
class FlowRestartE2eTest extends EndToEndTest {

    private BotApp own;

    @AfterEach
    void closeOwnApp() {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void the_secretary_asks_to_import_the_bot_restarts_and_the_file_she_then_sends_is_imported() {
        own = BotApp.startWithOwnFake();
        useApp(own);
        FakeUser secretary = newUser("Hoa");
        seedLinked(secretary, "Lò Thị Hoa", Role.SECRETARY);
        fake.userSends(secretary, "/nhapds");
        awaitReply(secretary); // "send the file"

        own.restart();
        useApp(own);

        String phone = uniquePhone();
        String csv = "full_name,phone,team,roles\nHà Văn Dũng,0" + phone.substring(3) + ",Tổ Ngoại ngữ,TEACHER\n";
        fake.userSendsDocument(secretary, "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), null);
        awaitReply(secretary, vi("import.received", "staff.csv"));
        fake.userPresses(secretary, awaitReply(secretary), vi("import.apply"));
        assertThat(awaitReply(secretary).text()).startsWith(vi("import.report", "1", "0", "0"));
        assertThat(own.bean(StaffRepository.class).findByPhone(phone)).isPresent();
    }
}
