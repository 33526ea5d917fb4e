package dev.refnet.merge;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One value both sides changed in different ways, which the merge leaves to a person.
 * {@code path} names a key ({@code [tags]}, {@code [follow-up, physician]}); for a log entry it is
 * {@code [log]} and {@code entry} holds that entry's identifying keys (date, type, client). A value
 * is null when that side has no such key or entry; {@code field} is the entry's key that differs, or
 * null when the entry as a whole is at stake (removed on one side, edited on the other).
 */
public record Conflict(String contact, List<String> path, Map<String, Object> entry, String field,
        Object ours, Object base, Object theirs) {

    public Conflict {
        path = List.copyOf(path);
    }

    /** Whether the conflict is about a log entry rather than a key of the file. */
    public boolean isEntry() {
        return entry != null;
    }

    /** What is at stake, in words: {@code tags}, {@code the referral-in of C-0142 on 2025-02-10}. */
    public String where() {
        if (entry == null) {
            return String.join(".", path);
        }
        Object client = entry.get("client");
        return "the " + entry.get("type") + (client != null ? " of " + client : "") + " on " + entry.get("date");
    }

    /** One line: the contact, the field, both values. */
    public String describe() {
        String what = entry == null ? "'" + where() + "'"
                : field == null ? where() : "'" + field + "' of " + where();
        return contact + ": " + what + " is " + show(ours) + " on this side and " + show(theirs) + " on the other"
                + (base == null ? "" : " (it was " + show(base) + ")");
    }

    static String show(Object v) {
        if (v == null) {
            return "removed";
        }
        if (v instanceof String s) {
            return "'" + s.replace("\n", "\\n") + "'";
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Conflict::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(v);
    }
}
