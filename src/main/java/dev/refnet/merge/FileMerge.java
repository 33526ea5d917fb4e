package dev.refnet.merge;

import dev.refnet.model.LogEntry;
import dev.refnet.model.RefnetException;
import dev.refnet.store.ConfigReader;
import dev.refnet.store.ContactReader;
import dev.refnet.store.TextEdit;
import dev.refnet.store.YNodePlain;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import dev.refnet.yaml.YamlReader;
import dev.refnet.yaml.YamlText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of one network file (docs/format.md#section-7): a contact file or {@code refnet.yaml}, given
 * the common ancestor and both sides' texts. It works on the YAML tree and compares values as plain
 * data (strings, lists, maps), so it names no contact field but {@code log} and {@code snooze-until}.
 *
 * <p>Rules. A key changed on one side only takes that change; changed on both to the same value
 * takes it; changed on both differently is a conflict, except that {@code snooze-until} takes the
 * later date and a mapping changed on both sides (refnet.yaml's {@code follow-up}) merges key by
 * key. A contact's {@code log} is a set of entries:
 * <ul>
 * <li>each side's entries are matched with the ancestor's: first an entry equal to an ancestor's
 * entry (in file order, so that repeated identical entries pair one for one), then, among the rest,
 * an entry with the same identity in file order: date, type and client for an entry that has a
 * client (a referral), date and type for any other. An ancestor's entry matched on neither side
 * was removed there;</li>
 * <li>an entry matched on both sides merges key by key as above (an outcome set on one side, a
 * reason edited on the other); removed on one side and unchanged on the other it is removed;
 * removed on one side and edited on the other it is a conflict;</li>
 * <li>an entry added on the other side is inserted into this side's text in date order, written as
 * {@code log} writes it; one equal to an entry added on this side is kept once, and a referral
 * added on both sides (same date, type and client) merges key by key from an empty ancestor.</li>
 * </ul>
 * The text of this side ("ours") is kept byte for byte except where a change is taken. The result
 * must read back through refnet's reader and hold exactly the merged values and entries; when it
 * cannot be made so, {@link MergeException} says why and the caller falls back to a line merge.
 */
public final class FileMerge {

    /** What kind of file is merged: a contact (with a log) or the network's settings. */
    public enum Kind {
        CONTACT, CONFIG;

        /** {@code refnet.yaml} is the settings; anything else is a contact. */
        public static Kind ofPath(String path) {
            String name = path.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            return name.equals("refnet.yaml") ? CONFIG : CONTACT;
        }
    }

    private static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };
    private static final YNode.Mapping EMPTY = new YNode.Mapping(List.of(), false, new YNode.Pos(1, 1), new YNode.Pos(1, 1));

    private final Kind kind;
    private final String id;
    private final String baseText;
    private final String oursText;
    private final String theirsText;
    private final YNode.Mapping base;
    private final YNode.Mapping ours;
    private final YNode.Mapping theirs;
    private final String contact;

    private final List<Conflict> conflicts = new ArrayList<>();
    /** Keys taken from their side, each a path of keys from the root. */
    private final List<List<String>> takeTheirs = new ArrayList<>();
    /** Keys left in conflict, as paths. */
    private final List<List<String>> keyConflicts = new ArrayList<>();
    /** Our entries (by index in our log) that take a merged value. */
    private final Map<Integer, Map<String, Object>> edits = new LinkedHashMap<>();
    private final Set<Integer> removals = new LinkedHashSet<>();
    private final List<Map<String, Object>> inserts = new ArrayList<>();
    /** Entries in conflict: our index (or -1) with the ancestor's and their entry (or null). */
    private final List<EntryConflict> entryConflicts = new ArrayList<>();

    private record EntryConflict(int ours, YNode base, YNode theirs) {
    }

    private FileMerge(Kind kind, String id, String baseText, String oursText, String theirsText) {
        this.kind = kind;
        this.id = id;
        this.baseText = baseText;
        this.oursText = oursText;
        this.theirsText = theirsText;
        this.base = baseText.isBlank() ? EMPTY : root(baseText, "the common ancestor");
        this.ours = root(oursText, "this side");
        this.theirs = root(theirsText, "the other side");
        Object name = plain(ours.get("name").orElse(null));
        this.contact = kind == Kind.CONFIG ? "refnet.yaml" : name instanceof String s ? s + " (" + id + ")" : id;
    }

    /**
     * Merges {@code theirs} into {@code ours} given their common ancestor {@code base} (empty when
     * both sides added the file). {@code id} names the contact in conflicts. Throws
     * {@link MergeException} when the files cannot be merged by their structure.
     */
    public static MergeResult merge(Kind kind, String id, String base, String ours, String theirs) {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return new MergeResult(ours, List.of());
        }
        if (base.equals(ours)) {
            return new MergeResult(theirs, List.of());
        }
        try {
            return new FileMerge(kind, id, base, ours, theirs).run();
        } catch (YamlException | RefnetException | ClassCastException | IndexOutOfBoundsException e) {
            throw new MergeException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Our contact text with every log entry of {@code other} that ours lacks inserted, as {@code log}
     * inserts (date order, our layout); entries equal to one of ours are kept once. The rest of our
     * text is unchanged. For making one contact of two duplicates. Throws {@link MergeException} when
     * a side does not read or the result would not read back.
     */
    public static String unionLog(String id, String ours, String other) {
        try {
            FileMerge m = new FileMerge(Kind.CONTACT, id, "", ours, other);
            List<YNode.Mapping> o = items(m.ours);
            List<YNode.Mapping> t = items(m.theirs);
            List<Map<String, Object>> op = plains(o);
            boolean[] used = new boolean[o.size()];
            for (YNode.Mapping item : t) {
                Map<String, Object> p = plainMap(item);
                int at = firstEqual(op, used, p);
                if (at >= 0) {
                    used[at] = true;
                } else {
                    m.inserts.add(p);
                }
            }
            String text = ours;
            for (Map<String, Object> entry : m.inserts) {
                text = TextEdit.appendEntry(text, m.root(text), toEntry(entry));
            }
            List<Map<String, Object>> expected = new ArrayList<>(op);
            expected.addAll(m.inserts);
            Map<String, Object> top = plainMap(m.ours);
            top.remove("log");
            m.verify(text, top, expected);
            return text;
        } catch (YamlException | RefnetException | ClassCastException | IndexOutOfBoundsException e) {
            throw new MergeException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * The three texts as one conflict of the whole file, in git's diff3 style: the last resort when
     * neither a structural nor a line merge could be made.
     */
    public static String wholeFileConflict(String base, String ours, String theirs) {
        String nl = ours.contains("\r\n") ? "\r\n" : "\n";
        return "<<<<<<< ours" + nl + withEnd(ours, nl) + "||||||| ancestor" + nl + withEnd(base, nl) + "=======" + nl
                + withEnd(theirs, nl) + ">>>>>>> theirs" + nl;
    }

    private static String withEnd(String text, String nl) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.isEmpty() || t.endsWith("\n") ? t : t + nl;
    }

    private MergeResult run() {
        Map<String, Object> top = mergeMapping(List.of(), base, ours, theirs);
        List<Map<String, Object>> log = kind == Kind.CONTACT ? mergeLog() : List.of();
        String text = oursText;
        for (List<String> path : takeTheirs) {
            text = takeTheirs(text, path);
        }
        for (Map.Entry<Integer, Map<String, Object>> e : edits.entrySet()) {
            text = editEntry(text, e.getKey(), e.getValue());
        }
        List<Integer> gone = new ArrayList<>(removals);
        gone.sort(Collections.reverseOrder());
        for (int index : gone) {
            text = TextEdit.removeEntry(text, root(text), index);
        }
        for (Map<String, Object> entry : inserts) {
            text = TextEdit.appendEntry(text, root(text), toEntry(entry));
        }
        verify(text, top, log);
        if (!conflicts.isEmpty()) {
            text = markers(text);
        }
        return new MergeResult(text, conflicts);
    }

    // ---- planning ------------------------------------------------------------------------

    private Map<String, Object> mergeMapping(List<String> path, YNode.Mapping b, YNode.Mapping o, YNode.Mapping t) {
        Set<String> keys = new LinkedHashSet<>();
        for (YNode.Mapping m : List.of(o, t, b)) {
            for (YNode.Entry e : m.entries()) {
                keys.add(e.key().value());
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String k : keys) {
            if (path.isEmpty() && kind == Kind.CONTACT && k.equals("log")) {
                continue;
            }
            List<String> at = append(path, k);
            YNode bn = b.get(k).orElse(null);
            YNode on = o.get(k).orElse(null);
            YNode tn = t.get(k).orElse(null);
            Object bv = plain(bn);
            Object ov = plain(on);
            Object tv = plain(tn);
            Object mv;
            if (Objects.equals(ov, tv) || Objects.equals(tv, bv)) {
                mv = ov;
            } else if (Objects.equals(ov, bv)) {
                mv = tv;
                takeTheirs.add(at);
            } else if (path.isEmpty() && kind == Kind.CONTACT && k.equals("snooze-until") && later(tv, ov) != null) {
                mv = later(tv, ov);
                if (mv == tv) {
                    takeTheirs.add(at);
                }
            } else if (on instanceof YNode.Mapping om && !om.flow() && !om.entries().isEmpty() && tn instanceof YNode.Mapping tm
                    && (bn == null || bn instanceof YNode.Mapping)) {
                mv = mergeMapping(at, bn == null ? EMPTY : (YNode.Mapping) bn, om, tm);
            } else {
                keyConflicts.add(at);
                conflicts.add(new Conflict(contact, at, null, null, shown(ov), shown(bv), shown(tv)));
                mv = ov;
            }
            if (mv != ABSENT) {
                merged.put(k, mv);
            }
        }
        return merged;
    }

    /** The later of two dates (an absent one is earlier than any); null when either is not a date. */
    private static Object later(Object a, Object b) {
        try {
            LocalDate da = a == ABSENT ? LocalDate.MIN : LocalDate.parse((String) a);
            LocalDate db = b == ABSENT ? LocalDate.MIN : LocalDate.parse((String) b);
            return da.isAfter(db) ? a : b;
        } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
            return null;
        }
    }

    /** Plans the log's merge; returns the entries the result must hold. */
    private List<Map<String, Object>> mergeLog() {
        List<YNode.Mapping> b = items(base);
        List<YNode.Mapping> o = items(ours);
        List<YNode.Mapping> t = items(theirs);
        List<Map<String, Object>> bp = plains(b);
        List<Map<String, Object>> op = plains(o);
        List<Map<String, Object>> tp = plains(t);
        int[] mo = match(bp, op);
        int[] mt = match(bp, tp);
        boolean[] oMatched = matched(mo, o.size());
        boolean[] tMatched = matched(mt, t.size());
        Map<Integer, Map<String, Object>> result = new LinkedHashMap<>();
        for (int i = 0; i < op.size(); i++) {
            result.put(i, op.get(i));
        }
        for (int i = 0; i < b.size(); i++) {
            int oi = mo[i];
            int ti = mt[i];
            if (oi >= 0 && ti >= 0) {
                mergeEntry(bp.get(i), op.get(oi), tp.get(ti), oi, b.get(i), t.get(ti), result);
            } else if (oi >= 0) {
                if (op.get(oi).equals(bp.get(i))) {
                    removals.add(oi);
                    result.remove(oi);
                } else {
                    entryConflict(oi, b.get(i), null, op.get(oi), bp.get(i), null);
                }
            } else if (ti >= 0 && !tp.get(ti).equals(bp.get(i))) {
                entryConflict(-1, b.get(i), t.get(ti), null, bp.get(i), tp.get(ti));
            }
        }
        // Entries added on their side: one equal to an entry added on ours is kept once; a
        // referral added on both sides merges from an empty ancestor; the rest are inserted.
        boolean[] paired = oMatched.clone();
        List<Integer> rest = new ArrayList<>();
        for (int ti = 0; ti < t.size(); ti++) {
            if (tMatched[ti]) {
                continue;
            }
            int oi = firstEqual(op, paired, tp.get(ti));
            if (oi >= 0) {
                paired[oi] = true;
            } else {
                rest.add(ti);
            }
        }
        for (int ti : rest) {
            int oi = -1;
            String key = identity(tp.get(ti));
            if (tp.get(ti).containsKey("client")) {
                for (int k = 0; k < o.size() && oi < 0; k++) {
                    if (!paired[k] && key.equals(identity(op.get(k)))) {
                        oi = k;
                    }
                }
            }
            if (oi >= 0) {
                paired[oi] = true;
                mergeEntry(Map.of(), op.get(oi), tp.get(ti), oi, null, t.get(ti), result);
            } else {
                inserts.add(tp.get(ti));
            }
        }
        List<Map<String, Object>> expected = new ArrayList<>(result.values());
        expected.addAll(inserts);
        return expected;
    }

    private void mergeEntry(Map<String, Object> b, Map<String, Object> o, Map<String, Object> t, int oi,
            YNode baseNode, YNode theirNode, Map<Integer, Map<String, Object>> result) {
        Set<String> keys = new LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        Map<String, Object> merged = new LinkedHashMap<>();
        List<String> clash = new ArrayList<>();
        for (String k : keys) {
            Object bv = b.containsKey(k) ? b.get(k) : ABSENT;
            Object ov = o.containsKey(k) ? o.get(k) : ABSENT;
            Object tv = t.containsKey(k) ? t.get(k) : ABSENT;
            Object mv = ov;
            if (Objects.equals(ov, tv) || Objects.equals(tv, bv)) {
                mv = ov;
            } else if (Objects.equals(ov, bv)) {
                mv = tv;
            } else {
                clash.add(k);
            }
            if (mv != ABSENT) {
                merged.put(k, mv);
            }
        }
        if (!clash.isEmpty()) {
            entryConflicts.add(new EntryConflict(oi, baseNode, theirNode));
            for (String k : clash) {
                conflicts.add(new Conflict(contact, List.of("log"), identityMap(o), k,
                        shown(o.containsKey(k) ? o.get(k) : ABSENT), b.isEmpty() ? null : shown(b.containsKey(k) ? b.get(k) : ABSENT),
                        shown(t.containsKey(k) ? t.get(k) : ABSENT)));
            }
            return;
        }
        if (!merged.equals(o)) {
            edits.put(oi, merged);
            result.put(oi, merged);
        }
    }

    private void entryConflict(int oi, YNode baseNode, YNode theirNode, Map<String, Object> o, Map<String, Object> b,
            Map<String, Object> t) {
        entryConflicts.add(new EntryConflict(oi, baseNode, theirNode));
        conflicts.add(new Conflict(contact, List.of("log"), identityMap(b), null, o, b, t));
    }

    /** For each of {@code base}'s entries, the index of the side's entry that is it, or -1. */
    private static int[] match(List<Map<String, Object>> base, List<Map<String, Object>> side) {
        int[] m = new int[base.size()];
        boolean[] used = new boolean[side.size()];
        for (int i = 0; i < base.size(); i++) {
            m[i] = firstEqual(side, used, base.get(i));
            if (m[i] >= 0) {
                used[m[i]] = true;
            }
        }
        for (int i = 0; i < base.size(); i++) {
            if (m[i] >= 0) {
                continue;
            }
            String key = identity(base.get(i));
            for (int k = 0; k < side.size(); k++) {
                if (!used[k] && key.equals(identity(side.get(k)))) {
                    m[i] = k;
                    used[k] = true;
                    break;
                }
            }
        }
        return m;
    }

    private static int firstEqual(List<Map<String, Object>> entries, boolean[] used, Map<String, Object> entry) {
        for (int k = 0; k < entries.size(); k++) {
            if (!used[k] && entries.get(k).equals(entry)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean[] matched(int[] match, int size) {
        boolean[] m = new boolean[size];
        for (int k : match) {
            if (k >= 0) {
                m[k] = true;
            }
        }
        return m;
    }

    /** What makes an entry the same one after an edit: date and type, and the client of a referral. */
    private static String identity(Map<String, Object> entry) {
        return entry.get("date") + "\u0000" + entry.get("type") + (entry.containsKey("client") ? "\u0000" + entry.get("client") : "");
    }

    private static Map<String, Object> identityMap(Map<String, Object> entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : List.of("date", "type", "client")) {
            if (entry.containsKey(k)) {
                m.put(k, entry.get(k));
            }
        }
        return m;
    }

    // ---- applying --------------------------------------------------------------------------

    /** Our text with the key at {@code path} as their side has it (changed, added or removed). */
    private String takeTheirs(String text, List<String> path) {
        Lines out = new Lines(text);
        YNode.Mapping parent = mappingAt(root(text), path.subList(0, path.size() - 1));
        YNode.Mapping theirParent = theirMappingAt(theirs, path.subList(0, path.size() - 1));
        String key = path.get(path.size() - 1);
        YNode.Entry mine = parent.entry(key).orElse(null);
        YNode.Entry their = theirParent.entry(key).orElse(null);
        if (their == null) {
            int[] r = out.region(mine);
            out.splice(r[0], r[1], List.of());
            return out.text();
        }
        int indent = parent.entries().isEmpty() ? 0
                : out.charColumn(parent.entries().get(0).key().start().line(), parent.entries().get(0).key().start().column());
        List<String> lines = linesOf(their, indent, out.nl);
        if (mine != null) {
            int[] r = out.region(mine);
            out.splice(r[0], r[1], lines);
        } else {
            int at = insertionLine(out, parent, theirParent, key, path.size() == 1);
            out.splice(at, at - 1, lines);
        }
        return out.text();
    }

    /** The line before which a key new to our mapping goes: after the key that precedes it on their side. */
    private int insertionLine(Lines out, YNode.Mapping parent, YNode.Mapping theirParent, String key, boolean top) {
        List<YNode.Entry> theirEntries = theirParent.entries();
        int pos = 0;
        while (!theirEntries.get(pos).key().value().equals(key)) {
            pos++;
        }
        for (int p = pos - 1; p >= 0; p--) {
            String before = theirEntries.get(p).key().value();
            if (top && kind == Kind.CONTACT && before.equals("log")) {
                continue;
            }
            YNode.Entry mine = parent.entry(before).orElse(null);
            if (mine != null) {
                return out.region(mine)[1] + 1;
            }
        }
        if (parent.entries().isEmpty()) {
            throw new MergeException("an empty mapping");
        }
        return out.region(parent.entries().get(0))[0];
    }

    /** Their entry's lines, moved to {@code indent}, with our line ends; written afresh when it shares a line. */
    private List<String> linesOf(YNode.Entry their, int indent, String nl) {
        Lines src = new Lines(theirsText);
        try {
            int[] r = src.region(their);
            int from = src.charColumn(r[0], their.key().start().column());
            return Lines.shift(src.copy(r[0], r[1], nl), indent - from);
        } catch (MergeException sharesALine) {
            Object v = plain(their.value());
            String pad = " ".repeat(indent);
            String k = YamlText.scalar(their.key().value());
            if (v instanceof String s && YamlText.wantsBlock(s)) {
                return List.of(YamlText.literalBlock(pad + k, s, indent + 2, nl));
            }
            return List.of(pad + k + ": " + flow(v) + nl);
        }
    }

    /** Our entry {@code index} given the merged values: value by value where it can, else written afresh. */
    private String editEntry(String text, int index, Map<String, Object> merged) {
        YNode.Mapping root = root(text);
        YNode.Mapping item = items(root).get(index);
        Map<String, Object> now = plainMap(item);
        boolean simple = true;
        for (String k : union(now.keySet(), merged.keySet())) {
            if (!Objects.equals(now.get(k), merged.get(k)) && !(merged.get(k) instanceof String s && s.indexOf('\n') < 0)) {
                simple = false;
            }
        }
        if (simple) {
            try {
                String edited = text;
                for (Map.Entry<String, Object> e : merged.entrySet()) {
                    if (!Objects.equals(now.get(e.getKey()), e.getValue()) || !now.containsKey(e.getKey())) {
                        String v = (String) e.getValue();
                        edited = TextEdit.setEntryValue(edited, root(edited), index, e.getKey(),
                                item.flow() ? YamlText.flowScalar(v) : YamlText.scalar(v));
                    }
                }
                return edited;
            } catch (RefnetException | YamlException notInPlace) {
                // a value written over several lines: the entry is written afresh below
            }
        }
        return TextEdit.replaceEntry(text, root, index, toEntry(merged));
    }

    // ---- checking ----------------------------------------------------------------------------

    /** The merged text must read as refnet reads it and hold exactly the merged values and entries. */
    private void verify(String text, Map<String, Object> top, List<Map<String, Object>> log) {
        YNode.Mapping root;
        try {
            root = root(text);
            if (kind == Kind.CONTACT) {
                ContactReader.read(id, text);
            } else {
                ConfigReader.read(text);
            }
        } catch (YamlException | RefnetException e) {
            throw new MergeException("the merged file would not read back: " + e.getMessage());
        }
        Map<String, Object> actual = plainMap(root);
        if (kind == Kind.CONTACT) {
            actual.remove("log");
            Map<LogEntry, Integer> want = counts(log);
            Map<LogEntry, Integer> got = counts(plains(items(root)));
            if (!want.equals(got)) {
                throw new MergeException("the merged log would not hold exactly the entries of both sides");
            }
        }
        if (!actual.equals(top)) {
            throw new MergeException("the merged file would not hold the merged values");
        }
    }

    private static Map<LogEntry, Integer> counts(List<Map<String, Object>> entries) {
        Map<LogEntry, Integer> m = new HashMap<>();
        for (Map<String, Object> e : entries) {
            m.merge(toEntry(e), 1, Integer::sum);
        }
        return m;
    }

    // ---- conflict markers --------------------------------------------------------------------

    /**
     * The merged text with each conflict shown as git shows one with {@code merge.conflictStyle
     * diff3}: our lines, the ancestor's, then theirs, for the whole key or the whole entry.
     */
    private String markers(String text) {
        Lines out = new Lines(text);
        YNode.Mapping root = root(text);
        Lines baseLines = new Lines(baseText);
        Lines theirLines = new Lines(theirsText);
        record Block(int first, int last, List<String> ours, List<String> base, List<String> theirs) {
        }
        List<Block> blocks = new ArrayList<>();
        for (List<String> path : keyConflicts) {
            YNode.Entry mine = mappingAt(root, path.subList(0, path.size() - 1)).entry(path.get(path.size() - 1)).orElse(null);
            YNode.Entry b = entryAt(base, path);
            YNode.Entry t = entryAt(theirs, path);
            int[] r;
            if (mine != null) {
                r = out.region(mine);
            } else {
                int at = insertionLine(out, mappingAt(root, path.subList(0, path.size() - 1)),
                        theirMappingAt(theirs, path.subList(0, path.size() - 1)), path.get(path.size() - 1), path.size() == 1);
                r = new int[] {at, at - 1};
            }
            blocks.add(new Block(r[0], r[1], out.copy(r[0], r[1], out.nl), regionOf(baseLines, b, out.nl),
                    regionOf(theirLines, t, out.nl)));
        }
        List<YNode.Mapping> finalItems = items(root);
        List<YNode.Mapping> ourItems = items(ours);
        boolean[] used = new boolean[finalItems.size()];
        List<Map<String, Object>> finalPlain = plains(finalItems);
        for (EntryConflict c : entryConflicts) {
            int[] r;
            List<String> mine;
            if (c.ours() >= 0) {
                int at = firstEqual(finalPlain, used, plainMap(ourItems.get(c.ours())));
                used[at] = true;
                r = out.itemRegion(finalItems.get(at));
                mine = out.copy(r[0], r[1], out.nl);
            } else {
                int after;
                if (!finalItems.isEmpty()) {
                    after = out.itemRegion(finalItems.get(finalItems.size() - 1))[1] + 1;
                } else {
                    // No entry left on our side: beside the log key, else at the end of the file.
                    YNode.Entry log = root.entry("log").orElse(null);
                    after = log != null ? out.region(log)[1] + 1 : out.lines.size() + 1;
                }
                r = new int[] {after, after - 1};
                mine = List.of();
            }
            blocks.add(new Block(r[0], r[1], mine, itemOf(baseLines, c.base(), out.nl), itemOf(theirLines, c.theirs(), out.nl)));
        }
        blocks.sort((x, y) -> Integer.compare(y.first(), x.first()));
        int lowest = Integer.MAX_VALUE;
        for (Block k : blocks) {
            if (k.last() >= lowest) {
                throw new MergeException("two conflicts overlap");
            }
            List<String> lines = new ArrayList<>();
            lines.add("<<<<<<< ours" + out.nl);
            lines.addAll(k.ours());
            lines.add("||||||| ancestor" + out.nl);
            lines.addAll(k.base());
            lines.add("=======" + out.nl);
            lines.addAll(k.theirs());
            lines.add(">>>>>>> theirs" + out.nl);
            out.splice(k.first(), k.last(), lines);
            lowest = k.first();
        }
        return out.text();
    }

    private static List<String> regionOf(Lines text, YNode.Entry e, String nl) {
        if (e == null) {
            return List.of();
        }
        int[] r = text.region(e);
        return text.copy(r[0], r[1], nl);
    }

    private static List<String> itemOf(Lines text, YNode item, String nl) {
        if (item == null) {
            return List.of();
        }
        int[] r = text.itemRegion(item);
        return text.copy(r[0], r[1], nl);
    }

    // ---- the tree as plain values ----------------------------------------------------------

    private YNode.Mapping root(String text) {
        return root(text, "the merged file");
    }

    private static YNode.Mapping root(String text, String side) {
        YNode node;
        try {
            node = YamlReader.parse(text);
        } catch (YamlException e) {
            throw new MergeException(side + " does not read: " + e.located());
        }
        if (!(node instanceof YNode.Mapping m)) {
            throw new MergeException(side + " is not a mapping of keys");
        }
        return m;
    }

    private static YNode.Mapping mappingAt(YNode.Mapping root, List<String> path) {
        YNode.Mapping m = theirMappingAt(root, path);
        if (m.flow()) {
            throw new MergeException("a mapping written as {…}");
        }
        return m;
    }

    /** The mapping at {@code path}, in whatever style it is written (their side is only read). */
    private static YNode.Mapping theirMappingAt(YNode.Mapping root, List<String> path) {
        YNode.Mapping m = root;
        for (String k : path) {
            m = (YNode.Mapping) m.get(k).orElseThrow(() -> new MergeException("no key " + k));
        }
        return m;
    }

    private static YNode.Entry entryAt(YNode.Mapping root, List<String> path) {
        YNode node = root;
        YNode.Entry e = null;
        for (String k : path) {
            if (!(node instanceof YNode.Mapping m) || (e = m.entry(k).orElse(null)) == null) {
                return null;
            }
            node = e.value();
        }
        return e;
    }

    private static List<YNode.Mapping> items(YNode.Mapping root) {
        YNode log = root.get("log").orElse(null);
        if (log == null || log instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(log instanceof YNode.Sequence seq)) {
            throw new MergeException("'log' is not a list");
        }
        List<YNode.Mapping> out = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Mapping m)) {
                throw new MergeException("a log entry is not a mapping");
            }
            out.add(m);
        }
        return out;
    }

    private static Object plain(YNode node) {
        return node == null ? ABSENT : YNodePlain.of(node);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainMap(YNode.Mapping m) {
        return (Map<String, Object>) YNodePlain.of(m);
    }

    private static List<Map<String, Object>> plains(List<YNode.Mapping> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (YNode.Mapping m : items) {
            out.add(plainMap(m));
        }
        return out;
    }

    private static Object shown(Object v) {
        return v == ABSENT ? null : v;
    }

    /** A log entry from plain values, read as the reader reads one written in the file. */
    static LogEntry toEntry(Map<String, Object> entry) {
        YNode node = YamlReader.parse(flow(entry));
        return ContactReader.entry((YNode.Mapping) node);
    }

    /** A plain value as YAML flow text. */
    static String flow(Object v) {
        if (v == null) {
            return "~";
        }
        if (v instanceof String s) {
            return YamlText.flowScalar(s);
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                parts.add(flow(x));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            parts.add(YamlText.flowScalar((String) e.getKey()) + ": " + flow(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static List<String> append(List<String> path, String k) {
        List<String> p = new ArrayList<>(path);
        p.add(k);
        return List.copyOf(p);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
