package dev.refnet.render;

import dev.refnet.engine.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's rows for a spreadsheet, as one table with a {@code section} column: first a
 * {@code contact} row per contact (in, out, their sum as count, last referral), then a
 * {@code flow} row per edge (from, to, count, and the partner's id, name and category), then a
 * {@code clinician} row per clinician (its name, in, out, their sum, partners, and referrals seen),
 * then a {@code referred-to} row per partner we referred to (out: referred, seen) and a
 * {@code referred-category} row per category (the same, summed).
 */
public final class ReportCsv {

    /** The header, one column per field; a row leaves empty what its section does not have. */
    public static final List<String> HEADER =
            List.of("section", "from", "to", "contact", "name", "category", "in", "out", "count", "lastReferral",
                    "partners", "seen");

    private ReportCsv() {
    }

    public static String render(Report r) {
        List<List<?>> rows = new ArrayList<>();
        for (Report.ContactRow c : r.byContact()) {
            rows.add(List.of("contact", "", "", c.contact(), c.name(), c.category().word(), c.in(), c.out(), c.total(),
                    c.lastReferral().toString(), "", ""));
        }
        for (Report.Flow f : r.flows()) {
            String category = r.byContact().stream().filter(c -> c.contact().equals(f.partner()))
                    .map(c -> c.category().word()).findFirst().orElse("");
            rows.add(List.of("flow", f.from(), f.to(), f.partner(), f.partnerName(), category, "", "", f.count(), "", "", ""));
        }
        for (Report.ClinicianRow c : r.byClinician()) {
            rows.add(List.of("clinician", "", "", "", c.clinician(), "", c.in(), c.out(), c.total(), "", c.partners(),
                    c.outcomes().count(dev.refnet.model.Outcome.SEEN)));
        }
        for (Report.ReferredRow x : r.referredTo()) {
            rows.add(List.of("referred-to", "", "", x.contact(), x.name(), x.category().word(), "", x.referred(), "", "", "",
                    x.seen()));
        }
        for (Report.ReferredCategoryRow x : r.referredByCategory()) {
            rows.add(List.of("referred-category", "", "", "", "", x.category().word(), "", x.referred(), "", "", "", x.seen()));
        }
        return Csv.write(HEADER, rows);
    }
}
