package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.console.Questions;
import dev.refnet.model.Accepting;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.model.PrivateDetails;
import dev.refnet.store.NetworkStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet log}: appends an outreach, thank-you or note entry. */
@Command(name = "log",
        description = {"Log an outreach, a thank-you or a note for a contact.",
            "TYPE is one of coffee, call, email, letter, meeting, visit, presentation, workshop, event, social, "
                + "thank-you, or note (a note is something to remember; it does not count as contact)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet log lopez coffee --note 'Talked about trauma referrals'",
            "  refnet log st-marks presentation --date 2025-03-01",
            "  refnet log lopez call --date yesterday",
            "  refnet log rivera call --accepting waitlist --note 'Opening in January'"})
public final class LogCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either (asked for on a terminal when missing).")
    String contact;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TYPE",
            completionCandidates = Converters.LogTypeCandidates.class, description = "What happened (see above).")
    String type;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note about it.")
    String note;

    @Option(names = "--date", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When (YYYY-MM-DD, today, yesterday, -3d; default: today).")
    DateSpec date;

    @Option(names = "--accepting", paramLabel = "yes|no|waitlist", converter = Converters.AcceptingConverter.class,
            completionCandidates = Converters.AcceptingCandidates.class,
            description = "What you learnt about new clients: sets accepting and accepting-checked (the entry's date) with the entry.")
    Accepting accepting;

    @Override
    public Integer call() {
        if (type == null && contact != null && EntryType.parse(contact).filter(t -> !t.isReferral()).isPresent()) {
            // 'refnet log coffee': the one word given is the type; the contact is missing.
            type = contact;
            contact = null;
        }
        EntryType entryType;
        Contact c;
        try (Questions q = questions()) {
            c = contact != null ? resolve(contact) : q.contact("Contact", "missing CONTACT: say whom you met, as in: refnet log lopez coffee");
            if (type == null) {
                List<String> words = new ArrayList<>();
                new Converters.LogTypeCandidates().forEach(words::add);
                type = q.ask("Type", null, words, v -> logType(v) == null ? "unknown log type '" + v + "'; one of: "
                        + String.join(", ", words) : null, "missing TYPE: one of " + String.join(", ", words)
                        + ", as in: refnet log " + c.id() + " coffee");
            }
        }
        entryType = logType(type);
        if (entryType == null) {
            try {
                new Converters.LogTypeConverter().convert(type);
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw usage(e.getMessage());
            }
        }
        if (accepting != null && !entryType.isOutreach()) {
            throw usage("--accepting goes with an outreach (call, email, visit, ...), not a " + entryType.word()
                    + ": as in refnet log " + c.id() + " call --accepting " + accepting.word());
        }
        return append(this, c, entryType, date, note, accepting);
    }

    private static EntryType logType(String word) {
        return EntryType.parse(word).filter(t -> !t.isReferral()).orElse(null);
    }

    /** Appends a plain entry and says what was recorded; shared with {@code thank}. */
    static int append(BaseCommand cmd, Contact c, EntryType type, DateSpec dateSpec, String note) {
        return append(cmd, c, type, dateSpec, note, null);
    }

    /** The same, also recording availability ({@code accepting} and its date) when {@code accepting} is given. */
    static int append(BaseCommand cmd, Contact c, EntryType type, DateSpec dateSpec, String note, Accepting accepting) {
        LocalDate date = cmd.entryDate(dateSpec);
        PrivateDetails.described(note).ifPresent(what -> cmd.warn("the note holds what looks like " + what
                + "; if it is a client's, take it out of contacts/" + c.id() + ".yaml: refnet keeps clients only as opaque codes"));
        cmd.beforeChange();
        LogEntry entry = LogEntry.of(date, type, note == null || note.isBlank() ? null : note.strip());
        NetworkStore.Change change;
        if (accepting == null) {
            change = cmd.store().appendEntry(c.id(), entry);
        } else {
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(ContactFields.ACCEPTING, accepting);
            values.put(ContactFields.ACCEPTING_CHECKED, date);
            change = cmd.store().appendEntryAndSet(c.id(), entry, values);
        }
        String what = switch (type) {
            case THANK_YOU -> "a thank-you to " + c.name();
            case NOTE -> "a note about " + c.name();
            default -> type.word() + " with " + c.name();
        };
        String availability = accepting == null ? "" : "; accepting: " + accepting.word();
        cmd.out().println("logged " + what + " on " + date + availability);
        cmd.commit(List.of(change.file()), "log " + what + availability);
        return 0;
    }
}
