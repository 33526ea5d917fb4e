package dev.refnet.store;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import dev.refnet.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the text of a contact file into a {@link Contact}, or a located {@link YamlException}. */
public final class ContactReader {

    private static final Map<String, Field<?>> CONTACT_KEYS = byKey(ContactFields.ALL);
    private static final Map<String, Field<?>> ENTRY_KEYS = byKey(EntryFields.ALL);

    private ContactReader() {
    }

    /** Parses and validates a contact file's text. */
    public static Parsed read(String id, String text) {
        YNode root = YamlReader.parse(text);
        YNode.Mapping map = Fields.mapping(root, "a contact file");
        return new Parsed(toContact(id, map), map);
    }

    /**
     * The contact alone, for reading a whole network: parsed without positions, which is
     * faster, and parsed again with them only when the file is wrong, so that the error still
     * names its line and column.
     */
    public static Contact readContact(String id, String text) {
        try {
            return toContact(id, Fields.mapping(YamlReader.parseWithoutPositions(text), "a contact file"));
        } catch (YamlException unlocated) {
            return read(id, text).contact(); // throws the same error, located
        }
    }

    /** A contact with the YAML tree it came from, kept for in-place edits. */
    public record Parsed(Contact contact, YNode.Mapping root) {
    }

    static Contact toContact(String id, YNode.Mapping map) {
        Contact.Builder c = Contact.builder(id);
        for (Field<?> f : ContactFields.ALL) {
            if (f.required()) {
                YNode node = map.get(f.key()).orElseThrow(() -> Fields.error(map, "missing required key '" + f.key() + "'"));
                c.set(f, required(node, f, "'" + f.key() + "' is empty; it is required"));
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (YNode.Entry e : map.entries()) {
            String key = e.key().value();
            Field<?> f = CONTACT_KEYS.get(key);
            if (f != null) {
                if (!f.required()) {
                    c.set(f, Fields.value(e.value(), f));
                }
            } else if (key.equals(ContactFields.LOG)) {
                c.log(log(e.value()));
            } else {
                extra.put(key, YNodePlain.of(e.value()));
            }
        }
        return c.extra(extra).build();
    }

    /** A required field's value; YAML null, or blank text, is {@code empty}. */
    private static Object required(YNode node, Field<?> f, String empty) {
        Object v = Fields.value(node, f);
        if (v == null || v instanceof String t && t.isBlank()) {
            throw Fields.error(node, empty);
        }
        return v;
    }

    private static List<LogEntry> log(YNode node) {
        if (node instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YNode.Sequence seq)) {
            throw Fields.error(node, "'log' must be a list of entries, each starting with '- date:'");
        }
        List<LogEntry> entries = new ArrayList<>();
        LogEntry.Builder b = LogEntry.builder();
        for (YNode item : seq.items()) {
            entries.add(entry(Fields.mapping(item, "a log entry"), b.clear()));
        }
        return entries;
    }

    /** One log entry of a contact file, validated as the reader does for every entry. */
    public static LogEntry entry(YNode.Mapping m) {
        return entry(m, LogEntry.builder());
    }

    private static LogEntry entry(YNode.Mapping m, LogEntry.Builder b) {
        List<Field<?>> keys = EntryFields.ALL;
        for (int i = 0; i < keys.size(); i++) { // by index: no iterator per entry
            Field<?> f = keys.get(i);
            if (f.required()) {
                YNode node = m.get(f.key()).orElseThrow(() -> Fields.error(m, "log entry has no '" + f.key() + "'"));
                b.set(f, required(node, f, "log entry has an empty '" + f.key() + "'"));
            }
        }
        Map<String, Object> extra = Map.of(); // a map of its own only when there are unknown keys
        List<YNode.Entry> all = m.entries();
        for (int i = 0; i < all.size(); i++) {
            YNode.Entry e = all.get(i);
            String key = e.key().value();
            Field<?> f = ENTRY_KEYS.get(key);
            if (f == null) {
                if (extra.isEmpty()) {
                    extra = new LinkedHashMap<>();
                }
                extra.put(key, YNodePlain.of(e.value()));
            } else if (!f.required()) {
                b.set(f, Fields.value(e.value(), f));
            }
        }
        EntryType type = (EntryType) b.get(EntryFields.TYPE);
        String client = (String) b.get(EntryFields.CLIENT);
        if (type.isReferral() && (client == null || client.isBlank())) {
            throw Fields.error(m, "a " + type + " entry needs 'client' (an opaque code like C-0142)");
        }
        return b.extra(extra).build();
    }

    private static Map<String, Field<?>> byKey(List<Field<?>> fields) {
        Map<String, Field<?>> m = new HashMap<>();
        for (Field<?> f : fields) {
            m.put(f.key(), f);
        }
        return Map.copyOf(m);
    }

    /**
     * Every problem that keeps a parsed contact file from reading, for {@code refnet check}: the
     * reader stops at the first, so each one found is set aside (its value left out, or a
     * required one stood in for) and the file read again, until it reads or nothing more can be
     * set aside. The reading rules stay in one place, {@link #toContact}.
     */
    public static List<YamlException> problems(String id, YNode.Mapping root) {
        List<YamlException> found = new ArrayList<>();
        YNode.Mapping current = root;
        while (found.size() < 100) {
            try {
                toContact(id, current);
                return found;
            } catch (YamlException e) {
                found.add(e);
                YNode.Mapping next = setAside(current, new YNode.Pos(e.line(), e.column()));
                if (next == null) {
                    return found;
                }
                current = next;
            }
        }
        return found;
    }

    /** Keys whose value is required: a bad one is stood in for, so the rest of its mapping is still read. */
    private static final Map<String, String> STAND_INS = Map.of("name", "-", "category", "other",
            "date", "2000-01-01", "type", "note");

    /** {@code map} without the value at {@code at} (or with a stand-in for a required one); null when nothing is there. */
    private static YNode.Mapping setAside(YNode.Mapping map, YNode.Pos at) {
        return setAside(map, at, List.of("name", "category"));
    }

    private static YNode.Mapping setAside(YNode.Mapping map, YNode.Pos at, List<String> required) {
        if (at.equals(map.start())) {
            // A missing required key: stand one in.
            for (String key : required) {
                if (map.get(key).isEmpty()) {
                    List<YNode.Entry> entries = new ArrayList<>(map.entries());
                    entries.add(0, new YNode.Entry(scalar(key, map.start()), scalar(STAND_INS.get(key), map.start())));
                    return new YNode.Mapping(entries, map.flow(), map.start(), map.end());
                }
            }
            return null;
        }
        List<YNode.Entry> entries = new ArrayList<>(map.entries());
        for (int i = 0; i < entries.size(); i++) {
            YNode.Entry e = entries.get(i);
            YNode v = e.value();
            if (!within(e.key(), at) && !within(v, at)) {
                continue;
            }
            String key = e.key().value();
            if (v instanceof YNode.Sequence seq && key.equals("log") && within(v, at) && !at.equals(v.start())) {
                List<YNode> items = new ArrayList<>(seq.items());
                for (int j = 0; j < items.size(); j++) {
                    if (within(items.get(j), at)) {
                        YNode.Mapping inner = items.get(j) instanceof YNode.Mapping m ? setAside(m, at, List.of("date", "type")) : null;
                        if (inner == null) {
                            items.remove(j);
                        } else {
                            items.set(j, inner);
                        }
                        entries.set(i, new YNode.Entry(e.key(), new YNode.Sequence(items, seq.flow(), seq.start(), seq.end())));
                        return new YNode.Mapping(entries, map.flow(), map.start(), map.end());
                    }
                }
                return null;
            }
            if (STAND_INS.containsKey(key)) {
                entries.set(i, new YNode.Entry(e.key(), scalar(STAND_INS.get(key), v.start())));
            } else {
                entries.remove(i);
            }
            return new YNode.Mapping(entries, map.flow(), map.start(), map.end());
        }
        return null;
    }

    private static YNode.Scalar scalar(String value, YNode.Pos at) {
        return new YNode.Scalar(value, YNode.Style.PLAIN, at, at);
    }

    /** Whether {@code at} is within {@code node}: from its start up to its end (exclusive), or at its start. */
    private static boolean within(YNode node, YNode.Pos at) {
        return at.equals(node.start()) || (compare(node.start(), at) <= 0 && compare(at, node.end()) < 0);
    }

    private static int compare(YNode.Pos a, YNode.Pos b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
