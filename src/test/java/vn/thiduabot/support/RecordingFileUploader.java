package vn.thiduabot.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thiduabot.chat.FileUploader;

/**
 * The tests' Telegram for files the bot forwards (transport none): records each upload and answers a fresh file id;
 * {@link #failNext()} makes the next one fail as Telegram being down would.
 */
public final class RecordingFileUploader implements FileUploader {

    /** One file the bot sent: to which chat, as what, and the id it got. */
    public record Sent(long chatId, String fileName, String mimeType, int bytes, boolean photo, String caption, String fileId) { }

    private final List<Sent> sent = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private boolean failNext;

    @Override
    public synchronized String upload(long chatId, String fileName, String mimeType, byte[] content, boolean photo, String caption)
            throws IOException {
        if (failNext) {
            failNext = false;
            throw new IOException("Bad Gateway (test)");
        }
        String id = "uploaded-" + ids.incrementAndGet();
        sent.add(new Sent(chatId, fileName, mimeType, content.length, photo, caption, id));
        return id;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized void failNext() {
        failNext = true;
    }

    public synchronized void clear() {
        sent.clear();
        failNext = false;
    }
}
