package dev.refnet.render;

import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contacts and log entries as JSON-ready maps, keys in camelCase as in SPEC's JSON. */
public final class ContactJson {

    private ContactJson() {
    }

    public static Map<String, Object> contact(Contact c, LocalDate today, boolean withLog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("category", c.category().word());
        m.put("organization", c.organization());
        m.put("role", c.role());
        m.put("specialties", c.specialties());
        m.put("email", c.email());
        m.put("phone", c.phone());
        m.put("tags", c.tags());
        m.put("status", c.status().word());
        m.put("followUp", c.followUp() == null ? null : c.followUp().text());
        m.put("since", str(c.since()));
        m.put("snoozeUntil", str(c.snoozeUntil()));
        m.put("acceptingReferrals", c.acceptingReferrals());
        m.put("notes", c.notes());
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

    public static Map<String, Object> entry(LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date().toString());
        m.put("type", e.type().word());
        putIf(m, "client", e.client());
        putIf(m, "to", e.to());
        putIf(m, "from", e.from());
        putIf(m, "reason", e.reason());
        putIf(m, "outcome", e.outcome() == null ? null : e.outcome().word());
        putIf(m, "note", e.note());
        if (!e.extra().isEmpty()) {
            m.put("extra", e.extra());
        }
        return m;
    }

    private static void putIf(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
