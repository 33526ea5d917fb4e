package dev.refnet.store;

import dev.refnet.model.EntryFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.yaml.YamlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        // Keys refnet does not know, kept when a merge inserts an entry that a person gave them.
        for (Map.Entry<String, Object> x : e.extra().entrySet()) {
            if (x.getValue() instanceof String s) {
                sb.append(" ".repeat(keyIndent));
                sb.append(YamlText.wantsBlock(s) ? YamlText.literalBlock(x.getKey(), s, keyIndent + 2, nl)
                        : x.getKey() + ": " + YamlText.scalar(s) + nl);
            }
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
        for (Map.Entry<String, Object> x : e.extra().entrySet()) {
            if (x.getValue() instanceof String s) {
                parts.add(x.getKey() + ": " + YamlText.flowScalar(s));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
