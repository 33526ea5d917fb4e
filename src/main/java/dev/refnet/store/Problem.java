package dev.refnet.store;

import java.nio.file.Path;

/** Something wrong in a file, at a 1-based line and column. */
public record Problem(Path path, int line, int column, Severity severity, String message) {

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

    /** {@code path:line:column: message}, as compilers and editors expect. */
    public String located() {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
