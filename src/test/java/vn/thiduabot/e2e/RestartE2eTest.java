package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/** A redeploy between two messages: the application stops and starts again on the same database. */
@EndToEndTest.OwnApp
class RestartE2eTest extends EndToEndTest {

    private BotApp own;

    @AfterEach
    void closeOwnApp() {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void a_restart_keeps_the_language_and_the_link_and_does_not_replay_handled_updates() {
        own = BotApp.startWithOwnFake();
        useApp(own);
        FakeUser son = newUser("Sơn");
        seedLinked(son, "Vì Văn Sơn", Role.TEAM_LEADER, Role.TEACHER);
        fake.userSends(son, "/ngonngu");
        RecordedMessage choose = awaitReply(son);
        fake.userPresses(son, choose, vi("language.en"));
        awaitReply(son, en("language.changed"));
        int help = fake.userSends(son, "/trogiup");
        assertThat(awaitReply(son).text()).startsWith(en("help.header", "Vì Văn Sơn"));

        own.stop();
        int pollsAfterStop = fake.getUpdatesCalls();
        Await.sleep(2500); // longer than a long poll (1 s): a leftover polling thread would have asked again
        assertThat(fake.getUpdatesCalls()).as("getUpdates calls after the app stopped").isEqualTo(pollsAfterStop);

        own.start();
        useApp(own);
        fake.redeliver(help); // as Telegram would if the offset had not been confirmed before the stop
        fake.userSends(son, "/trogiup");

        assertThat(awaitReply(son).text()).startsWith(en("help.header", "Vì Văn Sơn"));
        fake.assertNoMoreMessagesTo(son.chatId(), Duration.ofSeconds(2));
    }
}
