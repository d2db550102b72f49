package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.UpdateIntake;

/**
 * What the polling consumer confirms to Telegram (its offset, {@link TelegramUpdateConsumer#lastHandled})
 * when it hands a batch over: all of it after the batch committed; after a failed batch, only what was
 * saved one by one; when the bot stops in the middle, nothing that was not committed.
 */
class TelegramUpdateConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UpdateIntake.Outcome ANSWERED = new UpdateIntake.Outcome(false, null);
    private static final UpdateIntake.Outcome NOT_SAVED = new UpdateIntake.Outcome(false, null, false, false);

    private final UpdateIntake intake = mock(UpdateIntake.class);
    private final TelegramUpdateConsumer consumer = new TelegramUpdateConsumer(new UpdateHandoff(intake, mock(TelegramClient.class)));

    @Test
    void a_batch_committed_together_is_confirmed_as_a_whole() {
        when(intake.processTogether(any())).thenReturn(Optional.of(List.of(ANSWERED, ANSWERED, ANSWERED)));

        consumer.consume(List.of(text(41, "/trogiup"), text(42, "/trangthai"), text(43, "/huy")));

        assertThat(consumer.lastHandled()).isEqualTo(43);
        verify(intake, never()).process(any());
    }

    @Test
    void after_a_failed_batch_each_update_is_handled_alone_and_confirmed_once_saved() {
        when(intake.processTogether(any())).thenReturn(Optional.empty());
        when(intake.process(any())).thenReturn(ANSWERED);

        consumer.consume(List.of(text(51, "/trogiup"), text(52, "/trangthai")));

        assertThat(consumer.lastHandled()).isEqualTo(52);
    }

    @Test
    void the_bot_stopping_while_a_batch_fails_confirms_nothing_of_it() {
        when(intake.processTogether(any())).thenAnswer(inv -> {
            stopInTheBackground();
            throw new IllegalStateException("EntityManagerFactory is closed"); // the context went away mid-batch
        });

        consumer.consume(List.of(text(61, "/trogiup"), text(62, "/trangthai")));

        assertThat(consumer.lastHandled()).isZero();
        verify(intake, never()).process(any());
    }

    @Test
    void the_bot_stopping_while_one_update_waits_for_the_database_confirms_only_those_saved_before_it() {
        when(intake.processTogether(any())).thenReturn(Optional.empty());
        when(intake.process(any())).thenAnswer(inv -> {
            Incoming in = inv.getArgument(0);
            if (in.updateId() == 71) {
                return ANSWERED;
            }
            stopInTheBackground();
            return NOT_SAVED; // the database stayed busy; meanwhile the bot is told to stop
        });

        consumer.consume(List.of(text(71, "/trogiup"), text(72, "/trangthai"), text(73, "/huy")));

        assertThat(consumer.lastHandled()).isEqualTo(71);
    }

    /** As the application closing does: stop() from another thread, which waits for the update in hand. */
    private void stopInTheBackground() {
        Thread stopper = new Thread(consumer::stop, "stopper");
        stopper.setDaemon(true);
        stopper.start();
        Await.until(Duration.ofSeconds(5), "the consumer to be stopping", consumer::isStopping);
    }

    private static Update text(int updateId, String text) {
        try {
            return JSON.readValue("""
                    {"update_id": %d, "message": {"message_id": %d, "date": 1790000000, "text": "%s",
                     "chat": {"id": 7400001, "type": "private"}, "from": {"id": 7400001, "is_bot": false, "first_name": "Lan"}}}
                    """.formatted(updateId, updateId, text), Update.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
