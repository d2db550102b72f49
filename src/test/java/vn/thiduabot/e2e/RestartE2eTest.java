package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
        java.util.Set<Thread> otherApps = pollingThreads(); // e.g. the shared application of the other end-to-end classes
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
        // no thread is left that could ask again: neither the bot's polling thread nor any inside TelegramBots' long polling
        Await.until(TIMEOUT, () -> "no polling thread of this app after the stop; alive: " + pollingThreads(),
                () -> otherApps.containsAll(pollingThreads()));
        assertThat(fake.getUpdatesCalls()).as("getUpdates calls after the app stopped").isEqualTo(pollsAfterStop);

        own.start();
        useApp(own);
        fake.redeliver(help); // as Telegram would if the offset had not been confirmed before the stop
        fake.userSends(son, "/trogiup");

        assertThat(awaitReply(son).text()).startsWith(en("help.header", "Vì Văn Sơn"));
        assertNoMoreReplies(son); // the redelivered update was handled before the stop: confirmed, not answered again
    }

    /** Live threads that poll Telegram: the bot's own ({@code telegram-polling}) or any running TelegramBots' long-polling code. */
    private static java.util.Set<Thread> pollingThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && (e.getKey().getName().equals("telegram-polling") || java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("org.telegram.telegrambots.longpolling"))))
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }
}
