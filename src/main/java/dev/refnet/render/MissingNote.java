package dev.refnet.render;

/**
 * The last line of a text answer drawn from a network whose files could not all be read: how
 * many contacts the answer leaves out, and where to see why. Standard error says which files;
 * this keeps the answer itself from passing for complete (in a pipe, a file, a scrolled terminal).
 */
public final class MissingNote {

    private MissingNote() {
    }

    /** The note for {@code missing} contacts, wrapped to {@code width} cells; empty when none is missing. */
    public static String render(int missing, int width) {
        if (missing <= 0) {
            return "";
        }
        String text = missing == 1
                ? "1 contact is missing from this answer because its file could not be read; 'refnet check' shows why"
                : missing + " contacts are missing from this answer because their files could not be read; 'refnet check' shows why";
        return String.join("\n", Display.wrap("", text, width)) + "\n";
    }
}
