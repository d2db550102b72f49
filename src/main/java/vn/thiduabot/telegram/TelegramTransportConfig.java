package vn.thiduabot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import vn.thiduabot.chat.CommandCatalog;
import vn.thiduabot.chat.CommandMenus;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;

/**
 * The Telegram transport (TelegramBots 9.5.0), active with {@code thidua.transport=telegram}: long polling
 * ({@code thidua.telegram.mode=polling}, the default; the beans marked for it) or a webhook
 * ({@code webhook}, see {@link TelegramWebhookConfig}); both hand updates over with {@link UpdateHandoff}.
 * The Spring Boot starter is not published for 9.x, so the pieces are wired here:
 * <pre>
 *  thidua.telegram.token             (TELEGRAM_BOT_TOKEN)
 *  thidua.telegram.api-url           (TELEGRAM_API_URL, default https://api.telegram.org; a local Bot API server or the tests' fake)
 *  thidua.telegram.long-poll-seconds (default 50; the tests use 1)
 *  thidua.telegram.mode              (polling | webhook; webhook settings: {@link WebhookSettings})
 *  thidua.telegram.menus.calls-per-second (default 20) and .idle-millis (default 1000): {@link TelegramMenuRefresher}
 * </pre>
 * This package is the only one that sees org.telegram types; the rest of the bot speaks
 * {@code chat.Incoming}, {@code notification.OutgoingMessage}, {@code chat.FileFetcher} and {@code chat.FileUploader}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thidua.transport", havingValue = "telegram")
class TelegramTransportConfig {

    @Bean
    TelegramSettings telegramSettings(@Value("${thidua.telegram.token:}") String token,
                                      @Value("${thidua.telegram.api-url:https://api.telegram.org}") String apiUrl,
                                      @Value("${thidua.telegram.long-poll-seconds:50}") int longPollSeconds) {
        return TelegramSettings.of(token, apiUrl, longPollSeconds);
    }

    @Bean
    PollingMonitor telegramPollingMonitor(java.time.Clock clock) {
        return new PollingMonitor(clock);
    }

    @ConditionalOnProperty(name = "thidua.telegram.mode", havingValue = "polling", matchIfMissing = true)
    @Bean("pollerHealthIndicator")
    PollingHealthIndicator telegramPollingHealth(PollingMonitor monitor) {
        return new PollingHealthIndicator(monitor);
    }

    @Bean
    UnreadableUpdateFilter telegramUnreadableUpdateFilter() {
        return new UnreadableUpdateFilter();
    }

    @Bean
    TelegramHttpClients telegramHttpClients(TelegramSettings settings, PollingMonitor monitor, UnreadableUpdateFilter filter) {
        return new TelegramHttpClients(settings, monitor, filter);
    }

    @Bean
    OkHttpTelegramClient telegramClient(TelegramSettings settings, TelegramHttpClients clients) {
        return new OkHttpTelegramClient(clients.api(), settings.token(), settings.url());
    }

    @ConditionalOnProperty(name = "thidua.telegram.mode", havingValue = "polling", matchIfMissing = true)
    @Bean
    PollingThread telegramPollingThread() {
        return new PollingThread();
    }

    @ConditionalOnProperty(name = "thidua.telegram.mode", havingValue = "polling", matchIfMissing = true)
    @Bean
    TelegramBotsLongPollingApplication telegramBotsApplication(TelegramHttpClients clients, PollingThread thread, PollingMonitor monitor) {
        return new TelegramBotsLongPollingApplication(ObjectMapper::new, clients::polling, thread, () -> monitor);
    }

    @ConditionalOnProperty(name = "thidua.telegram.mode", havingValue = "polling", matchIfMissing = true)
    @Bean
    TelegramUpdateConsumer telegramUpdateConsumer(UpdateIntake intake, OkHttpTelegramClient client,
                                                  @Value("${thidua.intake.group-size:" + TelegramUpdateConsumer.DEFAULT_GROUP_SIZE + "}")
                                                  int groupSize) {
        return new TelegramUpdateConsumer(new UpdateHandoff(intake, client), groupSize);
    }

    @Bean
    TelegramGateway telegramGateway(OkHttpTelegramClient client) {
        return new TelegramGateway(client);
    }

    @Bean
    TelegramFileFetcher telegramFileFetcher(OkHttpTelegramClient client, TelegramHttpClients clients, TelegramSettings settings) {
        return new TelegramFileFetcher(client, clients.api(), settings);
    }

    @Bean
    TelegramFileUploader telegramFileUploader(OkHttpTelegramClient client) {
        return new TelegramFileUploader(client);
    }

    @Bean
    TelegramCommandMenu telegramCommandMenu(OkHttpTelegramClient client, CommandCatalog catalog, Texts texts, MiniAppLinks miniApp) {
        return new TelegramCommandMenu(client, catalog, texts, miniApp);
    }

    @Bean
    TelegramMenuRefresher telegramMenuRefresher(OkHttpTelegramClient client, CommandMenus menus, TelegramCommandMenu menu,
                                                @Value("${thidua.telegram.menus.idle-millis:1000}") long idleMillis,
                                                @Value("${thidua.telegram.menus.calls-per-second:20}") int callsPerSecond) {
        return new TelegramMenuRefresher(client, menus, menu, java.time.Duration.ofMillis(idleMillis), callsPerSecond);
    }

    @ConditionalOnProperty(name = "thidua.telegram.mode", havingValue = "polling", matchIfMissing = true)
    @Bean
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramBotsLongPollingApplication application,
                                    TelegramUpdateConsumer consumer, PollingMonitor monitor, TelegramHttpClients clients,
                                    PollingThread thread, TelegramCommandMenu menu, UnreadableUpdateFilter unreadable) {
        return new TelegramPolling(settings, application, consumer, monitor, clients, thread, menu, unreadable);
    }
}
