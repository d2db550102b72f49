package vn.thiduabot.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import vn.thiduabot.chat.FileUploader;

/**
 * The console's "sending a file to the person's chat": a copy in {@code <thidua.data-dir>/uploads/}, whose path is the
 * file id (the console's {@code FileFetcher} reads a path as a file id). The name is a fresh one plus the original's
 * extension: what the person called the file never becomes a path.
 */
final class ConsoleFileUploader implements FileUploader {

    private final Path folder;

    ConsoleFileUploader(Path dataDir) {
        this.folder = dataDir.resolve("uploads");
    }

    @Override
    public String upload(long chatId, String fileName, String mimeType, byte[] content, boolean photo, String caption)
            throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(UUID.randomUUID() + extension(fileName));
        Files.write(target, content);
        return target.toString();
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }
}
