package dev.refnet.store;

import dev.refnet.model.RefnetException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a network, held for a whole read-modify-write so that two refnet
 * processes never lose each other's writes. The lock file {@code .refnet.lock} holds no data.
 */
public final class NetworkLock implements AutoCloseable {

    public static final String FILE = ".refnet.lock";

    /** Threads of one process share one OS lock, so they queue here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private NetworkLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for and takes the lock on the network at {@code dir}. */
    public static NetworkLock acquire(Path dir) {
        NetworkLayout.require(dir); // a linked lock file would be created outside the network
        if (IN_PROCESS.isHeldByCurrentThread()) {
            // Nested (a command holds the lock across its change and its git commit, and the
            // store takes it again for the write): the outer hold already excludes the others.
            IN_PROCESS.lock();
            return new NetworkLock(null, null);
        }
        IN_PROCESS.lock();
        Path file = dir.resolve(FILE);
        if (!java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Git.find(dir).ifPresent(Git::excludeLockFile); // once, when the lock file is first made
        }
        try {
            FileChannel ch = AtomicFiles.POSIX
                    ? FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new NetworkLock(ch, ch.lock());
        } catch (IOException | RuntimeException e) {
            IN_PROCESS.unlock();
            throw RefnetException.data("cannot lock the network at " + dir + ": " + AtomicFiles.why(e));
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
                channel.close();
            }
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
