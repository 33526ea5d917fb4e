package dev.refnet.store;

import dev.refnet.model.RefnetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The entries refnet itself opens in a network folder, {@code contacts/}, {@code refnet.yaml}
 * and {@code .refnet.lock}, must be what they claim: a real folder and regular files. A link
 * would let a read or a write reach outside the network (docs/format.md#section-4), and a FIFO or device blocks
 * whoever opens it, so every command refuses such an entry before opening anything, in the
 * same words, with what to do about it. Looking costs one {@code lstat} per entry.
 */
public final class NetworkLayout {

    private NetworkLayout() {
    }

    /** Refuses a network whose own entries are links or not what they should be; absent ones are fine. */
    public static void require(Path dir) {
        requireEntry(dir.resolve(NetworkStore.CONTACTS), true,
                "put the folder itself there (move it into the network in place of the link)");
        requireEntry(dir.resolve(NetworkStore.CONFIG_FILE), false,
                "put the file itself there (a copy of it in place of the link), or delete it to use the defaults");
        requireEntry(dir.resolve(NetworkLock.FILE), false, "delete it; refnet makes a new one when it needs it");
    }

    private static void requireEntry(Path path, boolean folder, String fixLink) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // not there (or not ours to look at): whoever opens it says what is wrong
        }
        if (a.isSymbolicLink()) {
            throw RefnetException.data(path + ": is a symbolic link; refnet reads and writes only inside the network folder: "
                    + fixLink);
        }
        if (folder && !a.isDirectory()) {
            throw RefnetException.data(path + ": is not a folder; refnet keeps the contact files in a folder of this name:"
                    + " move it away, then run the command again");
        }
        if (!folder && !a.isRegularFile()) {
            throw RefnetException.data(path + ": is not a regular file (" + (a.isDirectory() ? "a folder" : "a pipe or device")
                    + "); refnet opens only regular files: move it away, then run the command again");
        }
    }
}
