package dev.refnet.sync;

import dev.refnet.merge.Conflict;
import dev.refnet.merge.FileMerge;
import dev.refnet.merge.MergeException;
import dev.refnet.store.ContactReader;
import dev.refnet.store.NetworkStore;
import dev.refnet.yaml.YamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Says what differs in a contact file a merge left unsettled, from the markers in it. */
final class Differences {

    private Differences() {
    }

    static Sync.Unsettled of(String relative, Stages stages, Path file, String by) {
        String id = NetworkStore.idOf(file);
        String name = id;
        try {
            name = ContactReader.read(id, stages.ours()).contact().name();
        } catch (YamlException e) {
            // the id names it well enough
        }
        List<String> lines = new ArrayList<>();
        String theirName = by.isEmpty() ? "theirs" : by + "'s";
        try {
            String base = stages.base() == null ? "" : stages.base();
            for (Conflict c : FileMerge.merge(FileMerge.Kind.ofPath(relative), id, base, stages.ours(), stages.theirs()).conflicts()) {
                lines.add(describe(c, theirName));
            }
        } catch (MergeException e) {
            // the driver could not read a side either: the markers say what differs
        }
        try {
            for (Markers.Hunk h : lines.isEmpty() ? Markers.hunks(Files.readString(file)) : List.<Markers.Hunk>of()) {
                lines.add(describe(h, theirName));
            }
        } catch (IOException | IllegalArgumentException e) {
            // no markers to read (removed or rewritten by hand): the file is named all the same
        }
        if (lines.isEmpty()) {
            lines.add("the file differs on both sides");
        }
        return new Sync.Unsettled(relative, id, name, by, lines);
    }

    /** One difference the merge found, in words: which key, in which entry, and both values. */
    static String describe(Conflict c, String theirName) {
        if (c.isEntry() && c.field() == null) {
            return c.where() + ": " + (c.ours() == null ? "removed on your side, changed on " + theirName
                    : "changed on your side, removed on " + theirName);
        }
        String what = c.isEntry() ? "'" + c.field() + "' of " + c.where() : "'" + c.where() + "'";
        return what + ": yours " + show(c.ours()) + ", " + theirName + " " + show(c.theirs());
    }

    private static String show(Object v) {
        if (v == null) {
            return "(none)";
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(x -> items.add(String.valueOf(x)));
            return "[" + String.join(", ", items) + "]";
        }
        return "'" + String.valueOf(v).replace("\n", " / ").strip() + "'";
    }

    /** One hunk in words: which key, in which entry, and both values. */
    static String describe(Markers.Hunk h, String theirs) {
        List<String> ours = stripped(h.ours());
        List<String> other = stripped(h.theirs());
        List<String> onlyOurs = new ArrayList<>(ours);
        onlyOurs.removeAll(other);
        List<String> onlyTheirs = new ArrayList<>(other);
        onlyTheirs.removeAll(ours);
        String first = !onlyOurs.isEmpty() ? onlyOurs.get(0) : !onlyTheirs.isEmpty() ? onlyTheirs.get(0) : "";
        String key = keyOf(first);
        String where = entryOf(ours.isEmpty() ? other : ours);
        boolean wholeEntry = ours.isEmpty() || other.isEmpty();
        if (wholeEntry && !where.isEmpty()) {
            return where + ": " + (ours.isEmpty() ? "removed on your side, changed on the other"
                    : "changed on your side, removed on the other");
        }
        String what = (key.isEmpty() ? "a value" : "'" + key + "'") + (where.isEmpty() ? "" : " of " + where);
        return what + ": yours " + values(onlyOurs, key) + ", " + theirs + " " + values(onlyTheirs, key);
    }

    private static List<String> stripped(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /** {@code outcome} of {@code outcome: seen} or {@code - date: 2025-01-01}; empty when the line holds none. */
    private static String keyOf(String line) {
        String l = line.startsWith("- ") ? line.substring(2).strip() : line;
        int colon = l.indexOf(':');
        return colon > 0 && l.substring(0, colon).matches("[A-Za-z0-9_-]+") ? l.substring(0, colon) : "";
    }

    private static String valueOf(String line) {
        String l = line.startsWith("- ") ? line.substring(2).strip() : line;
        int colon = l.indexOf(':');
        return colon > 0 ? l.substring(colon + 1).strip() : l;
    }

    /** The entry a hunk is in, as "the referral-in of C-0412 on 2025-02-10", when its lines say. */
    private static String entryOf(List<String> lines) {
        String date = null;
        String type = null;
        String client = null;
        for (String l : lines) {
            switch (keyOf(l)) {
                case "date" -> date = date == null ? valueOf(l) : date;
                case "type" -> type = type == null ? valueOf(l) : type;
                case "client" -> client = client == null ? valueOf(l) : client;
                default -> { }
            }
        }
        if (date == null) {
            return "";
        }
        return "the " + (type == null ? "entry" : type) + (client == null ? "" : " of " + client) + " on " + date;
    }

    private static String values(List<String> lines, String key) {
        if (lines.isEmpty()) {
            return "(none)";
        }
        List<String> vs = new ArrayList<>();
        for (String l : lines) {
            vs.add(keyOf(l).equals(key) && !key.isEmpty() ? "'" + valueOf(l) + "'" : "'" + l + "'");
        }
        return String.join(" ", vs);
    }
}
