package dev.refnet.render;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contacts and log entries as JSON-ready maps, keys in camelCase as in docs/format.md's JSON. */
public final class ContactJson {

    private ContactJson() {
    }

    public static Map<String, Object> contact(Contact c, LocalDate today, boolean withLog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        for (Field<?> f : ContactFields.ALL) {
            m.put(f.jsonName(), value(f, c.get(f)));
        }
        m.put("lastContact", str(c.lastContact(today).orElse(null)));
        if (!c.extra().isEmpty()) {
            m.put("extra", c.extra());
        }
        if (withLog) {
            List<Object> log = new ArrayList<>();
            for (LogEntry e : c.logByDate()) {
                log.add(entry(e));
            }
            m.put("log", log);
        }
        return m;
    }

    /** An entry's keys that have a value, in the order refnet writes them. */
    public static Map<String, Object> entry(LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field<?> f : EntryFields.ALL) {
            Object v = e.get(f);
            if (v != null) {
                m.put(f.jsonName(), value(f, v));
            }
        }
        if (!e.extra().isEmpty()) {
            m.put("extra", e.extra());
        }
        return m;
    }

    /** A value as JSON gives it: lists as arrays, true/false as booleans, the rest as text. */
    static Object value(Field<?> f, Object v) {
        return switch (f.kind()) {
            case TEXT_LIST, BOOLEAN -> v;
            case TEXT, WORD, DATE, CADENCE -> f.text(v, "");
        };
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
