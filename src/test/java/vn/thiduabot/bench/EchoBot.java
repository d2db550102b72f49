package vn.thiduabot.bench;

import java.net.URI;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.thiduabot.telegram.FakeBotApi;

/**
 * The floor to compare ThiDuaBot with: the bare TelegramBots echo bot of the library's own guide
 * (long polling, {@link LongPollingSingleThreadUpdateConsumer}, one synchronous sendMessage per update
 * on the OkHttp client), no database, against the same {@link FakeBotApi} and the same getUpdates
 * request shape (limit 100, 1 s long poll) as the bot in the benchmark.
 */
final class EchoBot implements AutoCloseable {

    private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
    private final String token;

    private EchoBot(FakeBotApi fake) throws TelegramApiException {
        this.token = fake.token();
        URI uri = URI.create(fake.baseUrl());
        TelegramUrl url = new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false);
        OkHttpTelegramClient client = new OkHttpTelegramClient(token, url);
        LongPollingSingleThreadUpdateConsumer echo = update -> answer(client, update);
        application.registerBot(token, () -> url,
                last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(1).build(), echo);
    }

    static EchoBot start(FakeBotApi fake) {
        try {
            return new EchoBot(fake);
        } catch (TelegramApiException e) {
            throw new IllegalStateException("the echo bot could not start", e);
        }
    }

    private static void answer(OkHttpTelegramClient client, Update update) {
        if (!update.hasMessage() || !update.getMessage().hasText()) {
            return;
        }
        try {
            client.execute(new SendMessage(update.getMessage().getChatId().toString(), update.getMessage().getText()));
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            application.unregisterBot(token);
            application.close();
        } catch (Exception e) {
            // benchmark teardown: nothing to save
        }
    }
}
