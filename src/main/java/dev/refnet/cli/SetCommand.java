package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import dev.refnet.store.FieldText;
import dev.refnet.store.NetworkStore;
import dev.refnet.store.NetworkStore.Assignment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code refnet set}: changes a contact's keys in place, each value checked as add-contact checks it. */
@Command(name = "set",
        description = {"Change a contact's keys: KEY=VALUE sets one, KEY= removes it, and for a list KEY+=ITEM adds an"
                + " item and KEY-=ITEM removes one (items separated by commas). Each value is checked as add-contact"
                + " checks it. Only the lines of those keys change; your comments and the rest of the file stay."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet set lopez email=mlopez@eastside.example phone='+1 555 0100'",
            "  refnet set lopez tag+=prescriber specialty-=couples",
            "  refnet set park every=6w status=paused role=",
            "  refnet set st-marks tags=church,youth"})
public final class SetCommand extends BaseCommand {

    /** KEY, then =, += or -=, then the value (maybe empty). */
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z][A-Za-z-]*?)\\s*(\\+=|-=|=)(.*)", Pattern.DOTALL);

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either.")
    String contact;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", completionCandidates = KeyCandidates.class,
            description = "What to change: KEY=VALUE, KEY= (remove the key), KEY+=ITEM or KEY-=ITEM (lists). One of:"
                    + " ${COMPLETION-CANDIDATES}")
    List<String> changes;

    @Override
    public Integer call() {
        List<Assignment> assignments = new ArrayList<>();
        for (String change : changes) {
            assignments.addAll(parse(change));
        }
        Contact c = resolve(contact);
        availability(c, assignments);
        for (Assignment a : assignments) {
            if (a.op() == Assignment.Op.REMOVE && NetworkStore.indexIgnoringCase(items(c.get(a.field())), (String) a.value()) < 0) {
                List<String> has = items(c.get(a.field()));
                throw RefnetException.data(c.name() + " has no " + a.field().singular() + " '" + a.value() + "'"
                        + (has.isEmpty() ? " (no " + a.field().key() + " at all)" : "; the " + a.field().key() + " are: "
                                + String.join(", ", has)) + "; nothing was written");
            }
        }
        beforeChange();
        NetworkStore.Assigned done = store().assign(c.id(), assignments);
        NetworkStore.Change change = done.change();
        if (!done.written()) {
            out().println(c.name() + " already has " + (changes.size() == 1 ? "that" : "those") + "; nothing changed");
            return 0;
        }
        Set<Field<?>> touched = new LinkedHashSet<>();
        for (Field<?> f : ContactFields.ALL) {
            if (assignments.stream().anyMatch(a -> a.field() == f)) {
                touched.add(f);
            }
        }
        List<String> said = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Field<?> f : touched) {
            Object was = change.before().get(f);
            Object now = change.after().get(f);
            boolean removed = assignments.stream().anyMatch(a -> a.field() == f && a.op() == Assignment.Op.UNSET);
            if (Objects.equals(was, now) && !removed) {
                continue;
            }
            keys.add(f.key());
            String before = was == null || f.isFallback(was) ? "" : " (was " + shown(f, was) + ")";
            said.add(removed ? f.key() + " removed" + before : f.key() + " " + shown(f, now) + before);
        }
        out().println("changed " + change.after().name() + ": " + String.join("; ", said));
        commit(List.of(change.file()), "set " + join(keys) + " of " + change.after().name());
        return 0;
    }

    /**
     * Setting {@code accepting} is a check of it: {@code accepting-checked} becomes today unless
     * the same command sets it; and the older {@code accepting-referrals} it replaces goes
     * (docs/format.md#section-8-1), so the file does not say two things.
     */
    private void availability(Contact c, List<Assignment> assignments) {
        boolean accepting = assignments.stream().anyMatch(a -> a.field() == ContactFields.ACCEPTING && a.op() == Assignment.Op.SET);
        if (!accepting) {
            return;
        }
        if (assignments.stream().noneMatch(a -> a.field() == ContactFields.ACCEPTING_CHECKED)) {
            assignments.add(new Assignment(ContactFields.ACCEPTING_CHECKED, Assignment.Op.SET, today()));
        }
        if (c.get(ContactFields.ACCEPTING_REFERRALS) != null
                && assignments.stream().noneMatch(a -> a.field() == ContactFields.ACCEPTING_REFERRALS)) {
            assignments.add(new Assignment(ContactFields.ACCEPTING_REFERRALS, Assignment.Op.UNSET, null));
        }
    }

    /** A value on one line of the answer: the first line of a longer text, control characters made visible. */
    private static String shown(Field<?> f, Object value) {
        String text = f.text(value, ", ");
        int nl = text.indexOf('\n');
        return Visible.of(nl < 0 ? text : text.substring(0, nl) + " …");
    }

    private static String join(List<String> words) {
        return words.size() <= 1 ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    /** One KEY=VALUE as the assignments it makes, each value of the key's type; a bad key or value is a usage error. */
    private List<Assignment> parse(String change) {
        Matcher m = ASSIGNMENT.matcher(change);
        if (!m.matches()) {
            throw usage("'" + change + "' is not KEY=VALUE; for example email=office@clinic.example or tag+=prescriber");
        }
        Field<?> field = field(m.group(1).toLowerCase(Locale.ROOT));
        String op = m.group(2);
        String raw = m.group(3).strip();
        boolean list = field.kind() == Field.Kind.TEXT_LIST;
        if (!op.equals("=") && !list) {
            throw usage("'" + field.key() + "' holds one value, not a list: write " + field.key() + "=VALUE");
        }
        if (raw.isEmpty()) {
            if (!op.equals("=")) {
                throw usage("'" + change + "' names no " + field.singular() + " to " + (op.equals("+=") ? "add" : "remove"));
            }
            if (field.required()) {
                throw usage("'" + field.key() + "' is required and cannot be removed; give it a value: "
                        + field.key() + "=VALUE");
            }
            return List.of(new Assignment(field, Assignment.Op.UNSET, null));
        }
        if (list) {
            List<String> items = new ArrayList<>();
            for (String item : raw.split(",")) {
                if (!item.isBlank()) {
                    String problem = field.itemProblem(item.strip());
                    if (problem != null) {
                        throw usage("'" + field.key() + "': " + problem);
                    }
                    items.add(oneLine(field, item.strip()));
                }
            }
            if (op.equals("=")) {
                return List.of(new Assignment(field, Assignment.Op.SET, List.copyOf(items)));
            }
            Assignment.Op each = op.equals("+=") ? Assignment.Op.ADD : Assignment.Op.REMOVE;
            return items.stream().map(i -> new Assignment(field, each, i)).toList();
        }
        return List.of(new Assignment(field, Assignment.Op.SET, value(field, raw)));
    }

    private static String oneLine(Field<?> field, String text) {
        if (!field.block() && (text.contains("\n") || text.contains("\r"))) {
            throw usage("'" + field.key() + "' is one line of text; write it without line breaks");
        }
        return text;
    }

    /** The typed value of one key, read as the file's reader reads it and checked as add-contact checks it. */
    private Object value(Field<?> field, String raw) {
        try {
            if (field.kind() == Field.Kind.DATE) {
                return DateSpec.parse(raw).resolve(today());
            }
            return FieldText.parse(field, oneLine(field, raw));
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            throw usage(why.contains(field.key()) ? why : "'" + field.key() + "': " + why);
        }
    }

    /** A declared key by any of its names (key, one item of a list, the query's name, an alias). */
    static Field<?> field(String name) {
        for (Field<?> f : ContactFields.ALL) {
            if (f.names().contains(name)) {
                return f;
            }
        }
        if (name.equals(ContactFields.LOG)) {
            throw usage("the log changes with 'refnet log', 'log-referral', 'outcome' and 'unlog', not with set");
        }
        List<String> known = new ArrayList<>();
        for (Field<?> f : ContactFields.ALL) {
            known.add(f.key());
        }
        throw usage("unknown key '" + name + "'; the keys are: " + String.join(", ", known));
    }

    /** Completion: every key with '=', and one item of each list with '+=' and '-='. */
    static final class KeyCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> out = new ArrayList<>();
            for (Field<?> f : ContactFields.ALL) {
                out.add(f.key() + "=");
            }
            for (Field<?> f : ContactFields.ALL) {
                if (f.kind() == Field.Kind.TEXT_LIST) {
                    out.add(f.singular() + "+=");
                    out.add(f.singular() + "-=");
                }
            }
            return out.iterator();
        }
    }
}
