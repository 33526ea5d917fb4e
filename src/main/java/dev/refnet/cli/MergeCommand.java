package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.console.Questions;
import dev.refnet.merge.FileMerge;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
import dev.refnet.model.Visible;
import dev.refnet.store.Git;
import dev.refnet.store.NetworkStore;
import dev.refnet.store.NetworkStore.Assignment;
import dev.refnet.yaml.YNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code refnet merge}: one contact from two duplicates. */
@Command(name = "merge",
        description = {"Make one contact of two that are the same partner (the duplicates 'refnet check' warns about):"
                + " OTHER's log entries join KEEP's (an entry both have is kept once; date order), KEEP's values stay,"
                + " OTHER's fill the keys KEEP lacks, and lists (tags, specialties) are united. Where both have"
                + " different values, refnet asks which to keep; without a terminal KEEP's stays and the values of"
                + " OTHER left out are printed. Then OTHER's file is removed, all in one commit that 'refnet undo' takes back."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet merge dr-maria-lopez maria-2", "  refnet merge dr-ellen-park dr-ellen-park-2   # as 'refnet check' suggests"})
public final class MergeCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "KEEP", completionCandidates = Converters.ContactCandidates.class,
            description = "The contact that stays: its id, name and values are kept.")
    String keep;

    @Parameters(index = "1", paramLabel = "OTHER", completionCandidates = Converters.ContactCandidates.class,
            description = "The duplicate whose entries and missing values move into KEEP; its file is removed.")
    String other;

    @Override
    public Integer call() {
        Contact k = resolve(keep);
        Contact o = resolve(other);
        if (k.id().equals(o.id())) {
            throw usage("KEEP and OTHER are the same contact (" + k.id() + "); name the two files to make one of");
        }
        NetworkStore.Source ks = store().read(k.id());
        NetworkStore.Source os = store().read(o.id());
        List<Assignment> assignments = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        List<String> united = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        try (Questions q = questions()) {
            for (Field<?> f : ContactFields.ALL) {
                Object kv = ks.contact().get(f);
                Object ov = os.contact().get(f);
                if (!written(os.root(), f) || ov == null) {
                    continue;
                }
                if (f.kind() == Field.Kind.TEXT_LIST) {
                    List<String> mine = items(kv);
                    List<String> more = items(ov).stream().filter(i -> NetworkStore.indexIgnoringCase(mine, i) < 0).toList();
                    if (!more.isEmpty()) {
                        more.forEach(i -> assignments.add(new Assignment(f, Assignment.Op.ADD, i)));
                        united.add(f.key());
                    }
                } else if (kv == null) {
                    assignments.add(new Assignment(f, Assignment.Op.SET, ov));
                    taken.add(f.key());
                } else if (!Objects.equals(kv, ov)) {
                    Boolean others = choose(q, f, ks.contact(), kv, os.contact(), ov);
                    if (others == null) {
                        dropped.add(f.key() + " " + shown(f, ov));
                    } else if (others) {
                        assignments.add(new Assignment(f, Assignment.Op.SET, ov));
                        taken.add(f.key());
                    }
                }
            }
        }
        List<String> otherKeys = new ArrayList<>();
        for (YNode.Entry e : os.root().entries()) {
            String key = e.key().value();
            if (key.equals(ContactFields.LOG) || ContactFields.ALL.stream().anyMatch(f -> f.key().equals(key))) {
                continue;
            }
            if (ks.root().entry(key).isEmpty()) {
                otherKeys.add(key);
            } else if (!Objects.equals(ks.contact().extra().get(key), os.contact().extra().get(key))) {
                dropped.add(key + " " + Visible.of(String.valueOf(os.contact().extra().get(key))));
            }
        }
        beforeChange();
        NetworkStore.Merged m = store().merge(ks, os, (a, b) -> FileMerge.unionLog(k.id(), a, b), assignments, otherKeys);
        int added = m.after().log().size() - m.before().log().size();
        int both = os.contact().log().size() - added;
        List<String> what = new ArrayList<>();
        what.add(added + (added == 1 ? " log entry" : " log entries") + " added" + (both > 0 ? " (" + both + " already there)" : ""));
        if (!taken.isEmpty() || !otherKeys.isEmpty()) {
            List<String> all = new ArrayList<>(taken);
            all.addAll(otherKeys);
            what.add("took " + String.join(", ", all));
        }
        if (!united.isEmpty()) {
            what.add("united " + String.join(", ", united));
        }
        Path shownRemoved = store().dir().relativize(m.removed());
        out().println("merged " + o.name() + " (" + o.id() + ") into " + k.name() + " (" + k.id() + "): "
                + String.join("; ", what) + "; removed " + shownRemoved);
        if (!dropped.isEmpty()) {
            boolean history = commits() && Git.find(store().dir()).map(g -> g.tracks(m.removed())).orElse(false);
            out().println("kept " + k.name() + "'s values; not kept from " + o.name() + ": " + String.join("; ", dropped)
                    + (history ? " (" + shownRemoved + " in git history still has them)" : ""));
        }
        commit(List.of(m.kept(), m.removed()), "merge " + o.name() + " (" + o.id() + ") into " + k.name());
        return 0;
    }

    /** Asks which of two values to keep: true for OTHER's, false for KEEP's, null when there is no terminal to ask on. */
    private static Boolean choose(Questions q, Field<?> f, Contact k, Object kv, Contact o, Object ov) {
        String question = "Which " + f.key() + " to keep? 1 = " + shown(f, kv) + " (" + k.id() + "), 2 = " + shown(f, ov)
                + " (" + o.id() + ")";
        String answer = q.askIfTerminal(question, "1", List.of("1", "2"),
                a -> a.strip().equals("1") || a.strip().equals("2") ? null : "answer 1 or 2");
        return answer == null ? null : answer.strip().equals("2");
    }

    /** Whether the file sets {@code f} (an absent key, or an empty one, sets nothing). */
    private static boolean written(YNode.Mapping root, Field<?> f) {
        Optional<YNode> node = root.get(f.key());
        return node.isPresent() && !(node.get() instanceof YNode.Scalar s && s.isNull());
    }

    /** A value on one line: the first line of a longer text, control characters made visible. */
    private static String shown(Field<?> f, Object value) {
        String text = f.text(value, ", ");
        int nl = text.indexOf('\n');
        return Visible.of(nl < 0 ? text : text.substring(0, nl) + " …");
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
