package dev.refnet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that never leave a half-written file: a private temporary file in the same folder,
 * flushed to disk, renamed over the target, then the folder flushed. New files are 0600 and
 * new folders 0700 whatever the umask.
 */
public final class AtomicFiles {

    public static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {
    }

    /**
     * Why a file operation failed, in words for the error line: Java's message for a refused
     * write is only the path of refnet's temporary file, which says nothing to the user.
     */
    public static String why(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (is the folder read-only? 'ls -ld' shows who may write to it)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * A new, empty file in {@code dir} named {@code prefix}, a random number and {@code .tmp},
     * private (0600 less the umask) where the file system has POSIX modes. It is created
     * exclusively (O_EXCL: never an existing file, never through a link), which is what makes a
     * temporary name safe; so the name needs no secret, and comes from a plain random number
     * rather than from Files.createTempFile's SecureRandom, whose seeding every write would pay.
     */
    public static Path createTemp(Path dir, String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return POSIX ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE_MODE)) : Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Replaces {@code target} with {@code bytes} atomically; refuses to write through a link. */
    public static void write(Path target, byte[] bytes) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; refnet writes only regular files");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = createTemp(dir, "." + target.getFileName());
        try {
            if (POSIX && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                // A file refnet replaces keeps its mode (a practice may share a folder by group);
                // only new files are made private.
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes a folder (and missing parents) private to the user. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            createPrivateDirectories(parent);
        }
        if (POSIX) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(DIR_MODE);
            Files.createDirectory(dir, attr);
            Files.setPosixFilePermissions(dir, DIR_MODE);
        } else {
            Files.createDirectory(dir);
        }
    }

    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder; the rename itself is still atomic.
        }
    }
}
