package dev.refnet.render;

import dev.refnet.engine.Incoming;
import dev.refnet.model.LogEntry;
import dev.refnet.store.Problem;
import dev.refnet.sync.Sync;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code refnet sync} did, in plain words: lines for standard output, and for a stop, for standard error. */
public final class SyncText {

    private SyncText() {
    }

    /** The lines that say what was committed, what came in, what was kept and what was sent. */
    public static List<String> done(Sync.Report r) {
        List<String> lines = new ArrayList<>();
        if (r.mergeCommitted()) {
            lines.add("committed the merge you settled");
        }
        if (!r.committed().isEmpty()) {
            lines.add("committed " + count(r.committed().size(), "file") + " not committed before: "
                    + String.join(", ", r.committed()));
        }
        for (Sync.Kept k : r.kept()) {
            String other = k.by().isEmpty() ? "the other side" : k.by();
            lines.add(k.removedHere()
                    ? "kept " + k.name() + " (" + k.file() + "): you removed this contact while " + other + " changed it,"
                            + " so it is back with their changes; to remove it still: git rm " + k.file() + ", then refnet sync"
                    : "kept " + k.name() + " (" + k.file() + "): " + other + " removed this contact while you changed it,"
                            + " so your file stays");
        }
        if (r.remote() != null && r.stop() == null) {
            lines.addAll(incoming(r.incoming(), r.remote()));
            lines.add(r.sent() == 0 ? "nothing of yours to send; up to date with " + r.remote()
                    : "sent " + count(r.sent(), "commit") + " to " + r.remote());
        }
        return lines;
    }

    /** Why sync stopped, as the lines for standard error (each to be shown after "refnet: "). */
    public static List<String> stopped(Sync.Report r) {
        List<String> lines = new ArrayList<>();
        switch (r.stop()) {
            case NO_REMOTE -> lines.add("this network has no remote to sync with: add your practice's shared repository with"
                    + " 'git remote add origin URL', then run 'refnet sync' again"
                    + (r.committed().isEmpty() ? "" : " (your changes are committed here)"));
            case UNREACHABLE -> lines.add("could not reach " + r.remote() + " (" + r.why() + "): your changes are committed"
                    + " here, and 'refnet sync' sends them next time");
            case NOT_SENT -> lines.add("could not send your changes to " + r.remote() + " (" + r.why() + "): they are"
                    + " committed here, and 'refnet sync' sends them next time");
            case CHECK_FAILED -> {
                for (Problem p : r.problems()) {
                    lines.add(p.located());
                }
                lines.add((r.why() == null ? "sync stopped before pulling or sending anything: fix " : "sync stopped and sent nothing: fix ")
                        + (r.problems().size() == 1 ? "the file above" : "the files above")
                        + " ('refnet check' lists every problem), then run 'refnet sync' again");
            }
            case CONFLICT -> {
                for (Sync.Unsettled u : r.unsettled()) {
                    String other = u.by().isEmpty() ? "the other side" : u.by();
                    lines.add(u.name() + " (" + u.file() + ") was changed on both sides, yours and " + other + "'s, and"
                            + " could not be merged:");
                    for (String d : u.differences()) {
                        lines.add("  " + d);
                    }
                }
                lines.add("to settle " + (r.unsettled().size() == 1 ? "it" : "each") + ", run one of:");
                for (Sync.Unsettled u : r.unsettled()) {
                    lines.add("  refnet sync --keep-mine " + u.id() + "     # keep your values where the two differ");
                    lines.add("  refnet sync --keep-theirs " + u.id() + "   # keep " + (u.by().isEmpty() ? "theirs" : u.by() + "'s"));
                }
                lines.add("or open the file, keep one side between the <<<<<<< and >>>>>>> lines, delete the marker lines,"
                        + " then run 'refnet sync'");
                lines.add("everything else is merged; other commands keep working and skip "
                        + (r.unsettled().size() == 1 ? "this contact" : "these contacts") + " until then");
            }
            default -> throw new IllegalStateException(String.valueOf(r.stop()));
        }
        return lines;
    }

    /** What came in, one line per person: entries first, then other changes. */
    static List<String> incoming(List<Incoming.Change> changes, String remote) {
        if (changes.isEmpty()) {
            return List.of("nothing new from " + remote);
        }
        Map<String, List<Incoming.Change>> byAuthor = new LinkedHashMap<>();
        for (Incoming.Change c : changes) {
            byAuthor.computeIfAbsent(c.author(), k -> new ArrayList<>()).add(c);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Incoming.Change>> e : byAuthor.entrySet()) {
            String who = e.getKey().isEmpty() ? remote : e.getKey();
            List<String> entries = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Incoming.Change c : e.getValue()) {
                if (c instanceof Incoming.NewEntry n) {
                    entries.add(entry(n.entry(), n.contact().name()));
                } else {
                    others.add(other(c));
                }
            }
            if (!entries.isEmpty()) {
                lines.add(count(entries.size(), "entry") + " from " + who + ": " + String.join(", ", entries));
            }
            if (!others.isEmpty()) {
                lines.add((entries.isEmpty() ? "from " + who : who + " also") + ": " + String.join("; ", others));
            }
        }
        return lines;
    }

    /** An entry as {@code log} says it: "referral-in from Dr. María López (C-0412)", "coffee with Sam Rivera". */
    static String entry(LogEntry e, String name) {
        return switch (e.type()) {
            case REFERRAL_IN -> "referral-in from " + name + client(e);
            case REFERRAL_OUT -> "referral-out to " + name + client(e);
            case THANK_YOU -> "thank-you to " + name;
            case NOTE -> "note about " + name;
            default -> e.type().word() + " with " + name;
        };
    }

    private static String client(LogEntry e) {
        return e.client() == null ? "" : " (" + e.client() + ")";
    }

    private static String other(Incoming.Change c) {
        String name = c.contact().name();
        if (c instanceof Incoming.NewContact n) {
            return "added " + name + " (" + n.contact().category().word() + ")";
        }
        if (c instanceof Incoming.RemovedContact) {
            return "removed " + name;
        }
        if (c instanceof Incoming.ChangedEntry ce) {
            return changedEntry(ce.before(), ce.after(), name);
        }
        if (c instanceof Incoming.RemovedEntry re) {
            return "removed the " + re.entry().type().word() + " entry of " + re.entry().date() + " from " + name;
        }
        if (c instanceof Incoming.ChangedKeys k) {
            return k.keys().equals(List.of("snooze-until")) && k.contact().snoozeUntil() != null
                    ? "snoozed " + name + " until " + k.contact().snoozeUntil()
                    : "changed " + name + "'s " + String.join(", ", k.keys());
        }
        return entry(((Incoming.NewEntry) c).entry(), name);
    }

    private static String changedEntry(LogEntry before, LogEntry after, String name) {
        String which = entry(after, name) + ", " + after.date();
        if (after.outcome() != null && before.withOutcome(after.outcome()).equals(after)) {
            return "outcome " + after.outcome().word() + " for the " + which;
        }
        return "edited the " + which;
    }

    private static String count(int n, String what) {
        String plural = what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
        return n + " " + (n == 1 ? what : plural);
    }

}
