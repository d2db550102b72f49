package vn.thiduabot.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.FileUploader;

/**
 * Sends a file to a chat with sendDocument / sendPhoto (multipart, through the same client as every other call) and
 * answers Telegram's file id: the document's, or the largest size of a photo. Synchronous, not through the outbox:
 * the caller needs the id to store it, and tells the person at once if Telegram refused.
 */
final class TelegramFileUploader implements FileUploader {

    private final TelegramClient client;

    TelegramFileUploader(TelegramClient client) {
        this.client = client;
    }

    @Override
    public String upload(long chatId, String fileName, String mimeType, byte[] content, boolean photo, String caption)
            throws IOException {
        InputFile file = new InputFile(new ByteArrayInputStream(content), fileName);
        Message sent;
        try {
            if (photo) {
                SendPhoto send = SendPhoto.builder().chatId(chatId).photo(file).caption(caption).build();
                sent = client.execute(send);
            } else {
                SendDocument send = SendDocument.builder().chatId(chatId).document(file).caption(caption).build();
                sent = client.execute(send);
            }
        } catch (TelegramApiException e) {
            // the message names the method and Telegram's answer, never the token
            throw new IOException("Telegram did not take the file (" + (photo ? "sendPhoto" : "sendDocument") + "): " + e.getMessage(), e);
        }
        String id = fileId(sent);
        if (id == null) {
            throw new IOException("Telegram's answer carried no file id");
        }
        return id;
    }

    private static String fileId(Message m) {
        if (m == null) {
            return null;
        }
        if (m.getDocument() != null) {
            return m.getDocument().getFileId();
        }
        if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            return m.getPhoto().stream().max(Comparator.comparingLong(TelegramFileUploader::area)).map(PhotoSize::getFileId).orElse(null);
        }
        return null;
    }

    private static long area(PhotoSize p) {
        return (long) (p.getWidth() == null ? 0 : p.getWidth()) * (p.getHeight() == null ? 0 : p.getHeight());
    }
}
