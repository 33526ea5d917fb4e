package dev.refnet.yaml;

/** A problem in a YAML file at a 1-based line and column; the message is plain English. */
public final class YamlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public YamlException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code line:column: message}. */
    public String located() {
        return line + ":" + column + ": " + getMessage();
    }
}
