package vn.thiduabot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.notification.OutgoingMessage;

/** What the person at the terminal sees of a message's buttons. */
class ConsoleGatewayTest {

    @Test
    void a_mini_app_button_shows_its_address_and_takes_no_number_from_the_buttons_you_press() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleGateway gateway = new ConsoleGateway(new PrintStream(bytes, true, StandardCharsets.UTF_8), 8101,
                new ConsoleLabels(mock(Texts.class), Texts.VIETNAMESE));
        String url = "http://127.0.0.1:43117/app/?screen=review&id=42";

        gateway.send(new OutgoingMessage(8101, "Phiếu của Lò Thị Hoa", List.of(
                List.of(new OutgoingMessage.InlineButton("Duyệt", "t1"), new OutgoingMessage.InlineButton("Trả lại", "t2")),
                List.of(OutgoingMessage.InlineButton.webApp("📝 Mở phiếu", url))), null));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("  [#1] Duyệt   [#2] Trả lại\n").contains("  [📝 Mở phiếu → " + url + "]\n");
        assertThat(gateway.button(1)).isEqualTo("t1");
        assertThat(gateway.button(2)).isEqualTo("t2");
        assertThat(gateway.button(3)).isNull();
    }
}
