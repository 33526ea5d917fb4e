package dev.refnet.render;

import dev.refnet.model.Visible;
import picocli.CommandLine.Help.Ansi;

/**
 * Text in a picocli style ({@code "bold,red"}) when colour is on, else as it is. Plain output
 * skips picocli's markup parser entirely: at thousands of lines it was most of the rendering.
 *
 * <p>The colour sequences are written with {@link #MARK} where ESC would be: the output writer
 * turns a mark that starts a colour back into ESC and shows every other ESC escaped, so that a
 * name or note holding terminal controls is never obeyed (see {@code console/VisibleWriter}).
 */
public final class Style {

    /** Stands for ESC in refnet's own colours: U+FDD0, a noncharacter, set aside for a program's internal use. */
    public static final char MARK = '\uFDD0';

    private Style() {
    }

    public static String apply(Ansi ansi, String style, String text) {
        if (style == null || text.isEmpty() || !ansi.enabled()) {
            return text;
        }
        // The text's own control characters are escaped first: only the colour's ESCs become marks.
        return marked(ansi.string("@|" + style + " " + Visible.of(text).replace("|@", "| @") + "|@"));
    }

    /** {@code s}, coloured by picocli, with its ESCs as {@link #MARK}. */
    public static String marked(String s) {
        return s.replace('\u001B', MARK);
    }
}
