package dev.refnet.store;

import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Surgical edits of a contact file's text that leave every byte a person wrote in place:
 * appending a log entry only adds lines; setting a value changes only that value. Works on
 * the positions that {@link dev.refnet.yaml.YamlReader} recorded; callers re-read the result
 * to prove the edit did what it meant to. A layout it cannot edit is refused with a
 * {@link YamlException} at the place in the file, which the caller names.
 */
public final class TextEdit {

    private final boolean bom;
    private final String nl;
    private final List<String> lines;

    private TextEdit(String text) {
        this.bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        for (int i = body.indexOf('\r'); i >= 0; i = body.indexOf('\r', i + 1)) {
            if (i + 1 >= body.length() || body.charAt(i + 1) != '\n') {
                // YAML counts a lone carriage return as a line break; edits by line would miss.
                int line = 1 + (int) body.substring(0, i).chars().filter(c -> c == '\n').count();
                int column = 1 + body.codePointCount(body.lastIndexOf('\n', i) + 1, i);
                throw new YamlException(line, column, "a carriage return without a line feed (an old Mac"
                        + " line end); refnet edits only files with LF or CRLF line ends: save the file with those,"
                        + " then run the command again. Nothing was written");
            }
        }
        int firstLf = body.indexOf('\n');
        this.nl = firstLf > 0 && body.charAt(firstLf - 1) == '\r' ? "\r\n" : "\n";
        this.lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int lf = body.indexOf('\n', start);
            int end = lf < 0 ? body.length() : lf + 1;
            lines.add(body.substring(start, end));
            start = end;
        }
    }

    private String text() {
        return (bom ? "\uFEFF" : "") + String.join("", lines);
    }

    /** Inserts {@code entry} into the log in date order, formatted like its neighbours. */
    public static String appendEntry(String text, YNode.Mapping root, LogEntry entry) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode logNode = root.get("log").orElse(null);
        if (logNode == null) {
            t.ensureFinalNewline();
            t.lines.add("log:" + t.nl);
            t.lines.add(EntryWriter.block(entry, 2, 4, t.nl));
            return t.text();
        }
        if (logNode instanceof YNode.Scalar s) {
            YNode.Scalar key = root.entry("log").get().key();
            if (!s.value().isEmpty()) {
                t.replace(s, "");
                String l = t.lines.get(key.start().line() - 1);
                t.lines.set(key.start().line() - 1, stripTrailing(l) + t.nl);
            }
            t.insertLines(key.start().line(), EntryWriter.block(entry, 2, 4, t.nl));
            return t.text();
        }
        YNode.Sequence seq = (YNode.Sequence) logNode;
        int after = NetworkStore.insertionIndex(entriesOf(seq), entry) - 1;
        if (seq.flow()) {
            t.insertInFlow(seq, after, EntryWriter.flow(entry));
            return t.text();
        }
        YNode neighbour = seq.items().get(Math.max(after, 0));
        int dashLine = t.dashLine(neighbour);
        String dashText = t.lines.get(dashLine - 1);
        int dashIndent = dashText.indexOf('-');
        String rendered;
        if (neighbour instanceof YNode.Mapping m && m.flow()) {
            rendered = " ".repeat(dashIndent) + "- " + EntryWriter.flow(entry) + t.nl;
        } else {
            int keyIndent = t.charColumn(neighbour.start());
            if (neighbour.start().line() != dashLine || keyIndent <= dashIndent) {
                keyIndent = dashIndent + 2;
            }
            rendered = EntryWriter.block(entry, dashIndent, keyIndent, t.nl);
        }
        int insertAt = after < 0 ? t.aboveLeadingComments(dashLine - 1, dashIndent) : t.lineAfter(seq.items().get(after));
        t.insertLines(insertAt, rendered);
        return t.text();
    }

    private static List<LogEntry> entriesOf(YNode.Sequence seq) {
        List<LogEntry> entries = new ArrayList<>();
        for (YNode item : seq.items()) {
            entries.add(ContactReader.entry((YNode.Mapping) item));
        }
        return entries;
    }

    /** Sets (or adds) {@code key: value} in the log entry at {@code index}; {@code value} is written as given. */
    public static String setEntryValue(String text, YNode.Mapping root, int index, String key, String value) {
        TextEdit t = new TextEdit(text);
        YNode.Sequence seq = (YNode.Sequence) root.get("log").orElseThrow();
        YNode.Mapping item = (YNode.Mapping) seq.items().get(index);
        YNode existing = item.get(key).orElse(null);
        if (existing instanceof YNode.Scalar s && isEmptyPlain(s) && !item.flow()) {
            t.fillEmpty(item.entry(key).get().key(), value);
        } else if (existing instanceof YNode.Scalar s && s.start().line() == s.end().line()) {
            t.replace(s, value);
        } else if (existing != null) {
            throw new YamlException(existing.start().line(), existing.start().column(), "cannot edit '" + key
                    + "' in place: make it a single value first");
        } else if (item.flow()) {
            t.insertBeforeClose(item, ", " + key + ": " + value);
        } else {
            int keyIndent = t.charColumn(item.start());
            t.insertLines(t.lineAfter(item), " ".repeat(keyIndent) + key + ": " + value + t.nl);
        }
        return t.text();
    }

    /** Sets (or adds, just before {@code log}) a top-level {@code key: value}. */
    static String setTopLevel(String text, YNode.Mapping root, String key, String value) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode existing = root.get(key).orElse(null);
        if (existing instanceof YNode.Scalar s && isEmptyPlain(s)) {
            t.fillEmpty(root.entry(key).get().key(), value);
            return t.text();
        }
        if (existing instanceof YNode.Scalar s && s.start().line() == s.end().line() && !s.value().isEmpty()) {
            t.replace(s, value);
            return t.text();
        }
        if (existing != null) {
            throw new YamlException(existing.start().line(), existing.start().column(), "cannot edit '" + key
                    + "' in place: make it a single value first");
        }
        t.insertTopLevel(root, key, key + ": " + value + t.nl);
        return t.text();
    }

    /**
     * Sets a top-level key whose value may take several lines (a {@code |} block, a list written
     * an item a line): the key's own lines are replaced by {@code lines}, written with the file's
     * line end; a key the file lacks is added where the key order of docs/format.md#section-1-2 puts it.
     */
    static String replaceTopLevel(String text, YNode.Mapping root, String key, java.util.function.Function<String, String> lines) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode.Entry e = root.entry(key).orElse(null);
        if (e == null) {
            t.insertTopLevel(root, key, lines.apply(t.nl));
            return t.text();
        }
        int[] span = t.topLevelSpan(e);
        t.lines.subList(span[0], span[1]).clear();
        t.insertLines(span[0], lines.apply(t.nl));
        return t.text();
    }

    /** The lines a top-level key and its value take in {@code text}, each ending with a line feed. */
    static String topLevelLines(String text, YNode.Mapping root, String key) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        int[] span = t.topLevelSpan(root.entry(key).orElseThrow());
        StringBuilder sb = new StringBuilder();
        for (String line : t.lines.subList(span[0], span[1])) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - (line.endsWith("\r\n") ? 2 : 1)) : line;
            sb.append(body).append('\n');
        }
        return sb.toString();
    }

    /**
     * Adds whole lines (each ending with a line feed, written with the file's own line end) just
     * above {@code log:} and the comment lines on it, else at the end: where a key refnet does
     * not know goes when it comes from another file.
     */
    static String insertBeforeLog(String text, YNode.Mapping root, String lfLines) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        String block = t.nl.equals("\n") ? lfLines : lfLines.replace("\n", t.nl);
        YNode.Entry log = root.entry(ContactFields.LOG).orElse(null);
        if (log != null && log.key().start().column() == 1) {
            t.insertLines(t.aboveLeadingComments(log.key().start().line() - 1, 0), block);
        } else {
            t.ensureFinalNewline();
            t.lines.add(block);
        }
        return t.text();
    }

    /** Removes a top-level key with its value (the lines they take); comment lines above and below stay. */
    static String removeTopLevel(String text, YNode.Mapping root, String key) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode.Entry e = root.entry(key).orElse(null);
        if (e == null) {
            return text;
        }
        int[] span = t.topLevelSpan(e);
        t.lines.subList(span[0], span[1]).clear();
        return t.text();
    }

    /** The 0-based lines [from, to) that a top-level key and its value take; refused when they share a line with another key. */
    private int[] topLevelSpan(YNode.Entry e) {
        String key = e.key().value();
        if (e.key().start().column() != 1) {
            throw new YamlException(e.key().start().line(), e.key().start().column(), "cannot change '" + key
                    + "' in place: start it at the left margin");
        }
        int first = e.key().start().line() - 1;
        int end = e.value() instanceof YNode.Scalar s && isEmptyPlain(s) ? first + 1 : Math.max(first + 1, lineAfter(e.value()));
        // A block scalar ends where the next key starts: its trailing blank lines stay with the file.
        while (end - 1 > first && lines.get(end - 1).isBlank() && e.value() instanceof YNode.Scalar) {
            end--;
        }
        return new int[] {first, end};
    }

    /**
     * Adds one item at the end of the top-level list {@code key}: inside {@code [ … ]} as
     * {@code flowItem}, or as a {@code - blockItem} line under the last item; a key the file lacks
     * (or has empty) becomes {@code key: [flowItem]}.
     */
    static String addListItem(String text, YNode.Mapping root, String key, String flowItem, String blockItem) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode.Entry e = root.entry(key).orElse(null);
        if (e == null) {
            t.insertTopLevel(root, key, key + ": [" + flowItem + "]" + t.nl);
            return t.text();
        }
        if (e.value() instanceof YNode.Scalar s && isEmptyPlain(s)) {
            t.fillEmpty(e.key(), "[" + flowItem + "]");
            return t.text();
        }
        if (!(e.value() instanceof YNode.Sequence seq)) {
            throw new YamlException(e.value().start().line(), e.value().start().column(), "'" + key
                    + "' is not a list; write it as [first, second]");
        }
        if (seq.flow()) {
            t.insertInFlow(seq, seq.items().size() - 1, flowItem);
            return t.text();
        }
        YNode last = seq.items().get(seq.items().size() - 1);
        int dashLine = t.dashLine(last);
        int dashIndent = t.lines.get(dashLine - 1).indexOf('-');
        t.insertLines(t.lineAfter(last), " ".repeat(dashIndent) + "- " + blockItem + t.nl);
        return t.text();
    }

    /** Removes item {@code index} of the top-level list {@code key}: its text and a comma in {@code [ … ]}, its lines in a block list. */
    static String removeListItem(String text, YNode.Mapping root, String key, int index) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode.Sequence seq = (YNode.Sequence) root.get(key).orElseThrow();
        if (seq.flow()) {
            t.removeFromFlow(seq, index);
            return t.text();
        }
        YNode item = seq.items().get(index);
        int first = t.dashLine(item) - 1;
        String firstLine = t.lines.get(first);
        if (!firstLine.substring(0, firstLine.indexOf('-')).isBlank()) {
            throw new YamlException(first + 1, 1, "cannot remove this item in place: put it on a line of its own first");
        }
        if (seq.items().size() == 1) {
            // The list's only item: the key goes with it rather than stand empty.
            int[] span = t.topLevelSpan(root.entry(key).orElseThrow());
            t.lines.subList(span[0], span[1]).clear();
            return t.text();
        }
        t.lines.subList(first, t.lineAfter(item)).clear();
        return t.text();
    }

    /**
     * Writes {@code key: value} over the one-line {@code oldKey: …} (comments on the line stay),
     * for a key that replaces an older one.
     */
    static String renameTopLevel(String text, YNode.Mapping root, String oldKey, String key, String value) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode.Entry e = root.entry(oldKey).orElseThrow();
        if (!(e.value() instanceof YNode.Scalar s) || s.isNull() || s.value().isEmpty()
                || s.start().line() != s.end().line() || s.start().line() != e.key().start().line()) {
            throw new YamlException(e.key().start().line(), e.key().start().column(), "cannot replace '" + oldKey
                    + "' with '" + key + "' in place: make it a single value on its line first");
        }
        t.replace(s, value);
        t.replace(e.key(), key);
        return t.text();
    }

    /**
     * Replaces the log entry at {@code index} with {@code entry}, written at the same indentation
     * (block) or on the same line (a one-line {@code - {…}} item). Lines around it stay as they are.
     */
    public static String replaceEntry(String text, YNode.Mapping root, int index, LogEntry entry) {
        TextEdit t = new TextEdit(text);
        YNode.Sequence seq = blockLog(root);
        YNode item = seq.items().get(index);
        int dashLine = t.dashLine(item);
        String dashText = t.lines.get(dashLine - 1);
        int dashIndent = dashText.indexOf('-');
        int last = t.lineAfter(item);
        if (item instanceof YNode.Mapping m && m.flow()) {
            if (m.start().line() != dashLine || m.end().line() != dashLine) {
                throw new YamlException(dashLine, 1, "this entry spans lines; edit it by hand");
            }
            int a = t.charColumn(m.start());
            int b = t.charColumn(m.end());
            t.lines.set(dashLine - 1, dashText.substring(0, a) + EntryWriter.flow(entry) + dashText.substring(b));
            return t.text();
        }
        int keyIndent = t.charColumn(item.start());
        if (item.start().line() != dashLine || keyIndent <= dashIndent) {
            keyIndent = dashIndent + 2;
        }
        for (int l = last - 1; l >= dashLine - 1; l--) {
            t.lines.remove(l);
        }
        t.insertLines(dashLine - 1, EntryWriter.block(entry, dashIndent, keyIndent, t.nl));
        return t.text();
    }

    /** The log as a block list, one entry starting on a line of its own. */
    private static YNode.Sequence blockLog(YNode.Mapping root) {
        if (root.flow() || !(root.get("log").orElse(null) instanceof YNode.Sequence seq) || seq.flow()) {
            throw new YamlException(root.start().line(), root.start().column(), "this file's log is written as one [...] list; refnet edits only"
                    + " entries written one per line");
        }
        return seq;
    }

    /**
     * Adds a top-level line where the key order of docs/format.md#section-1-2 puts it: just above the first key written
     * at the left margin that comes later in that order (and above the comment lines that sit on
     * that key), else at the end of the file.
     */
    private void insertTopLevel(YNode.Mapping root, String key, String line) {
        int rank = keyRank(key);
        for (YNode.Entry e : root.entries()) {
            int r = keyRank(e.key().value());
            if (r > rank && e.key().start().column() == 1) {
                insertLines(aboveLeadingComments(e.key().start().line() - 1, 0), line);
                return;
            }
        }
        ensureFinalNewline();
        lines.add(line);
    }

    /** Where a key stands in the order of docs/format.md#section-1-2: a declared key's place, the log after them all; -1 for other keys. */
    private static int keyRank(String key) {
        List<Field<?>> all = ContactFields.ALL;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).key().equals(key)) {
                return i;
            }
        }
        return key.equals(ContactFields.LOG) ? all.size() : -1;
    }

    /**
     * Removes the log entry at {@code index}: its lines in a block list (comment lines around it
     * stay), or its text and one comma in a flow list.
     */
    public static String removeEntry(String text, YNode.Mapping root, int index) {
        TextEdit t = new TextEdit(text);
        t.requireBlock(root);
        YNode.Sequence seq = (YNode.Sequence) root.get("log").orElseThrow();
        YNode item = seq.items().get(index);
        if (seq.flow()) {
            t.removeFromFlow(seq, index);
            return t.text();
        }
        int first = t.dashLine(item) - 1;
        int end = t.lineAfter(item);
        String firstLine = t.lines.get(first);
        if (!firstLine.substring(0, firstLine.indexOf('-')).isBlank()) {
            throw new YamlException(first + 1, 1, "cannot remove this entry in place: put it on lines of its own first");
        }
        t.lines.subList(first, end).clear();
        return t.text();
    }

    private void removeFromFlow(YNode.Sequence seq, int index) {
        List<YNode> items = seq.items();
        YNode item = items.get(index);
        // From the item's start to the next item's start, or (the last one) from the previous item's end.
        YNode.Pos from = index + 1 < items.size() || index == 0 ? item.start() : items.get(index - 1).end();
        YNode.Pos to = index + 1 < items.size() ? items.get(index + 1).start() : item.end();
        if (from.line() != to.line() && removeOwnLine(items, index)) {
            return;
        }
        if (from.line() != to.line()) {
            throw new YamlException(item.start().line(), item.start().column(),
                    "cannot remove this item in place: put the [ … ] list on one line, or write it one item per line");
        }
        int li = from.line() - 1;
        String line = lines.get(li);
        lines.set(li, line.substring(0, charColumn(from)) + line.substring(charColumn(to)));
    }

    /**
     * In a flow list written one item a line, removes the item's line; when it is the last item
     * and has no comma after it, the comma after the item before it goes too. False when the
     * item shares its line with something else.
     */
    private boolean removeOwnLine(List<YNode> items, int index) {
        YNode item = items.get(index);
        if (item.start().line() != item.end().line() || indentBefore(item) == null) {
            return false;
        }
        int li = item.start().line() - 1;
        String rest = lines.get(li).substring(charColumn(item.end())).strip();
        boolean comma = rest.startsWith(",");
        String after = comma ? rest.substring(1).strip() : rest;
        if (!after.isEmpty() && !after.startsWith("#")) {
            return false;
        }
        if (!comma && index + 1 < items.size()) {
            return false;
        }
        if (!comma && index > 0) {
            YNode prev = items.get(index - 1);
            int pl = prev.end().line() - 1;
            if (pl == li) {
                return false;
            }
            String prevLine = lines.get(pl);
            int at = charColumn(prev.end());
            String tail = prevLine.substring(at);
            int c = tail.indexOf(',');
            if (c < 0 || !tail.substring(0, c).isBlank()) {
                return false;
            }
            lines.set(pl, prevLine.substring(0, at) + tail.substring(c + 1));
        }
        lines.remove(li);
        return true;
    }

    private void requireBlock(YNode.Mapping root) {
        if (root.flow()) {
            throw new YamlException(root.start().line(), root.start().column(), "this file is written as one {…} mapping; refnet edits only"
                    + " files written one key per line");
        }
    }

    private void ensureFinalNewline() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) {
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + nl);
        }
    }

    /** Inserts whole lines before the 0-based line {@code index}. */
    private void insertLines(int index, String block) {
        if (index >= lines.size()) {
            ensureFinalNewline();
            lines.add(block);
        } else {
            lines.add(index, block);
        }
    }

    /** The 0-based index of the line after the one where {@code node} ends. */
    private int lineAfter(YNode node) {
        YNode.Pos end = lastEnd(node);
        return end.column() == 1 ? end.line() - 1 : end.line();
    }

    /** Where the last value inside {@code node} ends: a block mapping's own end lies past comments. */
    private static YNode.Pos lastEnd(YNode node) {
        if (node instanceof YNode.Mapping m && !m.flow() && !m.entries().isEmpty()) {
            return lastEnd(m.entries().get(m.entries().size() - 1).value());
        }
        if (node instanceof YNode.Sequence q && !q.flow() && !q.items().isEmpty()) {
            return lastEnd(q.items().get(q.items().size() - 1));
        }
        return node.end();
    }

    /**
     * The 0-based line to insert before so that comment lines just above {@code index} (at least
     * as indented as the entries) stay with the entry they describe.
     */
    private int aboveLeadingComments(int index, int indent) {
        int at = index;
        while (at > 0) {
            String l = lines.get(at - 1);
            String body = l.strip();
            int lead = l.length() - l.stripLeading().length();
            if (!body.startsWith("#") || lead < indent) {
                break;
            }
            at--;
        }
        return at;
    }

    /** The 1-based line holding the {@code -} that starts a sequence item. */
    private int dashLine(YNode item) {
        int line = item.start().line();
        String text = lines.get(line - 1);
        int col = charColumn(item.start());
        if (text.substring(0, Math.min(col, text.length())).contains("-")) {
            return line;
        }
        for (int l = line - 1; l >= 1; l--) {
            if (lines.get(l - 1).strip().startsWith("-")) {
                return l;
            }
        }
        return line;
    }

    /** The 0-based char offset in its line of a position whose column counts code points. */
    private int charColumn(YNode.Pos pos) {
        String line = lines.get(pos.line() - 1);
        return line.offsetByCodePoints(0, Math.min(pos.column() - 1, line.codePointCount(0, line.length())));
    }

    /** {@code key:} with nothing after it (YAML's empty null), whose position is not where it is written. */
    private static boolean isEmptyPlain(YNode.Scalar s) {
        return s.style() == YNode.Style.PLAIN && s.value().isEmpty();
    }

    /** Writes {@code value} just after the colon of {@code key:}, keeping any comment after it. */
    private void fillEmpty(YNode.Scalar key, String value) {
        int li = key.end().line() - 1;
        String line = lines.get(li);
        int colon = line.indexOf(':', charColumn(key.end()));
        if (colon < 0) {
            throw new YamlException(key.end().line(), key.end().column(), "cannot edit '" + key.value()
                    + "' in place: write its value on the same line");
        }
        lines.set(li, line.substring(0, colon + 1) + " " + value + line.substring(colon + 1));
    }

    private void replace(YNode.Scalar s, String value) {
        int li = s.start().line() - 1;
        String line = lines.get(li);
        int a = charColumn(s.start());
        int b = charColumn(s.end());
        lines.set(li, line.substring(0, a) + value + line.substring(b));
    }

    private void insertBeforeClose(YNode node, String text) {
        int li = node.end().line() - 1;
        String line = lines.get(li);
        int close = charColumn(node.end()) - 1;
        lines.set(li, line.substring(0, close) + text + line.substring(close));
    }

    private void insertInFlow(YNode.Sequence seq, int after, String item) {
        if (seq.items().isEmpty()) {
            insertBeforeClose(seq, item);
        } else if (seq.start().line() != seq.end().line() && insertOwnLine(seq, after, item)) {
            return;
        } else if (after < 0) {
            YNode first = seq.items().get(0);
            int li = first.start().line() - 1;
            String line = lines.get(li);
            int at = charColumn(first.start());
            lines.set(li, line.substring(0, at) + item + ", " + line.substring(at));
        } else {
            YNode prev = seq.items().get(after);
            int li = prev.end().line() - 1;
            String line = lines.get(li);
            int at = charColumn(prev.end());
            lines.set(li, line.substring(0, at) + ", " + item + line.substring(at));
        }
    }

    /**
     * In a flow list written one item a line ({@code log: [}, the entries, {@code ]}), puts the new
     * item on a line of its own, so that the edit only adds a line: before the next item with a
     * comma after it, or after the last one. There the separating comma goes after the new item
     * when the last item already has one, else before the new item ({@code , {…}}): the last
     * item's line is never touched. False when the list is not laid out that way.
     */
    private boolean insertOwnLine(YNode.Sequence seq, int after, String item) {
        List<YNode> items = seq.items();
        if (after + 1 < items.size()) {
            YNode next = items.get(after + 1);
            String indent = indentBefore(next);
            if (indent == null) {
                return false;
            }
            lines.add(next.start().line() - 1, indent + item + "," + nl);
            return true;
        }
        YNode last = items.get(after);
        String indent = indentBefore(last);
        int closeLine = seq.end().line() - 1;
        int endLine = last.end().line() - 1;
        if (indent == null || endLine >= closeLine || !lines.get(closeLine).substring(0, charColumn(seq.end()) - 1).isBlank()) {
            return false;
        }
        String rest = lines.get(endLine).substring(charColumn(last.end())).strip();
        String added;
        if (rest.startsWith(",")) {
            added = indent + item + ",";
        } else if (rest.isEmpty() || rest.startsWith("#")) {
            // comma first, the item aligned with the others when there is room
            added = indent.length() >= 2 ? indent.substring(2) + ", " + item : indent + ", " + item;
        } else {
            return false;
        }
        lines.add(endLine + 1, added + nl);
        return true;
    }

    /** The blanks before {@code node} on its line, or null when something else comes first there. */
    private String indentBefore(YNode node) {
        String line = lines.get(node.start().line() - 1);
        String before = line.substring(0, charColumn(node.start()));
        return before.isBlank() ? before : null;
    }

    private static String stripTrailing(String line) {
        return line.replaceAll("[\\r\\n]+$", "").stripTrailing();
    }
}
