package vn.thiduabot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot token comes from the environment only: on the command line it is refused before anything starts. */
class LauncherTest {

    private static final String TOKEN = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeEach
    void capture() {
        realErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setErr(realErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_token_property_on_the_command_line_is_refused_with_exit_2() {
        assertThat(Launcher.launch(new String[] {"--thidua.telegram.token=" + TOKEN})).isEqualTo(2);
        assertThat(stderr()).contains("refused").contains("TELEGRAM_BOT_TOKEN").doesNotContain(TOKEN);
        assertThat(stderr().lines().count()).isEqualTo(1);
    }

    @Test
    void any_argument_that_looks_like_a_bot_token_is_refused_too_in_every_mode() {
        assertThat(Launcher.launch(new String[] {TOKEN})).isEqualTo(2);
        assertThat(Launcher.launch(new String[] {"--console", "--as", "0912000003", "--x=" + TOKEN})).isEqualTo(2);
        assertThat(Launcher.launch(new String[] {"import-staff", "ds.csv", "--TELEGRAM_BOT_TOKEN=abc"})).isEqualTo(2);
        assertThat(stderr().lines().filter(l -> l.contains("TELEGRAM_BOT_TOKEN in the environment"))).hasSize(3);
    }

    @Test
    void a_phone_number_or_a_date_is_not_mistaken_for_a_token() {
        assertThat(Launcher.carriesToken("0912000003")).isFalse();
        assertThat(Launcher.carriesToken("--today=10/09/2026")).isFalse();
        assertThat(Launcher.carriesToken("/tmp/ds-2026:09.csv")).isFalse();
    }

    @Test
    void a_webhook_secret_on_the_command_line_is_refused_with_exit_2() {
        String secret = "0123456789abcdef0123456789abcdef";
        assertThat(Launcher.launch(new String[] {"--thidua.telegram.mode=webhook", "--thidua.telegram.webhook.secret-token=" + secret}))
                .isEqualTo(2);
        assertThat(Launcher.launch(new String[] {"--TELEGRAM_WEBHOOK_SECRET=" + secret})).isEqualTo(2);
        assertThat(stderr().lines().filter(l -> l.contains("TELEGRAM_WEBHOOK_SECRET in the environment"))).hasSize(2);
        assertThat(stderr()).doesNotContain(secret);
        assertThat(Launcher.carriesWebhookSecret("--thidua.telegram.webhook.public-url=https://bot.school.edu.vn/telegram/webhook"))
                .isFalse();
    }
}
