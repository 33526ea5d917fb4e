package dev.refnet.render;

import dev.refnet.engine.Report;
import dev.refnet.model.Outcome;
import java.util.ArrayList;
import java.util.List;

/** The report as Markdown (GitHub-flavoured tables) for a practice newsletter or a wiki. */
public final class ReportMarkdown {

    private final StringBuilder sb = new StringBuilder();

    private ReportMarkdown() {
    }

    /** The whole report; {@code query} is the filter as typed, or empty. */
    public static String render(Report r, String query) {
        return new ReportMarkdown().build(r, query);
    }

    private String build(Report r, String query) {
        sb.append("# Referrals ").append(r.from()).append(" to ").append(r.to());
        if (r.practice() != null && !r.practice().isBlank()) {
            sb.append(" · ").append(escape(r.practice()));
        }
        sb.append("\n\n");
        if (!query.isBlank()) {
            sb.append("Only contacts matching `").append(query.replace("`", "'")).append("`.\n\n");
        }
        sb.append("**In:** ").append(r.totals().in()).append(" · **Out:** ").append(r.totals().out()).append("\n");

        heading("By category");
        List<List<String>> rows = new ArrayList<>();
        r.byCategory().forEach(c -> rows.add(List.of(c.category().word(), n(c.in()), n(c.out()))));
        table(List.of("Category", "In", "Out"), "lrr", rows, "No referrals in this period.");

        heading("By contact");
        rows.clear();
        r.byContact().forEach(c -> rows.add(List.of(c.name(), c.category().word(), n(c.in()), n(c.out()),
                c.reciprocity() > 0 ? "+" + c.reciprocity() : n(c.reciprocity()), c.lastReferral().toString())));
        table(List.of("Name", "Category", "In", "Out", "In-out", "Last referral"), "llrrrl", rows,
                "No referrals in this period.");

        heading("Who refers to whom");
        rows.clear();
        r.flows().forEach(f -> rows.add(List.of(f.in() ? f.partnerName() : f.clinician(),
                f.in() ? f.clinician() : f.partnerName(), n(f.count()))));
        table(List.of("From", "To", "Count"), "llr", rows, "No referrals in this period.");

        if (r.byClinician().size() > 1) {
            heading("By clinician");
            rows.clear();
            r.byClinician().forEach(c -> rows.add(List.of(c.clinician(), n(c.in()), n(c.out()), n(c.partners()),
                    n(c.outcomes().count(Outcome.SEEN)), n(c.outcomes().open()))));
            table(List.of("Clinician", "In", "Out", "Partners", "Seen", "No outcome"), "lrrrrr", rows, "");
        }

        heading("Month by month");
        rows.clear();
        r.monthly().forEach(m -> rows.add(List.of(m.month().toString(), n(m.in()), n(m.out()))));
        table(List.of("Month", "In", "Out"), "lrr", rows, "");

        heading("Outcomes");
        rows.clear();
        for (Outcome o : Outcome.values()) {
            rows.add(List.of(o.word(), n(r.outcomesIn().count(o)), n(r.outcomesOut().count(o))));
        }
        rows.add(List.of("not recorded", n(r.outcomesIn().open()), n(r.outcomesOut().open())));
        table(List.of("Outcome", "In", "Out"), "lrr", rows, "");

        heading("Our referrals out, seen");
        rows.clear();
        r.referredTo().forEach(x -> rows.add(List.of(x.name(), x.category().word(), n(x.referred()), n(x.seen()))));
        table(List.of("Partner", "Category", "Referred", "Seen"), "llrr", rows, "No referrals out in this period.");
        if (!r.referredByCategory().isEmpty()) {
            sb.append('\n');
            rows.clear();
            r.referredByCategory().forEach(x -> rows.add(List.of(x.category().word(), n(x.referred()), n(x.seen()),
                    ReportText.percent(x.share()))));
            table(List.of("Category", "Referred", "Seen", "Share"), "lrrr", rows, "");
        }

        heading("Top partner");
        r.concentration().ifPresentOrElse(c -> {
            sb.append(escape(c.name())).append(" sent ").append(c.in()).append(" of ").append(c.of())
                    .append(c.of() == 1 ? " referral in (" : " referrals in (").append(ReportText.percent(c.share()))
                    .append(").\n");
            if (c.warning()) {
                sb.append("\n> **").append(ReportText.concentrationWarning()).append("**\n");
            }
        }, () -> sb.append("No referrals in this period.\n"));

        heading("Dormant partners");
        rows.clear();
        r.dormant().forEach(d -> rows.add(List.of(d.name(), d.category().word(), d.lastReferral().toString(),
                n(d.daysSince()))));
        if (!rows.isEmpty()) {
            sb.append("Partners who have sent no referral for more than ").append(r.dormantAfter()).append(".\n\n");
        }
        table(List.of("Name", "Category", "Last referral", "Days since"), "lllr", rows,
                "None: every partner who has referred did so within " + r.dormantAfter() + ".");

        heading("Gaps");
        if (r.missingCategories().isEmpty()) {
            sb.append("An active partner of every kind.\n");
        } else {
            for (Report.MissingCategory m : r.missingCategories()) {
                sb.append("- No ").append(m.category().word()).append(" partners yet");
                if (m.prospects() > 0) {
                    sb.append(" (").append(m.prospects()).append(m.prospects() == 1 ? " prospect)" : " prospects)");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private void heading(String s) {
        sb.append("\n## ").append(s).append("\n\n");
    }

    private void table(List<String> headers, String align, List<List<String>> rows, String empty) {
        if (rows.isEmpty()) {
            sb.append(empty).append('\n');
            return;
        }
        sb.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (int i = 0; i < headers.size(); i++) {
            sb.append(align.charAt(i) == 'r' ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append('|');
            for (String cell : row) {
                sb.append(' ').append(escape(cell)).append(" |");
            }
            sb.append('\n');
        }
    }

    /** Text that Markdown shows as written: no table breaks, emphasis, links or HTML. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    private static String n(long v) {
        return Long.toString(v);
    }
}
