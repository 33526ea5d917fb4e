package dev.refnet.store;

import dev.refnet.model.Visible;
import java.nio.file.Path;

/**
 * Something wrong in a file, at a 1-based line and column. The message is one line whatever
 * it quotes (a value's line break shows as {@code \n}, a control character escaped), so that
 * each problem is one line that starts with its location.
 */
public record Problem(Path path, int line, int column, Severity severity, String message) {

    public Problem {
        message = Visible.oneLine(message);
    }

    /** How bad a problem is: an error keeps a file from being used; a warning does not. */
    public enum Severity {
        ERROR, WARNING;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Problem error(Path path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.ERROR, message);
    }

    public static Problem warning(Path path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.WARNING, message);
    }

    /** A path that should be a regular file inside the network and is not (a link, a folder, …). */
    public static Problem notRegularFile(Path path) {
        return error(path, 1, 1, java.nio.file.Files.isSymbolicLink(path)
                ? "is a symbolic link; refnet reads only regular files inside the network"
                : "is not a regular file");
    }

    /** {@code path:line:column: message}, as compilers and editors expect. */
    public String located() {
        return Visible.oneLine(path.toString()) + ":" + line + ":" + column + ": " + message;
    }

    /** The same problem with its path relative to {@code cwd} when the file is below it, as a person typing there names it. */
    public Problem seenFrom(Path cwd) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? new Problem(base.relativize(abs), line, column, severity, message) : this;
    }
}
