package vn.thiduabot.chat;

import java.io.IOException;

/** Downloads a file a user sent (Telegram getFile + download, or a local path on the console). */
public interface FileFetcher {

    byte[] fetch(String fileId, long maxBytes) throws IOException;
}
