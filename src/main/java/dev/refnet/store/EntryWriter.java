package dev.refnet.store;

import dev.refnet.model.EntryFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import java.util.ArrayList;
import java.util.List;

/** Writes one log entry as YAML text, in block or flow style, keys in refnet's order. */
final class EntryWriter {

    private EntryWriter() {
    }

    /** {@code - date: …} at {@code dashIndent}, the other keys at {@code keyIndent}. */
    static String block(LogEntry e, int dashIndent, int keyIndent, String nl) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Field<?> f : EntryFields.ALL) {
            Object v = e.get(f);
            if (f.isFallback(v)) {
                continue;
            }
            sb.append(first ? " ".repeat(dashIndent) + "-" + " ".repeat(Math.max(1, keyIndent - dashIndent - 1)) : " ".repeat(keyIndent));
            sb.append(FieldYaml.line(f, v, keyIndent, nl));
            first = false;
        }
        return sb.toString();
    }

    /** {@code {date: …, type: …}}. */
    static String flow(LogEntry e) {
        List<String> parts = new ArrayList<>();
        for (Field<?> f : EntryFields.ALL) {
            Object v = e.get(f);
            if (!f.isFallback(v)) {
                parts.add(f.key() + ": " + FieldYaml.value(f, v, true));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
