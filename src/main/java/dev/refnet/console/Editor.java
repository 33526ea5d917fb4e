package dev.refnet.console;

import dev.refnet.model.RefnetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary copy of a file, opened in the user's editor as {@code crontab -e} and
 * {@code visudo} do: {@code $VISUAL}, else {@code $EDITOR}, else {@code vi}, run through the
 * shell so that an editor with options ({@code code --wait}) works. The copy sits in a folder
 * only the user can open (0700), itself 0600, and is deleted on {@link #close} unless kept.
 */
public final class Editor implements AutoCloseable {

    private final String command;
    private final Path folder;
    private final Path copy;
    private boolean keep;

    private Editor(String command, Path folder, Path copy) {
        this.command = command;
        this.folder = folder;
        this.copy = copy;
    }

    /** A copy named {@code name} (so the editor knows it is YAML) holding {@code bytes}. */
    public static Editor open(Environment env, String name, byte[] bytes) {
        String command = firstSet(env.env().get("VISUAL"), env.env().get("EDITOR"), "vi");
        try {
            boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path folder = posix ? Files.createTempDirectory("refnet-edit-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("refnet-edit-");
            Path copy = folder.resolve(name);
            if (posix) {
                Files.createFile(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(copy, bytes);
            return new Editor(command, folder, copy);
        } catch (IOException e) {
            throw RefnetException.data("cannot make a private copy to edit: " + e.getMessage());
        }
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "vi";
    }

    public Path copy() {
        return copy;
    }

    /** Writes {@code bytes} to the copy (to edit again what was saved last time). */
    public void reset(byte[] bytes) {
        try {
            Files.write(copy, bytes);
        } catch (IOException e) {
            throw RefnetException.data(copy + ": cannot write: " + e.getMessage());
        }
    }

    /** Runs the editor on the copy, on this terminal, and returns what the copy holds after it. */
    public byte[] edit() {
        try {
            Process p = new ProcessBuilder("sh", "-c", command + " \"$1\"", "sh", copy.toString()).inheritIO().start();
            int code = p.waitFor();
            if (code != 0) {
                throw RefnetException.data("the editor (" + command + ") exited with status " + code + "; nothing was written");
            }
            return Files.readAllBytes(copy);
        } catch (IOException e) {
            throw RefnetException.data("cannot run the editor '" + command + "' (" + e.getMessage()
                    + "); set VISUAL or EDITOR to the editor you use");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RefnetException.data("interrupted; nothing was written");
        }
    }

    /** Leaves the copy in place when the command ends (its path is then shown to the user). */
    public void keep() {
        keep = true;
    }

    @Override
    public void close() {
        if (keep) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
