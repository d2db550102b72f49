package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;

/**
 * Several updates handed to the intake together commit in one transaction, or not at all: a duplicate
 * is answered once whether it comes in the same batch or a later one; a failure anywhere leaves
 * nothing of the batch saved, so the transport can hand the updates over one by one; the cap on
 * answers to a stranger holds inside one batch too.
 */
@BotTest
class UpdateBatchTest {

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_update_twice_in_one_batch_and_again_in_the_next_is_answered_once() {
        ChatDriver driver = new ChatDriver(intake, outbox);
        long lan = 7_300_001L;
        long hoa = 7_300_002L;
        Incoming help = Incoming.text(ChatDriver.nextUpdateId(), lan, lan, "/trogiup");
        Incoming other = Incoming.text(ChatDriver.nextUpdateId(), hoa, hoa, "/trogiup");

        List<UpdateIntake.Outcome> first = intake.processTogether(List.of(help, help)).orElseThrow();
        List<UpdateIntake.Outcome> second = intake.processTogether(List.of(help, other)).orElseThrow();

        assertThat(first).extracting(UpdateIntake.Outcome::duplicate).containsExactly(false, true);
        assertThat(second).extracting(UpdateIntake.Outcome::duplicate).containsExactly(true, false);
        assertThat(driver.sent(lan)).hasSize(1);
        assertThat(driver.sent(hoa)).hasSize(1);
    }

    @Test
    void a_failure_in_a_batch_leaves_nothing_of_it_saved_and_one_at_a_time_the_others_are_answered() {
        ChatDriver driver = new ChatDriver(intake, outbox);
        long mai = 7_310_001L;
        long tuan = 7_310_002L;
        long hien = 7_310_003L;
        List<Incoming> batch = List.of(Incoming.text(ChatDriver.nextUpdateId(), mai, mai, "/trogiup"),
                Incoming.text(ChatDriver.nextUpdateId(), tuan, tuan, "/trogiup"),
                Incoming.text(ChatDriver.nextUpdateId(), hien, hien, "/trogiup"));
        jdbc.execute("create trigger fail_tuan before insert on conversation when new.chat_id = " + tuan
                + " begin select raise(abort, 'planted fault'); end");
        try {
            Optional<List<UpdateIntake.Outcome>> together = intake.processTogether(batch);

            assertThat(together).as("rolled back as a whole").isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from processed_update where update_id in (?, ?, ?)", Integer.class,
                    batch.get(0).updateId(), batch.get(1).updateId(), batch.get(2).updateId())).isZero();
            assertThat(driver.sent(mai)).isEmpty();

            List<UpdateIntake.Outcome> oneByOne = new ArrayList<>();
            batch.forEach(in -> oneByOne.add(intake.process(in)));

            assertThat(oneByOne).allSatisfy(o -> assertThat(o.handled()).isTrue());
            String apology = texts.get(Texts.VIETNAMESE, "error.internal");
            assertThat(driver.sent(mai)).extracting(OutgoingMessage::text).singleElement().asString().doesNotContain(apology);
            assertThat(driver.sent(tuan)).extracting(OutgoingMessage::text).containsExactly(apology);
            assertThat(driver.sent(hien)).extracting(OutgoingMessage::text).singleElement().asString().doesNotContain(apology);
        } finally {
            jdbc.execute("drop trigger if exists fail_tuan");
        }
    }

    @Test
    void a_stranger_writing_eight_times_in_one_batch_is_answered_five_times() {
        ChatDriver driver = new ChatDriver(intake, outbox);
        long stranger = 7_320_001L;
        List<Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batch.add(Incoming.text(ChatDriver.nextUpdateId(), stranger, stranger, "/trogiup"));
        }

        intake.processTogether(batch).orElseThrow();

        assertThat(driver.sent(stranger)).hasSize(5);
    }
}
