package dev.refnet.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads one YAML document into {@link YNode}s, refusing with a location what a data file of
 * refnet's never needs and a permissive loader would accept silently: merge-conflict markers,
 * duplicate keys, a second document, anchors and aliases, tags, complex keys, an empty file,
 * and unreasonable size or nesting. Works on parser events, so no tag ever builds an object.
 */
public final class YamlReader {

    /** Largest file refnet reads: far above any real contact, far below a memory problem. */
    public static final int MAX_CHARS = 1 << 20;
    /** Deepest nesting refnet reads; a contact needs four levels. */
    public static final int MAX_DEPTH = 16;

    /** Immutable, so shared by every parse (building it costs as much as parsing a small file). */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setParseComments(false).build();
    /**
     * The same without marks: the parser then makes no position object per token, which was
     * two fifths of what reading a network allocated. Its tree holds no real positions. Built on
     * first use, so a command that reads one file (a write) does not pay for it at start-up.
     */
    private static final class Unmarked {
        static final LoadSettings SETTINGS = LoadSettings.builder().setParseComments(false).setUseMarks(false).build();
    }
    /** Where a node stands when the parse kept no marks. */
    private static final YNode.Pos NOWHERE = new YNode.Pos(1, 1);
    private static final Pattern CONFLICT = Pattern.compile("(?m)^(<{7}|={7}|>{7}|\\|{7})(?: |\\r?$)");

    private YamlReader() {
    }

    /**
     * The parser's problem in words for someone who edits YAML by hand: the mistakes people make
     * (a tab, an unquoted ': ', a quote or bracket left open, a line indented wrong) say what to
     * do; anything else is the parser's own words without its token names.
     */
    static String plain(String problem, String context) {
        String p = problem == null ? "" : problem.strip().replaceAll("\\s+", " ");
        String c = context == null ? "" : context;
        if (p.contains("(TAB)")) {
            return "a tab character; YAML indents with spaces only, so replace the tab with spaces";
        }
        if (p.startsWith("mapping values are not allowed")) {
            return "a ':' where none can be; put quotes around a value that holds ': ' (notes: \"Meet at: 3pm\"),"
                    + " or indent this line like the keys above it";
        }
        if (c.contains("quoted scalar") && (p.contains("end of stream") || p.contains("<stream end>"))) {
            return "the file ends inside a quoted value; close the quote that the value opens";
        }
        if (p.contains("<stream end>") && p.contains("']'")) {
            return "the file ends inside a [ list; close it with ]";
        }
        if (p.contains("<stream end>") && p.contains("'}'")) {
            return "the file ends inside a { mapping; close it with }";
        }
        if (p.startsWith("expected <block end>")) {
            return "this line is indented differently from the lines above it; line it up with the keys it belongs with";
        }
        p = p.replace("<stream end>", "the end of the file").replace("<block end>", "the end of the indented block");
        return p.isEmpty() ? "the parser could not read the text here" : p;
    }

    /** Parses the text of one file; the byte-order mark, if any, is ignored. */
    public static YNode parse(String text) {
        return parse(text, true);
    }

    /**
     * Parses like {@link #parse(String)} and accepts and refuses exactly the same texts, but
     * without positions: every node, and every error, stands at line 1, column 1. For reading
     * many files where nothing is edited; on an error, parse again with {@link #parse(String)}
     * to say where it is.
     */
    public static YNode parseWithoutPositions(String text) {
        return parse(text, false);
    }

    /**
     * Parses like {@link #parse(String)}, but a duplicate key is added to {@code duplicates} (its
     * second value left out) instead of ending the parse, so that {@code refnet check} can go on
     * to report every other problem of the file.
     */
    public static YNode parseCollectingDuplicates(String text, java.util.List<YamlException> duplicates) {
        return parse(text, true, duplicates);
    }

    private static YNode parse(String text, boolean positions) {
        return parse(text, positions, null);
    }

