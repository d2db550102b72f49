package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * The Mini App's evidence goes to the teacher's own chat through the real TelegramBots client (multipart sendDocument /
 * sendPhoto) and the bot keeps Telegram's file id, the same id a file sent in the chat would have; if Telegram fails,
 * the caller hears of it (nothing is stored) and the token never shows in what it hears.
 */
class TelegramFileUploaderTest {

    FakeBotApi fake;
    TelegramHttpClients clients;
    TelegramFileUploader uploader;
    TelegramFileFetcher fetcher;

    @BeforeEach
    void wire() {
        fake = FakeBotApi.start();
        TelegramTransportConfig config = new TelegramTransportConfig();
        TelegramSettings settings = config.telegramSettings(fake.token(), fake.baseUrl(), 1);
        clients = config.telegramHttpClients(settings, config.telegramPollingMonitor(java.time.Clock.systemUTC()),
                config.telegramUnreadableUpdateFilter());
        OkHttpTelegramClient client = config.telegramClient(settings, clients);
        uploader = config.telegramFileUploader(client);
        fetcher = config.telegramFileFetcher(client, clients, settings);
    }

    @AfterEach
    void close() {
        clients.close();
        fake.close();
    }

    @Test
    void a_document_reaches_the_teachers_chat_with_its_name_and_caption_and_its_file_id_fetches_the_same_bytes() throws IOException {
        byte[] pdf = "%PDF-1.4 lesson plans".getBytes(StandardCharsets.UTF_8);
        String id = uploader.upload(4242L, "giáo án tuần 12.pdf", "application/pdf", pdf, false, "Minh chứng II.1");

        assertThat(fake.documentsTo(4242L)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("document");
            assertThat(d.fileName()).isEqualTo("giáo án tuần 12.pdf");
            assertThat(d.caption()).isEqualTo("Minh chứng II.1");
            assertThat(d.bytes()).isEqualTo(pdf);
        });
        assertThat(id).isNotBlank();
        assertThat(fetcher.fetch(id, 1000)).isEqualTo(pdf);
    }

    @Test
    void a_photo_answers_the_id_of_its_largest_size() throws IOException {
        byte[] jpeg = new byte[5000];
        String id = uploader.upload(4242L, "anh.jpg", "image/jpeg", jpeg, true, null);
        assertThat(fake.documentsTo(4242L)).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo("photo"));
        assertThat(fetcher.fetch(id, 10_000)).hasSize(5000);
    }

    @Test
    void telegram_refusing_the_file_is_an_exception_that_does_not_name_the_token() {
        fake.answerNext("sendDocument", 4242L, 1, 400, "Bad Request: file must be non-empty", null);
        assertThatThrownBy(() -> uploader.upload(4242L, "x.pdf", "application/pdf", new byte[10], false, null))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("sendDocument")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(fake.token()));
        assertThat(fake.documentsTo(4242L)).isEmpty();
    }
}
