package dev.refnet.store;

import dev.refnet.model.Visible;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Something wrong in a file, at a 1-based line and column. The message is one line whatever
 * it quotes (a value's line break shows as {@code \n}, a control character escaped), so that
 * each problem is one line that starts with its location.
 */
public record Problem(Path path, int line, int column, Severity severity, String message, List<Path> mentions) {

    /** {@code mentions}: other files the message names, written in it as the path itself ({@link #seenFrom} rewrites them). */
    public Problem {
        message = Visible.oneLine(message);
        mentions = List.copyOf(mentions);
    }

    public Problem(Path path, int line, int column, Severity severity, String message) {
        this(path, line, column, severity, message, List.of());
    }

    /** The same problem, noting that its message names {@code file} as {@code file.toString()}. */
    public Problem mentioning(Path file) {
        List<Path> all = new ArrayList<>(mentions);
        all.add(file);
        return new Problem(path, line, column, severity, message, all);
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

    /**
     * The same problem with its path, and each file its message names, relative to {@code cwd}
     * when below it, as a person typing there names them.
     */
    public Problem seenFrom(Path cwd) {
        Path base = cwd.toAbsolutePath().normalize();
        String text = message;
        List<Path> seen = new ArrayList<>();
        for (Path m : mentions) {
            Path relative = relative(m, base);
            text = text.replace(Visible.oneLine(m.toString()), Visible.oneLine(relative.toString()));
            seen.add(relative);
        }
        return new Problem(relative(path, base), line, column, severity, text, seen);
    }

    private static Path relative(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : file;
    }
}