    private static YNode parse(String text, boolean positions, java.util.List<YamlException> duplicates) {
        if (text.length() > MAX_CHARS) {
            throw new YamlException(1, 1, "file is larger than " + (MAX_CHARS >> 10)
                    + " KiB; a contact file is never that big");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Matcher conflict = mayHoldConflict(body) ? CONFLICT.matcher(body) : null;
        if (conflict != null && conflict.find()) {
            int line = 1 + (int) body.substring(0, conflict.start()).chars().filter(c -> c == '\n').count();
            throw new YamlException(line, 1, "git merge conflict marker '" + conflict.group(1)
                    + "': a git merge left this file unsettled; 'refnet sync' shows what differs and how to settle it");
        }
        LoadSettings settings = positions ? SETTINGS : Unmarked.SETTINGS;
        StreamReader reader = new StreamReader(settings, body);
        ParserImpl parser = new ParserImpl(settings, reader);
        try {
            return new Builder(parser, duplicates).document();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            throw new YamlException(mark.map(m -> m.getLine() + 1).orElse(1),
                    mark.map(m -> m.getColumn() + 1).orElse(1), "not valid YAML: " + plain(e.getProblem(), e.getContext()));
        } catch (YamlEngineException e) {
            throw new YamlException(1, 1, "not valid YAML: " + e.getMessage());
        } catch (YamlException e) {
            throw e;
        } catch (RuntimeException e) {
            // snakeyaml-engine lets a few malformed inputs escape as plain exceptions (found by fuzzing:
            // a truncated backslash-u escape throws NumberFormatException); they are still just bad YAML.
            YNode.Pos p = pos(reader.getMark());
            throw new YamlException(p.line(), p.column(), "not valid YAML: cannot read the text here"
                    + " (a broken escape sequence or character?)");
        }
    }

    /** A quick test before the line-anchored search: most files hold no run of seven marker characters. */
    private static boolean mayHoldConflict(String body) {
        return body.contains("<<<<<<<") || body.contains("=======") || body.contains(">>>>>>>") || body.contains("|||||||");
    }

    private static YNode.Pos pos(Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return NOWHERE;
        }
        Mark m = mark.get();
        return new YNode.Pos(m.getLine() + 1, m.getColumn() + 1);
    }

    /** Turns the event stream of one document into nodes. */
    private static final class Builder {
        private final ParserImpl parser;
        /** Where duplicate keys go instead of being thrown; null: the first one ends the parse. */
        private final List<YamlException> duplicates;
        private int depth;

        Builder(ParserImpl parser, List<YamlException> duplicates) {
            this.parser = parser;
            this.duplicates = duplicates;
        }

        YNode document() {
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                throw new YamlException(1, 1, "file is empty: a contact needs at least 'name' and 'category'");
            }
            expect(Event.ID.DocumentStart);
            YNode root = node();
            expect(Event.ID.DocumentEnd);
            if (parser.checkEvent(Event.ID.DocumentStart)) {
                YNode.Pos p = pos(parser.peekEvent().getStartMark());
                throw new YamlException(p.line(), p.column(),
                        "a second YAML document ('---'): one file holds one contact; move it to its own file");
            }
            expect(Event.ID.StreamEnd);
            if (root instanceof YNode.Scalar s && s.isNull()) {
                throw new YamlException(1, 1, "file is empty: a contact needs at least 'name' and 'category'");
            }
            return root;
        }

        private Event expect(Event.ID id) {
            Event e = parser.next();
            if (e.getEventId() != id) {
                YNode.Pos p = pos(e.getStartMark());
                throw new YamlException(p.line(), p.column(), "unexpected " + e.getEventId() + " in YAML");
            }
            return e;
        }

