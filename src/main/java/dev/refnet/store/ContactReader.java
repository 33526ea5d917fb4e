package dev.refnet.store;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import dev.refnet.yaml.YamlReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the text of a contact file into a {@link Contact}, or a located {@link YamlException}. */
public final class ContactReader {

    /** Keys of a contact in the order SPEC 1.2 writes them; {@code log} is always last. */
    public static final List<String> KEY_ORDER = List.of("name", "category", "organization", "role",
            "specialties", "email", "phone", "tags", "status", "follow-up", "since", "snooze-until",
            "accepting-referrals", "notes", "log");

    /** Keys of a log entry in the order refnet writes them. */
    public static final List<String> ENTRY_KEY_ORDER =
            List.of("date", "type", "client", "to", "from", "reason", "outcome", "note");

    private static final Set<String> KNOWN = Set.copyOf(KEY_ORDER);
    private static final Set<String> KNOWN_ENTRY = Set.copyOf(ENTRY_KEY_ORDER);

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
        String name = Fields.requiredText(map, "name", map);
        YNode categoryNode = map.get("category").orElseThrow(() -> Fields.error(map, "missing required key 'category'"));
        Category category = Fields.word(categoryNode, "category", Category::parse, () -> words(Category.values()));
        if (category == null) {
            throw Fields.error(categoryNode, "'category' is empty; it is required");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        String organization = null;
        String role = null;
        List<String> specialties = List.of();
        String email = null;
        String phone = null;
        List<String> tags = List.of();
        Status status = null;
        dev.refnet.model.Cadence followUp = null;
        LocalDate since = null;
        LocalDate snooze = null;
        Boolean accepting = null;
        String notes = null;
        List<LogEntry> log = List.of();
        for (YNode.Entry e : map.entries()) {
            String key = e.key().value();
            YNode v = e.value();
            switch (key) {
                case "name", "category" -> { }
                case "organization" -> organization = SharedStrings.of(Fields.text(v, key));
                case "role" -> role = SharedStrings.of(Fields.text(v, key));
                case "specialties" -> specialties = Fields.list(v, key);
                case "email" -> email = Fields.text(v, key);
                case "phone" -> phone = Fields.text(v, key);
                case "tags" -> tags = Fields.list(v, key);
                case "status" -> status = Fields.word(v, key, Status::parse, () -> words(Status.values()));
                case "follow-up" -> followUp = Fields.cadence(v, key);
                case "since" -> since = Fields.date(v, key);
                case "snooze-until" -> snooze = Fields.date(v, key);
                case "accepting-referrals" -> accepting = Fields.bool(v, key);
                case "notes" -> notes = Fields.text(v, key);
                case "log" -> log = log(v);
                default -> extra.put(key, YNodePlain.of(v));
            }
        }
        return new Contact(id, name, category, organization, role, specialties, email, phone, tags, status,
                followUp, since, accepting, notes, snooze, log, extra);
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

    static LogEntry entry(YNode.Mapping m) {
        YNode dateNode = m.get("date").orElseThrow(() -> Fields.error(m, "log entry has no 'date'"));
        LocalDate date = Fields.date(dateNode, "date");
        if (date == null) {
            throw Fields.error(dateNode, "log entry has an empty 'date'");
        }
        YNode typeNode = m.get("type").orElseThrow(() -> Fields.error(m, "log entry has no 'type'"));
        EntryType type = Fields.word(typeNode, "type", EntryType::parse, () -> words(EntryType.values()));
        if (type == null) {
            throw Fields.error(typeNode, "log entry has an empty 'type'");
        }
        Map<String, Object> extra = Map.of(); // a map of its own only when there are unknown keys
        String note = null;
        String client = null;
        String to = null;
        String from = null;
        String reason = null;
        Outcome outcome = null;
        List<YNode.Entry> all = m.entries();
        for (int i = 0; i < all.size(); i++) { // by index: no iterator object per entry under C1
            YNode.Entry e = all.get(i);
            String key = e.key().value();
            YNode v = e.value();
            if (!KNOWN_ENTRY.contains(key)) {
                if (extra.isEmpty()) {
                    extra = new LinkedHashMap<>();
                }
                extra.put(key, YNodePlain.of(v));
                continue;
            }
            switch (key) {
                case "note" -> note = SharedStrings.of(Fields.text(v, key));
                case "client" -> client = Fields.text(v, key);
                case "to" -> to = SharedStrings.of(Fields.text(v, key));
                case "from" -> from = SharedStrings.of(Fields.text(v, key));
                case "reason" -> reason = SharedStrings.of(Fields.text(v, key));
                case "outcome" -> outcome = Fields.word(v, key, Outcome::parse, () -> words(Outcome.values()));
                default -> { }
            }
        }
        if (type.isReferral() && (client == null || client.isBlank())) {
            throw Fields.error(m, "a " + type + " entry needs 'client' (an opaque code like C-0142)");
        }
        return new LogEntry(date, type, note, client, to, from, reason, outcome, extra);
    }

    static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }

    static boolean isKnownKey(String key) {
        return KNOWN.contains(key);
    }
}
