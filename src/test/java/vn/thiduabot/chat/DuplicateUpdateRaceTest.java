package vn.thiduabot.chat;

import vn.thiduabot.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.e2e.LogCapture;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.OnPostgres;

/**
 * Two bot instances (here: two threads) on one PostgreSQL receive the same Telegram update at the same
 * moment, as after a re-delivery. The database's key on processed_update decides: one handles it, the
 * other sees a duplicate and stays silent. The teacher gets one answer, no apology, and nobody's log
 * shows an error.
 */
@OnPostgres
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
class DuplicateUpdateRaceTest {

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;

    @Test
    void the_same_update_on_two_instances_at_once_is_answered_once_and_never_apologised_for() throws Exception {
        long lan = 7_310_001L;
        StaffMember teacher = new StaffMember("Trần Thị Lan", "+84912310001", null, null, Set.of(Role.TEACHER), Instant.now());
        teacher.linkTelegram(lan, lan, null, Instant.now());
        staff.save(teacher);
        ChatDriver chat = new ChatDriver(intake, outbox);
        int updates = 15;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LogCapture log = LogCapture.of(UpdateIntake.class.getName())) {
            for (int i = 0; i < updates; i++) {
                Incoming help = Incoming.text(ChatDriver.nextUpdateId(), lan, lan, "/trogiup");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<UpdateIntake.Outcome>> both = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    both.add(pool.submit(() -> {
                        together.await();
                        return intake.process(help);
                    }));
                }
                UpdateIntake.Outcome first = both.get(0).get();
                UpdateIntake.Outcome second = both.get(1).get();
                assertThat(List.of(first.duplicate(), second.duplicate())).as("update " + help.updateId())
                        .containsExactlyInAnyOrder(true, false);
                assertThat(first.handled() && second.handled()).isTrue();
            }
            assertThat(log.messages(Level.WARN)).as("no failure, no retry logged").isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(chat.sent(lan)).as("one answer per update").hasSize(updates);
        assertThat(chat.sent(lan).stream().map(m -> m.text()).distinct()).as("each the list of commands, never an apology")
                .hasSize(1).allSatisfy(text -> assertThat(text).contains("/trogiup"));
    }
}
