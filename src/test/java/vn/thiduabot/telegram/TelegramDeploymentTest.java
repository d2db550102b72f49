package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What the start-up check says about the Telegram settings, before anything starts. */
class TelegramDeploymentTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private static MockEnvironment webhook() {
        return new MockEnvironment().withProperty("thidua.transport", "telegram").withProperty("thidua.telegram.mode", "webhook")
                .withProperty("thidua.telegram.webhook.public-url", "https://bot.school.edu.vn/telegram/webhook")
                .withProperty("thidua.telegram.webhook.secret-token", SECRET);
    }

    @Test
    void polling_is_the_default_and_needs_no_webhook_setting() {
        MockEnvironment env = new MockEnvironment().withProperty("thidua.transport", "telegram");

        assertThat(TelegramDeployment.problem(env)).isEmpty();
        assertThat(TelegramDeployment.webhookMode(env)).isFalse();
    }

    @Test
    void a_complete_webhook_setting_passes_and_starts_the_web_server() {
        assertThat(TelegramDeployment.problem(webhook())).isEmpty();
        assertThat(TelegramDeployment.webhookMode(webhook())).isTrue();
    }

    @Test
    void the_console_and_the_import_never_start_a_web_server_even_if_the_config_says_webhook() {
        assertThat(TelegramDeployment.webhookMode(webhook().withProperty("thidua.transport", "console"))).isFalse();
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.transport", "none")
                .withProperty("thidua.telegram.webhook.secret-token", ""))).isEmpty();
    }

    @Test
    void webhook_mode_without_a_secret_is_refused_naming_the_environment_variable() {
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.secret-token", "")))
                .hasValueSatisfying(p -> assertThat(p).contains("TELEGRAM_WEBHOOK_SECRET").contains("openssl rand -hex 32"));
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.secret-token", "short")))
                .hasValueSatisfying(p -> assertThat(p).contains("16 to 256"));
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.secret-token", SECRET + "!")))
                .hasValueSatisfying(p -> assertThat(p).contains("letters, digits, _ or -").doesNotContain(SECRET));
    }

    @Test
    void the_public_url_must_be_https_except_on_this_machine() {
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.public-url", "")))
                .hasValueSatisfying(p -> assertThat(p).contains("public-url"));
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.public-url", "http://bot.school.edu.vn/hook")))
                .hasValueSatisfying(p -> assertThat(p).contains("https://"));
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.public-url", "http://127.0.0.1:8080/hook")))
                .isEmpty();
    }

    @Test
    void a_mistyped_mode_or_limit_is_refused_rather_than_receiving_nothing() {
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.mode", "webhok")))
                .hasValue("thidua.telegram.mode must be polling or webhook, was: webhok");
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.max-connections", "101")))
                .hasValueSatisfying(p -> assertThat(p).contains("max-connections").contains("1 and 100"));
        assertThat(TelegramDeployment.problem(webhook().withProperty("thidua.telegram.webhook.path", "telegram")))
                .hasValueSatisfying(p -> assertThat(p).contains("path"));
    }

    @Test
    void the_settings_never_show_the_secret() {
        assertThat(WebhookSettings.from(webhook())).asString().doesNotContain(SECRET);
    }
}
