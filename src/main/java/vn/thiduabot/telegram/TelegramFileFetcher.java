package vn.thiduabot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.FileFetcher;

/**
 * Downloads a file a user sent: getFile through the TelegramClient, then the bytes from
 * {@code <base>/file/bot<token>/<file_path>} with the same HTTP client.
 *
 * <p>Not {@code TelegramClient.downloadFileAsStream}: in TelegramBots 9.5.0 it builds the URL with
 * {@code File.getFileUrl}, which is hard-wired to https://api.telegram.org (ignoring a custom
 * Bot API server such as the fake one in tests), does not check the HTTP status (an error page would
 * come back as the file) and reads the whole body into memory whatever its size.
 */
final class TelegramFileFetcher implements FileFetcher {

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramSettings settings;

    TelegramFileFetcher(TelegramClient client, OkHttpClient http, TelegramSettings settings) {
        this.client = client;
        this.http = http;
        this.settings = settings;
    }

    @Override
    public byte[] fetch(String fileId, long maxBytes) throws IOException {
        File file;
        try {
            file = client.execute(new GetFile(fileId));
        } catch (TelegramApiException e) {
            throw new IOException("Telegram did not give the file (getFile): " + e.getMessage(), e);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new IOException("The file is " + file.getFileSize() + " bytes, more than the limit of " + maxBytes + " bytes");
        }
        if (file.getFilePath() == null || file.getFilePath().isBlank()) {
            throw new IOException("Telegram gave no file_path for the file (files over 20 MB cannot be downloaded by bots)");
        }
        Request request = new Request.Builder().url(downloadUrl(file.getFilePath())).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                // never put the URL in the message: it contains the bot token
                throw new IOException("Downloading the file failed: HTTP " + response.code());
            }
            if (body.contentLength() > maxBytes) {
                throw new IOException("The file is " + body.contentLength() + " bytes, more than the limit of " + maxBytes + " bytes");
            }
            return readAtMost(body.byteStream(), maxBytes);
        }
    }

    HttpUrl downloadUrl(String filePath) {
        TelegramUrl url = settings.url();
        HttpUrl.Builder b = new HttpUrl.Builder()
                .scheme(url.getSchema())
                .host(url.getHost())
                .port(url.getPort())
                .addPathSegment("file")
                .addPathSegment("bot" + settings.token());
        if (url.isTestServer()) {
            b.addPathSegment("test");
        }
        return b.addPathSegments(filePath).build();
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new IOException("The file is larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
