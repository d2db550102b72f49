package vn.thiduabot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One bot per database: an operating-system lock on {@code <data-dir>/thidua.lock}, taken before the
 * database, the scheduler or the poller start and held until the bot stops (the OS releases it if the
 * process dies, so a crash never leaves a stale lock). The file holds the owner's process id, for the
 * message to whoever starts a second bot.
 */
final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "thidua.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or refuses with one plain line naming the database and the other process. */
    static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this JVM already runs a bot on that folder
            }
            if (lock == null) {
                String owner = owner(file);
                channel.close();
                throw new StartupRefused("Another ThiDuaBot is already running on " + dataDir.resolve("thidua.db")
                        + (owner.isEmpty() ? "" : " (process " + owner + ")")
                        + ": only one bot may use a database. Stop the other one first, or give this one its own"
                        + " data folder (thidua.data-dir).");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupRefused("Cannot use the lock file " + file.toAbsolutePath() + " (" + e.getMessage()
                    + "): check that the data folder is writable by the user running the bot.");
        }
    }

    private static String owner(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel closes below; the OS drops the lock with it
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
