package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A secret ballot's text leaves the outbox once it is sent; what later edits need stays. */
class SensitiveMessageTest {

    static final Instant NOW = Instant.parse("2024-05-20T01:00:00Z");

    private static OutboxMessage queued(boolean sensitive) {
        OutgoingMessage ballot = new OutgoingMessage(9104, "1. Lò Thị Hoa — Chiến sĩ thi đua cơ sở: ❌ Không đồng ý",
                List.of(List.of(new OutgoingMessage.InlineButton("1. Đồng ý", "t1"))), null, null, null, null, sensitive);
        return new OutboxMessage("com-ballot-1-4-0", 9104, Outbox.JSON.writeValueAsString(ballot), NOW, sensitive);
    }

    @Test
    void a_sensitive_message_keeps_only_a_placeholder_once_delivered_with_its_chat_key_and_message_id() {
        OutboxMessage row = queued(true);
        assertThat(row.getPayload()).as("still whole until it is sent").contains("Không đồng ý");
        row.delivered(NOW.plusSeconds(1), 4242L);
        assertThat(row.getPayload()).doesNotContain("Không đồng ý").doesNotContain("Lò Thị Hoa").doesNotContain("t1");
        OutgoingMessage kept = Outbox.read(row);
        assertThat(kept.text()).isEqualTo(OutgoingMessage.REDACTED);
        assertThat(kept.chatId()).isEqualTo(9104);
        assertThat(row.getIdempotencyKey()).isEqualTo("com-ballot-1-4-0");
        assertThat(row.getSentMessageId()).isEqualTo(4242L);
        assertThat(row.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void an_ordinary_message_is_kept_as_sent() {
        OutboxMessage row = queued(false);
        row.delivered(NOW.plusSeconds(1), 4243L);
        assertThat(Outbox.read(row).text()).contains("Không đồng ý");
    }
}
