package dev.refnet.render;

import dev.refnet.engine.Match;
import dev.refnet.model.Cadence;
import dev.refnet.model.Contact;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code refnet match} for a person: a numbered short list, each partner with how to reach them
 * and one line of why; when fewer than three fit, which terms left the others out.
 */
public final class MatchText {

    /** Fewer candidates than this, and the answer says what left the others out. */
    public static final int FEW = 3;

    private MatchText() {
    }

    public static String render(Match m, int limit, Cadence lookback, Ansi ansi) {
        StringBuilder sb = new StringBuilder();
        String need = String.join(" ", m.need());
        int n = m.candidates().size();
        if (n == 0) {
            sb.append("None of ").append(m.partners()).append(" active partners fits")
                    .append(need.isEmpty() ? "" : " " + need).append(".\n");
        } else {
            sb.append(n).append(" of ").append(m.partners()).append(" active partners fit")
                    .append(need.isEmpty() ? "" : " " + need).append(":\n\n");
        }
        int shown = Math.min(limit, n);
        for (int i = 0; i < shown; i++) {
            Match.Candidate c = m.candidates().get(i);
            Contact p = c.contact();
            String head = (i + 1) + ". ";
            String indent = " ".repeat(head.length());
            sb.append(head).append(Style.apply(ansi, "bold", p.name())).append(" (").append(p.category().word()).append(')');
            if (p.organization() != null && !p.organization().equals(p.name())) {
                sb.append(", ").append(p.organization());
            }
            sb.append('\n');
            List<String> reach = new ArrayList<>();
            if (p.phone() != null) {
                reach.add(p.phone());
            }
            if (p.email() != null) {
                reach.add(p.email());
            }
            sb.append(indent).append(reach.isEmpty() ? "no phone or e-mail recorded: refnet show " + p.id()
                    : String.join("  ", reach)).append('\n');
            sb.append(indent).append(why(c, m, lookback)).append('\n');
        }
        if (n > shown) {
            sb.append("\n").append(n - shown).append(n - shown == 1 ? " more fits" : " more fit")
                    .append("; see ").append(n - shown == 1 ? "it" : "them").append(" with --limit ").append(n).append('\n');
        }
        if (n < FEW && !m.exclusions().isEmpty()) {
            sb.append(n == 0 ? "" : "\n").append(exclusions(m)).append('\n');
        }
        return sb.toString();
    }

    /** The line of why: what fitted, what met the requirements, availability, outcomes, relationship. */
    public static String why(Match.Candidate c, Match m, Cadence lookback) {
        List<String> parts = new ArrayList<>();
        if (!c.fits().isEmpty()) {
            parts.add(String.join(", ", c.fits()));
        }
        if (!c.meets().isEmpty()) {
            parts.add(String.join(", ", c.meets()));
        }
        if (!c.unmet().isEmpty()) {
            parts.add("not " + String.join(", ", c.unmet()));
        }
        parts.add(AvailabilityText.of(c.availability(), m.today()));
        if (c.referredOut() > 0) {
            parts.add(c.seen() + " of " + c.referredOut() + " of our referrals seen");
        }
        if (c.referralsIn() > 0) {
            parts.add("sent us " + c.referralsIn() + " in the last " + spelled(lookback));
        }
        return String.join("; ", parts);
    }

    /** Which terms left partners out: the most first, with how many each. */
    static String exclusions(Match m) {
        List<Match.Exclusion> ex = m.exclusions();
        StringBuilder sb = new StringBuilder("Most were left out by ").append(label(ex.get(0).term()))
                .append(" (").append(ex.get(0).excluded()).append(" of ").append(m.partners()).append(')');
        for (int i = 1; i < ex.size(); i++) {
            sb.append(i == 1 ? "; then " : ", ").append(label(ex.get(i).term())).append(" (").append(ex.get(i).excluded()).append(')');
        }
        return sb.append('.').toString();
    }

    private static String label(String term) {
        return term.contains(" ") || !term.contains(":") && !term.equals("telehealth") ? "'" + term + "'" : term;
    }

    /** 180d as "180 days", 6m as "6 months", 2w as "2 weeks", 1y as "year". */
    static String spelled(Cadence c) {
        String t = c.text();
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("(\\d+)([dwmy])").matcher(t);
        if (!mm.matches()) {
            return t;
        }
        int n = Integer.parseInt(mm.group(1));
        String unit = switch (mm.group(2)) {
            case "d" -> "day";
            case "w" -> "week";
            case "m" -> "month";
            default -> "year";
        };
        return n == 1 ? unit : n + " " + unit + "s";
    }
}
