package dev.refnet.render;

import dev.refnet.engine.DueItem;
import dev.refnet.model.Cadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code refnet due} for a person: items grouped as overdue, today and upcoming, each line
 * a due date and what to do, wrapped (never cut) to the terminal's width.
 */
public final class DueText {

    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private DueText() {
    }

    /**
     * The listing. {@code total} is how many items there were before {@code --limit};
     * {@code empty} is the friendly line to print when there are none.
     */
    public static String render(List<DueItem> items, int total, String empty, int width, Ansi ansi) {
        return render(items, total, empty, width, ansi, false);
    }

    /**
     * The listing, each line starting with the clinicians whose item it is when
     * {@code withClinicians} (a practice of several clinicians, not filtered to one).
     */
    public static String render(List<DueItem> items, int total, String empty, int width, Ansi ansi,
            boolean withClinicians) {
        if (items.isEmpty()) {
            return empty + "\n";
        }
        List<DueItem> overdue = new ArrayList<>();
        List<DueItem> today = new ArrayList<>();
        List<DueItem> upcoming = new ArrayList<>();
        for (DueItem i : items) {
            (i.overdue() > 0 ? overdue : i.overdue() == 0 ? today : upcoming).add(i);
        }
        StringBuilder sb = new StringBuilder();
        group(sb, "Overdue", "bold,red", "red", overdue, width, ansi, withClinicians);
        group(sb, "Today", "bold,yellow", "yellow", today, width, ansi, withClinicians);
        group(sb, "Upcoming", "bold", null, upcoming, width, ansi, withClinicians);
        List<String> counts = new ArrayList<>();
        if (!overdue.isEmpty()) {
            counts.add(overdue.size() + " overdue");
        }
        if (!today.isEmpty()) {
            counts.add(today.size() + " due today");
        }
        if (!upcoming.isEmpty()) {
            counts.add(upcoming.size() + " upcoming");
        }
        sb.append(String.join(", ", counts));
        if (total > items.size()) {
            sb.append(" (the first ").append(items.size()).append(" of ").append(total).append(" items; see --limit)");
        }
        return sb.append('\n').toString();
    }

    private static void group(StringBuilder sb, String title, String titleStyle, String lineStyle, List<DueItem> items,
            int width, Ansi ansi, boolean withClinicians) {
        if (items.isEmpty()) {
            return;
        }
        sb.append(Style.apply(ansi, titleStyle, title + " (" + items.size() + ")")).append('\n');
        for (DueItem i : items) {
            String prefix = INDENT + i.due() + GAP;
            String who = withClinicians ? and(i.clinicians()) + ": " : "";
            for (String line : Display.wrap(prefix, units(who + action(i) + " (" + details(i) + ")", i), width)) {
                sb.append(Style.apply(ansi, lineStyle, line)).append('\n');
            }
        }
        sb.append('\n');
    }

    /** What to do, as an imperative: "send a thank-you to Dr. María López for C-0142". */
    public static String action(DueItem item) {
        if (item instanceof DueItem.ThankYou t) {
            return "send a thank-you to " + t.contact().name() + " for "
                    + and(t.referrals().stream().map(DueItem.Referral::client).toList());
        }
        if (item instanceof DueItem.Outcome o) {
            return "record the outcome for " + o.client();
        }
        return "check in with " + item.contact().name();
    }

    /** The command that helps with the item, after its line: a thank-you's draft; null when there is none. */
    static String command(DueItem item) {
        return item instanceof DueItem.ThankYou t ? "refnet draft thank " + t.contact().id() : null;
    }

    /**
     * An item's line as the units it wraps at: its words, then the command that helps with it as
     * one unit, never broken (a command split over two lines does not paste whole into a shell);
     * where it does not fit, it goes whole onto a line of its own.
     */
    static List<String> units(String text, DueItem item) {
        String command = command(item);
        List<String> units = new ArrayList<>(List.of((command == null ? text : text + "; next:").split(" ", -1)));
        if (command != null) {
            units.add(command);
        }
        return units;
    }

    /** The facts behind the action and how late it is, for the parenthesis after it. */
    public static String details(DueItem item) {
        String facts;
        if (item instanceof DueItem.ThankYou t) {
            facts = t.referrals().size() == 1 ? "referred on " + t.referrals().get(0).date()
                    : t.referrals().size() + " referrals since " + t.referrals().get(0).date();
        } else if (item instanceof DueItem.Outcome o) {
            facts = (o.direction().equals("in") ? "referred by " : "referred to ") + o.contact().name() + " on "
                    + o.referralDate();
        } else {
            DueItem.CheckIn c = (DueItem.CheckIn) item;
            facts = checkInFacts(c.lastContact(), c.cadence(), c.snoozedUntil());
        }
        return facts + "; " + when(item.overdue());
    }

    private static String checkInFacts(LocalDate last, Cadence cadence, LocalDate snoozed) {
        String s = (last == null ? "no contact logged yet" : "last contact " + last) + ", every " + cadence.text();
        return snoozed == null ? s : "snoozed until " + snoozed + "; " + s;
    }

    /** "12 days overdue", "due today", "due tomorrow", "due in 3 days". */
    public static String when(int overdue) {
        if (overdue == 0) {
            return "due today";
        }
        if (overdue > 0) {
            return overdue + (overdue == 1 ? " day" : " days") + " overdue";
        }
        return overdue == -1 ? "due tomorrow" : "due in " + -overdue + " days";
    }

    static String and(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
