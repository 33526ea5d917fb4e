package dev.refnet.render;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545 section 3.1): CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, and TEXT values escaped.
 */
public final class Ics {

    private final StringBuilder sb = new StringBuilder();

    /** Adds {@code NAME:value} with the value written as is (for dates, UIDs, fixed words). */
    public Ics raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** Adds {@code NAME:value} with the value escaped as TEXT. */
    public Ics text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** Backslash, semicolon and comma are escaped; a line break becomes {@code \n}. */
    public static String escape(String value) {
        StringBuilder e = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> e.append("\\\\");
                case ';' -> e.append("\\;");
                case ',' -> e.append("\\,");
                case '\n' -> e.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        e.append("\\n");
                    }
                }
                default -> e.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return e.toString();
    }

    /** Adds one content line, folded: each physical line is at most 75 octets before its CRLF. */
    public Ics line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
