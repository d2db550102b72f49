package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outbox keeps messages as JSON: rows queued before web_app buttons existed must still be delivered after an
 * upgrade, with their callback buttons as they were.
 */
class WebAppButtonJsonTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    /** A row exactly as the bot wrote it before the Mini App (no webAppUrl anywhere). */
    static final String OLD_ROW = "{\"chatId\":8101,\"text\":\"Lò Thị Hoa đã nộp phiếu tự đánh giá\","
            + "\"inlineButtons\":[[{\"label\":\"Duyệt\",\"callbackData\":\"t1\"},{\"label\":\"Trả lại\",\"callbackData\":\"t2\"}]],"
            + "\"keyboard\":null,\"editOfKey\":null,\"editMessageId\":null,\"file\":null,\"sensitive\":false}";

    @Test
    void a_row_queued_before_the_mini_app_reads_with_its_callback_buttons_unchanged() {
        OutgoingMessage m = Outbox.read(new OutboxMessage("old-1", 8101, OLD_ROW, NOW, false));

        assertThat(m.inlineButtons()).containsExactly(List.of(
                new OutgoingMessage.InlineButton("Duyệt", "t1"), new OutgoingMessage.InlineButton("Trả lại", "t2")));
        assertThat(m.inlineButtons().get(0)).noneMatch(OutgoingMessage.InlineButton::opensWebApp);
    }

    @Test
    void a_callback_button_is_stored_as_before_and_a_web_app_button_keeps_its_address() {
        String url = "https://thidua.example.edu.vn/app/?screen=assessment";
        OutgoingMessage card = new OutgoingMessage(8101, "Tự đánh giá năm học 2023-2024", List.of(
                List.of(new OutgoingMessage.InlineButton("Duyệt", "t1")),
                List.of(OutgoingMessage.InlineButton.webApp("📝 Mở phiếu", url))), null);

        String json = Outbox.JSON.writeValueAsString(card);
        assertThat(json).contains("{\"label\":\"Duyệt\",\"callbackData\":\"t1\"}");
        OutgoingMessage read = Outbox.read(new OutboxMessage("new-1", 8101, json, NOW, false));
        assertThat(read).isEqualTo(card);
        OutgoingMessage.InlineButton open = read.inlineButtons().get(1).get(0);
        assertThat(open.opensWebApp()).isTrue();
        assertThat(open.webAppUrl()).isEqualTo(url);
        assertThat(open.callbackData()).isNull();
    }
}
