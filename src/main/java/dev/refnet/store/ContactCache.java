package dev.refnet.store;

import dev.refnet.model.Contact;
import dev.refnet.model.NetworkConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parsed contacts kept between runs, so that a run after nothing changed reads no contact file:
 * start-up speed only, never the truth. The store decides which entries still hold: an entry is
 * used only when its file's name, size, modification time (to the nanosecond where the file
 * system keeps it) and file key (device and inode) all match what the file has now
 * ({@link Key}). A file changed within {@link #RACY_MARGIN_NANOS} of the run that read it is never
 * cached: on a file system with coarse timestamps a second change in the same tick, of the same
 * size, would otherwise keep its old key (git's "racy clean" problem). Where and how the entries
 * are kept (the file, its format, its checks) is the implementation's: {@code startup/load/FileContactCache}.
 */
public interface ContactCache {

    /** Changes at most this close to (or after) the start of a run are not cached. */
    long RACY_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** What was cached for a contacts folder; {@link Snapshot#EMPTY} when there is nothing usable. */
    Snapshot read(Path contactsDir);

    /** Replaces what is cached for a contacts folder; a cache that cannot be written is skipped silently. */
    void write(Path contactsDir, Snapshot snapshot);

    /**
     * What identifies one version of a file; equal keys mean the file was not touched. The
     * change time (ctime) would also catch a modification time set back by hand, but Java
     * reads it only through a slow attribute map, so it is left out (docs/performance.md, the cache's limit).
     */
    record Key(long size, long mtimeNanos, String fileKey) {

        /** The key of a file, or null when it is not a regular file (a link, a folder). */
        public static Key of(Path file) throws IOException {
            BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!b.isRegularFile()) {
                return null;
            }
            return new Key(b.size(), nanos(b.lastModifiedTime()), String.valueOf(b.fileKey()));
        }

        // Written out: a record's generated equals and hashCode bootstrap method handles at their
        // first call, a cost every run paid once per key type.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.size == size && k.mtimeNanos == mtimeNanos && k.fileKey.equals(fileKey);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 * 31 + Long.hashCode(mtimeNanos) * 31 + fileKey.hashCode();
        }

        /** Whether the file changed so near {@code runStart} that a same-tick change could hide. */
        public boolean racy(long runStartNanos) {
            return mtimeNanos >= runStartNanos - RACY_MARGIN_NANOS;
        }
    }

    private static long nanos(FileTime t) {
        Instant i = t.toInstant();
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
    }

    /** Now, in the nanoseconds of {@link Key#mtimeNanos()}. */
    static long nowNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** One cached contact: the key of the file it was read from and what it held. */
    record Entry(Key key, Contact contact) {
    }

    /**
     * What one cache file holds: the contacts by file name, and the settings read from
     * {@code refnet.yaml} with that file's key (both null when they are not cached), so that a
     * run after nothing changed parses no YAML at all.
     */
    record Snapshot(Map<String, Entry> contacts, Key configKey, NetworkConfig config) {
        public static final Snapshot EMPTY = new Snapshot(Map.of(), null, null);

        public Snapshot {
            if ((configKey == null) != (config == null)) {
                throw new IllegalArgumentException("settings are cached with their file's key");
            }
        }

        public static Snapshot of(Map<String, Entry> contacts) {
            return new Snapshot(contacts, null, null);
        }
    }
}
