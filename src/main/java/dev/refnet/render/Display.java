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
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && width(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
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
