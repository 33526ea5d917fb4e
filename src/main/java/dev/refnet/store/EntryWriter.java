package dev.refnet.store;

import dev.refnet.model.LogEntry;
import dev.refnet.yaml.YamlText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes one log entry as YAML text, in block or flow style, keys in refnet's order. */
final class EntryWriter {

    private EntryWriter() {
    }

    static Map<String, String> fields(LogEntry e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", e.date().toString());
        m.put("type", e.type().word());
        put(m, "client", e.client());
        put(m, "to", e.to());
        put(m, "from", e.from());
        put(m, "reason", e.reason());
        put(m, "outcome", e.outcome() == null ? null : e.outcome().word());
        put(m, "note", e.note());
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** {@code - date: …} at {@code dashIndent}, the other keys at {@code keyIndent}. */
    static String block(LogEntry e, int dashIndent, int keyIndent, String nl) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, String> f : fields(e).entrySet()) {
            sb.append(first ? " ".repeat(dashIndent) + "-" + " ".repeat(Math.max(1, keyIndent - dashIndent - 1)) : " ".repeat(keyIndent));
            String k = f.getKey();
            String v = f.getValue();
            if (k.equals("date") || k.equals("type") || k.equals("outcome")) {
                sb.append(k).append(": ").append(v).append(nl);
            } else if (YamlText.wantsBlock(v)) {
                sb.append(YamlText.literalBlock(k, v, keyIndent + 2, nl));
            } else {
                sb.append(k).append(": ").append(YamlText.scalar(v)).append(nl);
            }
            first = false;
        }
        return sb.toString();
    }

    /** {@code {date: …, type: …}}. */
    static String flow(LogEntry e) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> f : fields(e).entrySet()) {
            String k = f.getKey();
            boolean raw = k.equals("date") || k.equals("type") || k.equals("outcome");
            parts.add(k + ": " + (raw ? f.getValue() : YamlText.flowScalar(f.getValue())));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
