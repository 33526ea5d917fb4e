package dev.refnet.render;

import dev.refnet.model.Visible;

/**
 * How wide text is on a terminal, counting wide East Asian characters as two cells and a
 * control character as the escape it is shown as ({@code \e} is two cells, see {@link Visible}).
 */
public final class Display {

    private Display() {
    }

    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cellWidth(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code text} broken at spaces into lines of at most {@code width} cells; a word is never broken (a longer one stands alone). */
    public static java.util.List<String> wrap(String text, int width) {
        return wrap("", text, width);
    }

    /**
     * {@code prefix + text} broken at spaces into lines of at most {@code width} cells, each later
     * line indented as wide as {@code prefix} (a hanging indent). A word is never broken: one wider
     * than the room stands alone. When a prefix leaves under 20 cells beside it, wrapping would
     * leave a ribbon of single words under it, so the text stays on one line.
     */
    public static java.util.List<String> wrap(String prefix, String text, int width) {
        return wrap(prefix, java.util.Arrays.asList(text.split(" ", -1)), width);
    }

    /**
     * As {@link #wrap(String, String, int)} for text already cut into {@code units}, joined by one
     * space: a unit that holds spaces (a command to type, say) is kept whole on one line.
     */
    public static java.util.List<String> wrap(String prefix, java.util.List<String> units, int width) {
        return wrap(prefix, " ".repeat(width(prefix)), units, width);
    }

    /**
     * As {@link #wrap(String, java.util.List, int)} with each later line starting with {@code hang}
     * instead of blanks as wide as {@code prefix} (an example's continuation, indented deeper).
     */
    public static java.util.List<String> wrap(String prefix, String hang, java.util.List<String> units, int width) {
        int room = width - width(prefix);
        java.util.List<String> lines = new java.util.ArrayList<>();
        int total = -1;
        for (String unit : units) {
            total += 1 + width(unit);
        }
        if (total <= room || !prefix.isEmpty() && room < 20) {
            lines.add(prefix + String.join(" ", units));
            return lines;
        }
        String pad = hang;
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String unit : units) {
            int unitWidth = width(unit);
            if (line.length() > 0 && lineWidth + 1 + unitWidth > room) {
                lines.add((lines.isEmpty() ? prefix : pad) + line);
                line.setLength(0);
                lineWidth = 0;
                room = width - width(hang);
            }
            if (line.length() > 0) {
                line.append(' ');
                lineWidth++;
            }
            line.append(unit);
            lineWidth += unitWidth;
        }
        if (line.length() > 0) {
            lines.add((lines.isEmpty() ? prefix : pad) + line);
        }
        return lines;
    }

    /** {@code s} shortened with an ellipsis to at most {@code width} cells. */
    public static String fit(String s, int width) {
        if (width(s) <= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = cellWidth(cp);
            if (w + cw > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    private static int cellWidth(int cp) {
        if (Visible.escaped(cp)) {
            return Visible.escape(cp).length();
        }
        if (cp < 0x300 && cp != 0xAD) {
            return 1; // Latin text: no marks, no wide characters (U+00AD, the soft hyphen, is a format character)
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
            return 2;
        }
        return 1;
    }
}
