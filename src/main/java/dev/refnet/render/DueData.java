package dev.refnet.render;

import dev.refnet.engine.Due;
import dev.refnet.engine.DueItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code refnet due} as data: the JSON object of docs/format.md#section-2, and CSV with one row per item. */
public final class DueData {

    /** The CSV columns: the JSON keys, with a thank-you's referrals (dates, clients, consents) joined by {@code ;}. */
    public static final List<String> CSV_HEADER = List.of("kind", "contact", "name", "category", "due", "overdue",
            "direction", "date", "client", "lastContact", "cadence", "clinician", "consent");

    private DueData() {
    }

    /** The JSON object of docs/format.md#section-2, keys in its order. */
    public static Map<String, Object> json(Due.Result result, List<DueItem> items) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("today", result.today().toString());
        List<Object> list = new ArrayList<>();
        for (DueItem i : items) {
            list.add(item(i));
        }
        root.put("items", list);
        return root;
    }

    static Map<String, Object> item(DueItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", i.kind().word());
        m.put("contact", i.contact().id());
        m.put("name", i.contact().name());
        m.put("category", i.contact().category().word());
        m.put("due", i.due().toString());
        m.put("overdue", i.overdue());
        if (i instanceof DueItem.ThankYou t) {
            List<Object> refs = new ArrayList<>();
            for (DueItem.Referral r : t.referrals()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("date", r.date().toString());
                rm.put("client", r.client());
                rm.put("clinician", r.clinician());
                rm.put("consent", r.consent().word());
                rm.put("releaseUntil", r.releaseUntil() == null ? null : r.releaseUntil().toString());
                refs.add(rm);
            }
            m.put("referrals", refs);
        } else if (i instanceof DueItem.Outcome o) {
            m.put("direction", o.direction());
            m.put("date", o.referralDate().toString());
            m.put("client", o.client());
        } else if (i instanceof DueItem.CheckIn c) {
            m.put("lastContact", c.lastContact() == null ? null : c.lastContact().toString());
            m.put("cadence", c.cadence().text());
        }
        // After the keys of the format reference's section 2: the clinician whose item it is
        // (a thank-you's first referral's; each referral names its own).
        m.put("clinician", i.clinicians().get(0));
        return m;
    }

    /** One row per item, in {@link #CSV_HEADER}'s columns; empty cells where a kind has no such value. */
    public static List<List<?>> csvRows(List<DueItem> items) {
        List<List<?>> rows = new ArrayList<>();
        for (DueItem i : items) {
            String direction = "";
            String date = "";
            String client = "";
            String last = "";
            String cadence = "";
            String consent = "";
            if (i instanceof DueItem.ThankYou t) {
                consent = t.referrals().stream().map(r -> r.consent().word()).collect(Collectors.joining(";"));
                date = t.referrals().stream().map(r -> r.date().toString()).collect(Collectors.joining(";"));
                client = t.referrals().stream().map(DueItem.Referral::client).collect(Collectors.joining(";"));
            } else if (i instanceof DueItem.Outcome o) {
                direction = o.direction();
                date = o.referralDate().toString();
                client = o.client();
            } else if (i instanceof DueItem.CheckIn c) {
                last = c.lastContact() == null ? "" : c.lastContact().toString();
                cadence = c.cadence().text();
            }
            rows.add(List.of(i.kind().word(), i.contact().id(), i.contact().name(), i.contact().category().word(),
                    i.due().toString(), String.valueOf(i.overdue()), direction, date, client, last, cadence,
                    String.join(";", i.clinicians()), consent));
        }
        return rows;
    }
}
