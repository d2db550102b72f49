package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * A getUpdates batch is committed in one transaction (one disk sync for all of it). The promises of
 * one update at a time still hold: a failing update gets its apology and the others their answers,
 * each chat's order holds, a duplicate is answered once. Morning of the staff meeting at Trường THPT
 * Mường Chiên (fictional): several teachers write to the bot in the same second.
 */
class BatchIntakeE2eTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_update_failing_in_a_batch_gets_its_apology_and_the_others_in_the_batch_are_answered() {
        FakeUser lan = newUser("Lan");
        FakeUser tuan = newUser("Tuấn");
        FakeUser hien = newUser("Hiền");
        // Tuấn's conversation cannot be saved (a fault planted in the database): his update fails every time
        String trigger = "fail_conversation_" + tuan.chatId();
        jdbc.execute("create trigger " + trigger + " before insert on conversation when new.chat_id = " + tuan.chatId()
                + " begin select raise(abort, 'planted fault'); end");
        try {
            fake.holdUpdates();
            fake.userSends(lan, "/trogiup");
            int failing = fake.userSends(tuan, "/trogiup");
            int last = fake.userSends(hien, "/trogiup");
            fake.releaseUpdates();

            assertThat(awaitReply(lan).text()).startsWith(vi("help.header-stranger"));
            assertThat(awaitReply(tuan).text()).isEqualTo(vi("error.internal"));
            assertThat(awaitReply(hien).text()).startsWith(vi("help.header-stranger"));
            fake.awaitConfirmed(last, TIMEOUT);
            assertThat(fake.lastOffset()).isGreaterThan(failing);
            assertNoMoreReplies(lan);
            assertNoMoreReplies(tuan);
            assertNoMoreReplies(hien);
        } finally {
            jdbc.execute("drop trigger if exists " + trigger);
        }
    }

    @Test
    void a_teacher_writing_three_times_in_one_batch_is_answered_in_the_order_she_wrote() {
        FakeUser mai = newUser("Mai");
        seedLinked(mai, "Lò Thị Mai", Role.TEACHER);

        fake.holdUpdates();
        fake.userSends(mai, "/trogiup");
        fake.userSends(mai, "/ngonngu");
        fake.userSends(mai, "/huy");
        fake.releaseUpdates();

        RecordedMessage first = awaitReply(mai);
        RecordedMessage second = awaitReply(mai);
        RecordedMessage third = awaitReply(mai);
        assertThat(first.text()).startsWith(vi("help.header", "Lò Thị Mai"));
        assertThat(second.text()).isEqualTo(vi("language.choose"));
        assertThat(third.text()).isEqualTo(vi("cancel.done"));
        assertNoMoreReplies(mai);
    }

    @Test
    void an_update_coming_twice_in_one_batch_is_answered_once() {
        FakeUser son = newUser("Sơn");

        fake.holdUpdates();
        int help = fake.userSends(son, "/trogiup");
        fake.redeliver(help);
        fake.releaseUpdates();

        assertThat(awaitReply(son).text()).startsWith(vi("help.header-stranger"));
        fake.awaitConfirmed(help, TIMEOUT);
        assertNoMoreReplies(son);
    }
}
