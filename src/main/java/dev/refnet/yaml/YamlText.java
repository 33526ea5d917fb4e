package dev.refnet.yaml;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars the way a person would: plain where that reads back as the same string
 * under YAML 1.1 and 1.2 resolvers alike, quoted where it would not ({@code 007}, {@code no},
 * {@code ~}, {@code 1e3}, {@code a: b}), a literal block for text with line breaks.
 */
public final class YamlText {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.?[0-9][0-9_,:.]*([eE][-+]?[0-9]+)?|\\.(inf|nan))|0[xob][0-9a-fA-F_]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?");
    private static final String RESERVED = "|null|~|true|false|yes|no|on|off|y|n|";
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlText() {
    }

    /** A scalar for block context (a mapping value on its own line may still get a block literal). */
    public static String scalar(String value) {
        return plainAllowed(value, false) ? value : quoted(value);
    }

    /** A scalar inside a flow collection ({@code [a, b]} or {@code {k: v}}). */
    public static String flowScalar(String value) {
        return plainAllowed(value, true) ? value : quoted(value);
    }

    /** Whether a value with line breaks should be written as a literal block. */
    public static boolean wantsBlock(String value) {
        return value.indexOf('\n') >= 0 && value.chars().allMatch(c -> c == '\n' || (printable(c) && c != 0x85 && c != 0x2028 && c != 0x2029 && c != 0xFEFF))
                && !value.startsWith(" ") && !value.startsWith("\n");
    }

    /**
     * {@code key: |} followed by the lines of {@code value} indented by {@code indent} spaces,
     * each ending with {@code nl}; the chomping indicator keeps trailing line breaks exact.
     */
    public static String literalBlock(String key, String value, int indent, String nl) {
        String chomp = value.endsWith("\n\n") ? "+" : value.endsWith("\n") ? "" : "-";
        StringBuilder sb = new StringBuilder(key).append(": |").append(chomp).append(nl);
        String body = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        String pad = " ".repeat(indent);
        for (String line : body.split("\n", -1)) {
            sb.append(line.isEmpty() ? "" : pad + line).append(nl);
        }
        return sb.toString();
    }

    static boolean plainAllowed(String v, boolean flow) {
        if (v.isEmpty() || !v.strip().equals(v)) {
            return false;
        }
        if (INDICATORS.indexOf(v.charAt(0)) >= 0 && !(v.charAt(0) == '-' && v.length() > 1 && v.charAt(1) != ' ' && !NUMBER_LIKE.matcher(v).matches())) {
            return false;
        }
        if (v.contains(": ") || v.contains(" #") || v.endsWith(":") || v.contains("\t")) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!printable(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || (flow && ",[]{}".indexOf(c) >= 0)) {
                return false;
            }
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return !RESERVED.contains("|" + lower + "|") && !NUMBER_LIKE.matcher(v).matches() && !DATE_LIKE.matcher(v).matches()
                && !lower.equals(".inf") && !lower.equals("-.inf") && !lower.equals(".nan") && !v.equals("<<") && !v.equals("=");
    }

    /**
     * YAML 1.2's printable set (c-printable), minus tab and line breaks, over UTF-16 units: C1 controls,
     * U+FFFE and U+FFFF must be escaped in double quotes (found by the round-trip property test).
     * Surrogates pass here: a valid pair is written as the character it makes.
     */
    private static boolean printable(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static String quoted(String v) {
        boolean simple = v.chars().allMatch(c -> printable(c) && c != 0x85 && c != 0x2028 && c != 0x2029 && c != 0xFEFF);
        if (simple) {
            return "'" + v.replace("'", "''") + "'";
        }
        StringBuilder sb = new StringBuilder("\"");
        v.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (!printable(c) || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
