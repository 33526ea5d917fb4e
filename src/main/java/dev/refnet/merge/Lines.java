package dev.refnet.merge;

import dev.refnet.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as lines, each with its own line end, for moving whole keys and entries between
 * the sides of a merge. Positions are those of {@link dev.refnet.yaml.YamlReader} (1-based lines,
 * columns in code points, the byte-order mark not counted).
 */
final class Lines {

    final boolean bom;
    final String nl;
    final List<String> lines = new ArrayList<>();

    Lines(String text) {
        bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        for (int i = body.indexOf('\r'); i >= 0; i = body.indexOf('\r', i + 1)) {
            if (i + 1 >= body.length() || body.charAt(i + 1) != '\n') {
                throw new MergeException("a carriage return without a line feed");
            }
        }
        int firstLf = body.indexOf('\n');
        nl = firstLf > 0 && body.charAt(firstLf - 1) == '\r' ? "\r\n" : "\n";
        int start = 0;
        while (start < body.length()) {
            int lf = body.indexOf('\n', start);
            int end = lf < 0 ? body.length() : lf + 1;
            lines.add(body.substring(start, end));
            start = end;
        }
    }

    String text() {
        return (bom ? "\uFEFF" : "") + String.join("", lines);
    }

    /** Line {@code n} (1-based) without its line end. */
    String line(int n) {
        return strip(lines.get(n - 1));
    }

    static String strip(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Lines {@code first..last} (1-based, inclusive), each ending with {@code newline}. */
    List<String> copy(int first, int last, String newline) {
        List<String> out = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            out.add(line(n) + newline);
        }
        return out;
    }

    /** Replaces lines {@code first..last} with {@code with} (inserts before {@code first} when {@code last < first}). */
    void splice(int first, int last, List<String> with) {
        for (int n = last; n >= first; n--) {
            lines.remove(n - 1);
        }
        if (first - 1 >= lines.size() && !lines.isEmpty()) {
            int end = lines.size() - 1;
            if (!lines.get(end).endsWith("\n")) {
                lines.set(end, lines.get(end) + nl);
            }
        }
        lines.addAll(Math.min(first - 1, lines.size()), with);
    }

    /** The char offset in line {@code n} of a code-point column. */
    int charColumn(int n, int column) {
        String l = line(n);
        return l.offsetByCodePoints(0, Math.min(column - 1, l.codePointCount(0, l.length())));
    }

    /** The lines a mapping entry takes, key to last value; refused when it shares a line with anything else. */
    int[] region(YNode.Entry e) {
        int first = e.key().start().line();
        String head = line(first).substring(0, charColumn(first, e.key().start().column()));
        if (!head.isBlank()) {
            throw new MergeException("the key '" + e.key().value() + "' on line " + first + " does not start its line");
        }
        return new int[] {first, lastLine(e.value(), e.key())};
    }

    /** The lines a sequence item takes, from its {@code -} to its last value. */
    int[] itemRegion(YNode item) {
        int line = item.start().line();
        int dash = line;
        String before = line(line).substring(0, charColumn(line, item.start().column()));
        if (!before.contains("-")) {
            for (dash = line - 1; dash >= 1 && !line(dash).strip().startsWith("-"); dash--) {
                // up to the line with the dash
            }
            if (dash < 1) {
                throw new MergeException("no '-' before the entry on line " + line);
            }
        } else if (!before.strip().equals("-")) {
            throw new MergeException("the entry on line " + line + " shares its line");
        }
        return new int[] {dash, lastLine(item, null)};
    }

    /** The last line of {@code value}, after which its line holds at most a comment. */
    private int lastLine(YNode value, YNode.Scalar key) {
        if (key != null && value instanceof YNode.Scalar s && s.style() == YNode.Style.PLAIN && s.value().isEmpty()) {
            return key.end().line(); // an empty value stands where the next token is, not after its key
        }
        YNode.Pos end = lastEnd(value);
        int last = end.column() == 1 && end.line() > 1 ? end.line() - 1 : end.line();
        if (last > lines.size()) {
            last = lines.size();
        }
        if (end.column() > 1 && end.line() <= lines.size()) {
            String rest = line(end.line()).substring(Math.min(charColumn(end.line(), end.column()), line(end.line()).length())).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw new MergeException("line " + end.line() + " holds more than one value");
            }
        }
        while (last > value.start().line() && line(last).isBlank()) {
            last--;
        }
        return last;
    }

    /** Where the last value inside {@code node} ends: a block collection's own end lies past comments. */
    static YNode.Pos lastEnd(YNode node) {
        if (node instanceof YNode.Mapping m && !m.flow() && !m.entries().isEmpty()) {
            return lastEnd(m.entries().get(m.entries().size() - 1).value());
        }
        if (node instanceof YNode.Sequence q && !q.flow() && !q.items().isEmpty()) {
            return lastEnd(q.items().get(q.items().size() - 1));
        }
        return node.end();
    }

    /** {@code src} shifted right (or left) by {@code delta} spaces; blank lines stay blank. */
    static List<String> shift(List<String> src, int delta) {
        List<String> out = new ArrayList<>();
        for (String l : src) {
            String body = strip(l);
            String end = l.substring(body.length());
            if (body.isBlank()) {
                out.add(end);
            } else if (delta >= 0) {
                out.add(" ".repeat(delta) + l);
            } else if (body.startsWith(" ".repeat(-delta))) {
                out.add(l.substring(-delta));
            } else {
                throw new MergeException("cannot move the lines left by " + -delta);
            }
        }
        return out;
    }

    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
