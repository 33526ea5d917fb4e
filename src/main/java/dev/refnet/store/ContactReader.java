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
        for (YNode item : seq.items()) {
            entries.add(entry(Fields.mapping(item, "a log entry")));
        }
        return entries;
    }

    /** One log entry of a contact file, validated as the reader does for every entry. */
    public static LogEntry entry(YNode.Mapping m) {
        LogEntry.Builder b = LogEntry.builder();
        for (Field<?> f : EntryFields.ALL) {
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

    static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
