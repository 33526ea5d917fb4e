package dev.refnet.render;

import picocli.CommandLine.Help.Ansi;

/**
 * Text in a picocli style ({@code "bold,red"}) when colour is on, else as it is. Plain output
 * skips picocli's markup parser entirely: at thousands of lines it was most of the rendering.
 */
public final class Style {

    private Style() {
    }

    public static String apply(Ansi ansi, String style, String text) {
        if (style == null || text.isEmpty() || !ansi.enabled()) {
            return text;
        }
        return ansi.string("@|" + style + " " + text.replace("|@", "| @") + "|@");
    }
}
