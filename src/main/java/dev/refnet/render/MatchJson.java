package dev.refnet.render;

import dev.refnet.engine.Match;
import dev.refnet.model.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code refnet match --format json}, as docs/format.md#section-8-2 gives it: today, the need's terms, the candidates in rank order. */
public final class MatchJson {

    private MatchJson() {
    }

    public static Map<String, Object> of(Match m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("today", m.today().toString());
        out.put("need", m.need());
        List<Object> candidates = new ArrayList<>();
        for (Match.Candidate c : m.candidates()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contact", c.contact().id());
            row.put("name", c.contact().name());
            row.put("category", c.contact().category().word());
            row.put("score", c.score());
            row.put("matched", c.matched());
            row.put("unmet", c.unmet());
            row.put("accepting", c.availability().accepting() == null ? null : c.availability().accepting().word());
            row.put("acceptingChecked", c.availability().checked() == null ? null : c.availability().checked().toString());
            row.put("stale", c.availability().stale());
            row.put("referralsIn", c.referralsIn());
            row.put("referralsOut", c.referralsOut());
            Map<String, Object> outcomes = new LinkedHashMap<>();
            for (Outcome o : Outcome.values()) {
                Integer n = c.outcomesOut().get(o);
                if (n != null) {
                    outcomes.put(o.word(), n);
                }
            }
            row.put("outcomesOut", outcomes);
            candidates.add(row);
        }
        out.put("candidates", candidates);
        return out;
    }

    /** The candidates as CSV rows, for a spreadsheet. */
    public static String csv(Match m, dev.refnet.model.Cadence lookback) {
        List<List<?>> rows = new ArrayList<>();
        int rank = 0;
        for (Match.Candidate c : m.candidates()) {
            rows.add(List.of(++rank, c.contact().id(), c.contact().name(), c.contact().category().word(), c.score(),
                    nz(c.contact().phone()), nz(c.contact().email()),
                    c.availability().accepting() == null ? "" : c.availability().accepting().word(),
                    c.availability().checked() == null ? "" : c.availability().checked().toString(),
                    c.availability().stale() == null ? "" : c.availability().stale(), c.referralsIn(), c.referralsOut(), c.seen(), c.referredOut(),
                    MatchText.why(c, m, lookback)));
        }
        return Csv.write(List.of("rank", "contact", "name", "category", "score", "phone", "email", "accepting",
                "acceptingChecked", "stale", "referralsIn", "referralsOut", "seen", "referred", "why"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
