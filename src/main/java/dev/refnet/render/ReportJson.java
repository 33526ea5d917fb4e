package dev.refnet.render;

import dev.refnet.engine.Report;
import dev.refnet.model.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as the JSON of docs/format.md#section-3: every key there, in that order, then refnet's extra keys
 * (per row: reciprocity, direction and partner names, category; at the end: today, outcomes,
 * concentration, missingCategories).
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static Map<String, Object> of(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from().toString());
        m.put("to", r.to().toString());
        m.put("totals", map("in", r.totals().in(), "out", r.totals().out()));
        List<Object> cats = new ArrayList<>();
        for (Report.CategoryRow c : r.byCategory()) {
            cats.add(map("category", c.category().word(), "in", c.in(), "out", c.out()));
        }
        m.put("byCategory", cats);
        List<Object> contacts = new ArrayList<>();
        for (Report.ContactRow c : r.byContact()) {
            Map<String, Object> row = map("contact", c.contact(), "name", c.name(), "category", c.category().word(),
                    "in", c.in(), "out", c.out());
            row.put("lastReferral", c.lastReferral().toString());
            row.put("reciprocity", c.reciprocity());
            contacts.add(row);
        }
        m.put("byContact", contacts);
        List<Object> flows = new ArrayList<>();
        for (Report.Flow f : r.flows()) {
            Map<String, Object> row = map("from", f.from(), "to", f.to(), "count", f.count(),
                    "direction", f.in() ? "in" : "out", "partnerName", f.partnerName());
            flows.add(row);
        }
        m.put("flows", flows);
        List<Object> months = new ArrayList<>();
        for (Report.MonthRow mo : r.monthly()) {
            months.add(map("month", mo.month().toString(), "in", mo.in(), "out", mo.out()));
        }
        m.put("monthly", months);
        List<Object> dormant = new ArrayList<>();
        for (Report.DormantRow d : r.dormant()) {
            Map<String, Object> row = map("contact", d.contact(), "name", d.name(), "lastReferral", d.lastReferral().toString(),
                    "daysSince", d.daysSince());
            row.put("category", d.category().word());
            dormant.add(row);
        }
        m.put("dormant", dormant);
        m.put("today", r.today().toString());
        m.put("outcomes", map("in", outcomes(r.outcomesIn()), "out", outcomes(r.outcomesOut())));
        m.put("concentration", r.concentration().map(c -> {
            Map<String, Object> row = map("contact", c.contact(), "name", c.name(), "in", c.in(), "of", c.of());
            row.put("share", Math.round(c.share() * 1000) / 1000.0);
            row.put("warning", c.warning());
            return row;
        }).orElse(null));
        List<Object> missing = new ArrayList<>();
        for (Report.MissingCategory mc : r.missingCategories()) {
            missing.add(map("category", mc.category().word(), "prospects", mc.prospects()));
        }
        m.put("missingCategories", missing);
        List<Object> clinicians = new ArrayList<>();
        for (Report.ClinicianRow c : r.byClinician()) {
            Map<String, Object> row = map("clinician", c.clinician(), "in", c.in(), "out", c.out(), "partners", c.partners());
            row.put("outcomes", outcomes(c.outcomes()));
            clinicians.add(row);
        }
        m.put("byClinician", clinicians);
        List<Object> referred = new ArrayList<>();
        for (Report.ReferredRow x : r.referredTo()) {
            referred.add(map("contact", x.contact(), "name", x.name(), "category", x.category().word(),
                    "referred", x.referred(), "seen", x.seen()));
        }
        List<Object> referredCategories = new ArrayList<>();
        for (Report.ReferredCategoryRow x : r.referredByCategory()) {
            Map<String, Object> row = map("category", x.category().word(), "referred", x.referred(), "seen", x.seen());
            row.put("share", Math.round(x.share() * 1000) / 1000.0);
            referredCategories.add(row);
        }
        m.put("seenOut", map("byContact", referred, "byCategory", referredCategories));
        return m;
    }

    private static Map<String, Object> outcomes(Report.OutcomeMix mix) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            m.put(o.word(), mix.count(o));
        }
        m.put("open", mix.open());
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
