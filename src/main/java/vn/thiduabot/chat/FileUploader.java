package vn.thiduabot.chat;

import java.io.IOException;

/**
 * Sends a file to a person's own chat and answers the platform's id of it, synchronously (the caller stores the id,
 * as it stores the id of a file the person sent in the chat; {@link FileFetcher} reads it back). Telegram: sendDocument
 * or sendPhoto; the console: a copy in the data folder, its path the id.
 */
public interface FileUploader {

    /**
     * @param photo   sent as a photo (Telegram shows it inline, compressed) rather than as a document (kept as it is)
     * @param caption shown under the file, or null
     * @return the file's id on the platform
     * @throws IOException the platform did not take the file; nothing was stored
     */
    String upload(long chatId, String fileName, String mimeType, byte[] content, boolean photo, String caption) throws IOException;
}
