package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.RefnetException;
import dev.refnet.store.NetworkStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet unlog}: removes one log entry, named by its date, type and (for a referral) client. */
@Command(name = "unlog",
        description = {"Remove one entry from a contact's log: one logged by mistake, or to the wrong partner. The entry"
                + " is named by its date and type, and for a referral its client code; a description that fits no"
                + " entry or more than one is refused. Only that entry's lines leave the file."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet unlog lopez --date 2025-02-10 --type referral-in --client C-0142",
            "  refnet unlog sam --date yesterday --type coffee",
            "  refnet undo   # or take back the last change refnet made, whatever it was"})
public final class UnlogCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Whose log: an id, a name, or part of either.")
    String contact;

    @Option(names = "--date", required = true, paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "The entry's date (YYYY-MM-DD, yesterday, -3d).")
    DateSpec date;

    @Option(names = "--type", required = true, paramLabel = "TYPE", converter = Converters.EntryTypeConverter.class,
            completionCandidates = Converters.EntryTypeCandidates.class,
            description = "The entry's type: ${COMPLETION-CANDIDATES}.")
    EntryType type;

    @Option(names = "--client", paramLabel = "CODE", completionCandidates = Converters.ClientCandidates.class,
            description = "The client code, for a referral.")
    String client;

    @Override
    public Integer call() {
        Contact c = resolve(contact);
        LocalDate on = date(date);
        List<LogEntry> fits = new ArrayList<>();
        List<String> sameDay = new ArrayList<>();
        for (LogEntry e : c.log()) {
            if (!e.date().equals(on)) {
                continue;
            }
            sameDay.add(describe(e));
            if (e.type() == type && (client == null || client.strip().equalsIgnoreCase(e.client() == null ? "" : e.client()))) {
                fits.add(e);
            }
        }
        String wanted = type + (client == null ? "" : " of " + client.strip()) + " on " + on;
        if (fits.isEmpty()) {
            throw RefnetException.data("no " + wanted + " in " + c.name() + "'s log"
                    + (sameDay.isEmpty() ? " (it has no entry that day)" : "; that day it has: " + String.join(", ", sameDay)));
        }
        if (fits.size() > 1) {
            boolean clients = fits.stream().map(LogEntry::client).distinct().count() == fits.size() && client == null;
            throw RefnetException.data(fits.size() + " entries in " + c.name() + "'s log fit " + wanted + ": "
                    + String.join(", ", fits.stream().map(UnlogCommand::describe).toList())
                    + (clients ? "; say which with --client" : "; remove the one you mean by hand"));
        }
        LogEntry e = fits.get(0);
        beforeChange();
        NetworkStore.Change change = store().removeEntry(c.id(), e);
        String what = describe(e) + (e.type().isReferral() ? (e.type() == EntryType.REFERRAL_IN ? " from " : " to ") : " with ")
                + c.name() + " on " + e.date();
        out().println("removed " + what + " from the log");
        commit(List.of(change.file()), "unlog " + what);
        return 0;
    }

    /** {@code coffee}, {@code referral-in of C-0142}: how an entry is named in messages. */
    private static String describe(LogEntry e) {
        return e.type() + (e.client() == null ? "" : " of " + e.client());
    }
}
