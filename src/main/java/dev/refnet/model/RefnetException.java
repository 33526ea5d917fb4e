package dev.refnet.model;

/**
 * A failure to report to the user as one plain line: exit code 1 when the data or request
 * cannot be served, 2 when the command line is wrong (docs/format.md#section-5).
 */
public class RefnetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int DATA = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public RefnetException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public RefnetException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static RefnetException data(String message) {
        return new RefnetException(DATA, message);
    }

    public static RefnetException usage(String message) {
        return new RefnetException(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
