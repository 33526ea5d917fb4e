package dev.refnet.render;

import dev.refnet.engine.Report;
import dev.refnet.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;

/**
 * The report for a person at a terminal: a heading, then one section per part with an aligned
 * table, and the monthly counts as bar charts drawn with Unicode blocks scaled to the width.
 */
public final class ReportText {

    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    private static final int MAX_BAR = 60;
    /** A person reads the busiest flows; the other formats keep every one. */
    static final int TOP_FLOWS = 15;

    private final Report r;
    private final String query;
    private final int width;
    private final Ansi ansi;
    private final StringBuilder sb = new StringBuilder();

    private ReportText(Report r, String query, int width, Ansi ansi) {
        this.r = r;
        this.query = query;
        this.width = width;
        this.ansi = ansi;
    }

    /** The whole report; {@code query} is the filter as typed, or empty. */
    public static String render(Report r, String query, int width, Ansi ansi) {
        return new ReportText(r, query, width, ansi).render();
    }

    private String render() {
        String title = "Referrals " + r.from() + " to " + r.to()
                + (r.practice() == null || r.practice().isBlank() ? "" : " · " + r.practice());
        sb.append(Style.apply(ansi, "bold", title)).append('\n');
        if (!query.isBlank()) {
            sb.append("Only contacts matching: ").append(query).append('\n');
        }
        sb.append("In: ").append(r.totals().in()).append("   Out: ").append(r.totals().out()).append('\n');

        heading("By category");
        if (r.byCategory().isEmpty()) {
            sb.append("No referrals in this period.\n");
        } else {
            Table t = new Table("CATEGORY", "IN", "OUT").alignRight(1).alignRight(2);
            r.byCategory().forEach(c -> t.row(c.category().word(), n(c.in()), n(c.out())));
            sb.append(t.render(width, ansi));
        }

        heading("By contact");
        if (r.byContact().isEmpty()) {
            sb.append("No referrals in this period.\n");
        } else {
            Table t = new Table("NAME", "CATEGORY", "IN", "OUT", "IN-OUT", "LAST REFERRAL")
                    .alignRight(2).alignRight(3).alignRight(4);
            r.byContact().forEach(c -> t.row(c.name(), c.category().word(), n(c.in()), n(c.out()),
                    signed(c.reciprocity()), c.lastReferral().toString()));
            sb.append(t.render(width, ansi));
        }

        heading("Who refers to whom");
        if (r.flows().isEmpty()) {
            sb.append("No referrals in this period.\n");
        } else {
            Table t = new Table("FROM", "TO", "COUNT").alignRight(2);
            r.flows().stream().limit(TOP_FLOWS).forEach(f -> t.row(f.in() ? f.partnerName() : f.clinician(),
                    f.in() ? f.clinician() : f.partnerName(), n(f.count())));
            sb.append(t.render(width, ansi));
            int more = r.flows().size() - TOP_FLOWS;
            if (more > 0) {
                prose("… and " + more + (more == 1 ? " more flow" : " more flows")
                        + "; --format csv, json or markdown lists them all.");
            }
        }

        if (r.byClinician().size() > 1) {
            heading("By clinician");
            Table t = new Table("CLINICIAN", "IN", "OUT", "PARTNERS", "SEEN", "NO OUTCOME")
                    .alignRight(1).alignRight(2).alignRight(3).alignRight(4).alignRight(5);
            r.byClinician().forEach(c -> t.row(c.clinician(), n(c.in()), n(c.out()), n(c.partners()),
                    n(c.outcomes().count(Outcome.SEEN)), n(c.outcomes().open())));
            sb.append(t.render(width, ansi));
        }

        heading("Month by month");
        monthly();

        heading("Outcomes");
        Table o = new Table("OUTCOME", "IN", "OUT").alignRight(1).alignRight(2);
        for (Outcome k : Outcome.values()) {
            o.row(k.word(), n(r.outcomesIn().count(k)), n(r.outcomesOut().count(k)));
        }
        o.row("not recorded", n(r.outcomesIn().open()), n(r.outcomesOut().open()));
        sb.append(o.render(width, ansi));

        heading("Our referrals out, seen");
        if (r.referredTo().isEmpty()) {
            sb.append("No referrals out in this period.\n");
        } else {
            Table p = new Table("PARTNER", "CATEGORY", "REFERRED", "SEEN").alignRight(2).alignRight(3);
            r.referredTo().forEach(x -> p.row(x.name(), x.category().word(), n(x.referred()), n(x.seen())));
            sb.append(p.render(width, ansi)).append('\n');
            Table k = new Table("CATEGORY", "REFERRED", "SEEN", "SHARE").alignRight(1).alignRight(2).alignRight(3);
            r.referredByCategory().forEach(x -> k.row(x.category().word(), n(x.referred()), n(x.seen()), percent(x.share())));
            sb.append(k.render(width, ansi));
        }

        heading("Top partner");
        r.concentration().ifPresentOrElse(c -> {
            prose(c.name() + " sent " + c.in() + " of " + c.of() + (c.of() == 1 ? " referral in (" : " referrals in (")
                    + percent(c.share()) + ").");
            if (c.warning()) {
                for (String line : wrap(concentrationWarning(), width)) {
                    sb.append(Style.apply(ansi, "yellow,bold", line)).append('\n');
                }
            }
        }, () -> sb.append("No referrals in this period.\n"));

        heading("Dormant partners");
        if (r.dormant().isEmpty()) {
            prose("None: every partner who has referred did so within " + r.dormantAfter() + ".");
        } else {
            prose("Partners who have sent no referral for more than " + r.dormantAfter()
                    + "; a check-in may revive them.");
            Table t = new Table("NAME", "CATEGORY", "LAST REFERRAL", "DAYS SINCE").alignRight(3);
            r.dormant().forEach(d -> t.row(d.name(), d.category().word(), d.lastReferral().toString(), n(d.daysSince())));
            sb.append(t.render(width, ansi));
        }

        heading("Gaps");
        if (r.missingCategories().isEmpty()) {
            sb.append("You have an active partner of every kind.\n");
        } else {
            for (Report.MissingCategory m : r.missingCategories()) {
                sb.append("No ").append(m.category().word()).append(" partners yet");
                if (m.prospects() > 0) {
                    sb.append(" (").append(m.prospects()).append(m.prospects() == 1 ? " prospect)" : " prospects)");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The warning shown when one partner sends most referrals in. */
    static String concentrationWarning() {
        return "Warning: one partner sends " + percent(Report.CONCENTRATION_SHARE) + " or more of your referrals in;"
                + " widen your network so that losing one relationship does not empty your caseload.";
    }

    private void prose(String text) {
        wrap(text, width).forEach(line -> sb.append(line).append('\n'));
    }

    static List<String> wrap(String text, int width) {
        return Display.wrap(text, width);
    }

    private void heading(String s) {
        sb.append('\n').append(Style.apply(ansi, "bold,underline", s)).append('\n');
    }

    /** In and out side by side: MONTH, IN count and bar, OUT count and bar. */
    private void monthly() {
        int max = 0;
        for (Report.MonthRow m : r.monthly()) {
            max = Math.max(max, Math.max(m.in(), m.out()));
        }
        int digits = Math.max(3, String.valueOf(max).length());
        int bar = Math.max(5, Math.min(MAX_BAR, (width - 7 - 2 - 2 * (digits + 1) - 2) / 2));
        // "MONTH" padded to a month's width (YYYY-MM), then the same gap as the rows.
        String head = "MONTH    " + pad("IN", digits) + " " + " ".repeat(bar) + "  " + pad("OUT", digits);
        sb.append(Style.apply(ansi, "bold", head)).append('\n');
        for (Report.MonthRow m : r.monthly()) {
            String in = bar(m.in(), max, bar);
            String out = bar(m.out(), max, bar);
            String line = m.month() + "  " + pad(n(m.in()), digits) + " " + colour("green", in)
                    + " ".repeat(bar - Display.width(in)) + "  " + pad(n(m.out()), digits) + " " + colour("cyan", out);
            sb.append(line.stripTrailing()).append('\n');
        }
    }

    private String colour(String style, String s) {
        return Style.apply(ansi, style, s);
    }

    /** {@code value} of {@code max} as up to {@code cells} cells of eighth blocks; never empty when above 0. */
    static String bar(int value, int max, int cells) {
        if (value <= 0 || max <= 0) {
            return "";
        }
        long eighths = Math.max(1, Math.round((double) value * cells * 8 / max));
        return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }

    private static String pad(String s, int w) {
        return " ".repeat(Math.max(0, w - s.length())) + s;
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : Integer.toString(v);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