        private YNode node() {
            Event e = parser.next();
            YNode.Pos start = pos(e.getStartMark());
            if (e.getEventId() == Event.ID.Alias) {
                throw new YamlException(start.line(), start.column(),
                        "YAML alias (*name) is not allowed here: write the value out in full");
            }
            NodeEvent ne = (NodeEvent) e;
            if (ne.getAnchor().isPresent()) {
                throw new YamlException(start.line(), start.column(),
                        "YAML anchor (&" + ne.getAnchor().get().getValue() + ") is not allowed here: write values out in full");
            }
            Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
            if (tag.isPresent() && !(e instanceof CollectionStartEvent c && c.isImplicit())
                    && !(e instanceof ScalarEvent s && (s.getImplicit().canOmitTagInPlainScalar() || s.getImplicit().canOmitTagInNonPlainScalar()))) {
                throw new YamlException(start.line(), start.column(),
                        "YAML tag '" + tag.get() + "' is not allowed: write the value plainly");
            }
            switch (e.getEventId()) {
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) e;
                    return new YNode.Scalar(s.getValue(), style(s), start, pos(e.getEndMark()));
                }
                case SequenceStart -> {
                    enter(start);
                    List<YNode> items = new ArrayList<>();
                    while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                        items.add(node());
                    }
                    Event end = parser.next();
                    depth--;
                    return new YNode.Sequence(items, ((CollectionStartEvent) e).isFlow(), start, pos(end.getEndMark()));
                }
                case MappingStart -> {
                    enter(start);
                    List<YNode.Entry> entries = new ArrayList<>();
                    Map<String, YNode.Pos> seen = null; // made only for a mapping with many keys
                    while (!parser.checkEvent(Event.ID.MappingEnd)) {
                        YNode k = node();
                        if (!(k instanceof YNode.Scalar key)) {
                            throw new YamlException(k.start().line(), k.start().column(),
                                    "a key must be a plain word, not a list or mapping");
                        }
                        if (seen == null && entries.size() >= LINEAR_KEYS) {
                            seen = new HashMap<>();
                            for (YNode.Entry before : entries) {
                                seen.put(before.key().value(), before.key().start());
                            }
                        }
                        YNode.Pos first = seen != null ? seen.putIfAbsent(key.value(), key.start()) : earlier(entries, key.value());
                        if (first != null) {
                            YamlException duplicate = new YamlException(key.start().line(), key.start().column(),
                                    "duplicate key '" + key.value() + "' (first on line " + first.line()
                                            + "): keep one of them");
                            if (duplicates == null) {
                                throw duplicate;
                            }
                            duplicates.add(duplicate);
                            node();
                            continue;
                        }
                        entries.add(new YNode.Entry(key, node()));
                    }
                    Event end = parser.next();
                    depth--;
                    return new YNode.Mapping(entries, ((CollectionStartEvent) e).isFlow(), start, pos(end.getEndMark()));
                }
                default -> throw new YamlException(start.line(), start.column(),
                        "unexpected " + e.getEventId() + " in YAML");
            }
        }

        /**
         * Up to this many keys a mapping is searched for a duplicate key by a scan, which for the
         * few keys of a log entry costs less than building a hash map for each one.
         */
        private static final int LINEAR_KEYS = 16;

        /** Where {@code key} already stands among {@code entries}, or null. */
        private static YNode.Pos earlier(List<YNode.Entry> entries, String key) {
            YNode.Entry e = YNode.Mapping.find(entries, key);
            return e == null ? null : e.key().start();
        }

        private void enter(YNode.Pos at) {
            if (++depth > MAX_DEPTH) {
                throw new YamlException(at.line(), at.column(),
                        "nested more than " + MAX_DEPTH + " levels deep; a contact file never needs that");
            }
        }

        private static YNode.Style style(ScalarEvent s) {
            if (s.isSQuoted()) {
                return YNode.Style.SINGLE_QUOTED;
            }
            if (s.isDQuoted()) {
                return YNode.Style.DOUBLE_QUOTED;
            }
            if (s.isLiteral()) {
                return YNode.Style.LITERAL;
            }
            if (s.isFolded()) {
                return YNode.Style.FOLDED;
            }
            return YNode.Style.PLAIN;
        }
    }
}
