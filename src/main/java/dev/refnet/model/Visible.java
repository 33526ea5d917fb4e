package dev.refnet.model;

/**
 * Text as it may safely reach a terminal, and the control characters that input may not hold.
 * A name or note can carry what a terminal obeys instead of showing (ESC sequences that clear
 * the screen, set the window title or write the clipboard; a right-to-left override that makes
 * text read backwards; NUL): refnet shows each such character visibly escaped instead.
 *
 * <p>The convention: ESC is {@code \e}, NUL {@code \0}, a carriage return {@code \r}; every other
 * control character (C0 but tab and line feed, DEL, C1), bidirectional control (U+061C, U+200E,
 * U+200F, U+202A-U+202E, U+2066-U+2069) and the Unicode line and paragraph separators are
 * {@code \}{@code uXXXX}, as in JSON. A backslash in text is shown as it is.
 */
public final class Visible {

    private Visible() {
    }

    /** Whether {@code c} is shown escaped (tab and line feed are not: they lay text out). */
    public static boolean escaped(int c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        return (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /** How {@code c}, one that {@link #escaped} says is escaped, is shown. */
    public static String escape(int c) {
        return switch (c) {
            case 0x1B -> "\\e";
            case 0 -> "\\0";
            case '\r' -> "\\r";
            default -> String.format("\\u%04X", c);
        };
    }

    /** {@code s} with each character that {@link #escaped} says escaped; {@code s} itself when there is none. */
    public static String of(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !escaped(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(escaped(c) ? escape(c) : String.valueOf(c));
        }
        return sb.toString();
    }

    /**
     * {@code s} as one line of a message: escaped as {@link #of}, and each line break inside it
     * (a value quoted in the message may hold one) shown as {@code \n}, so that the message stays
     * one line that starts with its location. Leading and trailing blanks are dropped.
     */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return of(t.indexOf('\n') < 0 ? t : t.replace("\r\n", "\n").replace("\n", "\\n"));
    }

    /**
     * The first control character in {@code s} that refnet does not take as input (every control
     * character but tab and line feed), or -1; its offset, for a message that names it.
     */
    public static int firstRefused(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }
}
