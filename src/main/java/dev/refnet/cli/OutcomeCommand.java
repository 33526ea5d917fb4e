package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.console.Questions;
import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Outcome;
import dev.refnet.model.RefnetException;
import dev.refnet.store.NetworkStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet outcome}: records what became of a referral. */
@Command(name = "outcome",
        description = {"Record the outcome of a contact's referral of a client, changing only that entry. "
                + "OUTCOME is one of scheduled, seen, declined, no-show or waitlisted."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet outcome lopez C-0142 seen",
            "  refnet outcome sam-rivera C-0150 seen --referred 2025-02-03  # referred twice"})
public final class OutcomeCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "The partner: an id, a name, or part of either (asked for on a terminal when missing).")
    String contact;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CLIENT", completionCandidates = Converters.ClientCandidates.class,
            description = "The client code of the referral.")
    String client;

    @Parameters(index = "2", arity = "0..1", paramLabel = "OUTCOME",
            completionCandidates = Converters.OutcomeCandidates.class, description = "What became of it.")
    String outcomeWord;

    @Option(names = "--referred", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "The day the client was referred, when the same client was referred more than once "
                    + "(--date DATE, its former name, still works).")
    DateSpec referred;

    /** The former name of --referred: elsewhere --date is the day of the event being logged, so it is hidden. */
    @Option(names = "--date", paramLabel = "DATE", converter = DateSpec.Converter.class, hidden = true)
    DateSpec date;

    @Override
    public Integer call() {
        if (outcomeWord == null && client != null && Outcome.parse(client).isPresent()) {
            // 'refnet outcome C-0142 seen': client and outcome given, the contact is missing.
            outcomeWord = client;
            client = contact;
            contact = null;
        }
        Contact c;
        try (Questions q = questions()) {
            c = contact != null ? resolve(contact)
                    : q.contact("Contact", "missing CONTACT: whose referral, as in: refnet outcome lopez C-0142 seen");
            if (client == null) {
                Set<String> known = new LinkedHashSet<>();
                for (LogEntry e : c.log()) {
                    if (e.type().isReferral() && e.client() != null) {
                        known.add(e.client());
                    }
                }
                client = q.ask("Client code", null, List.copyOf(known),
                        v -> known.stream().anyMatch(k -> k.equalsIgnoreCase(v)) ? null
                                : "no referral of '" + v + "' in " + c.name() + "'s log" + (known.isEmpty() ? "" : "; its client codes are "
                                + String.join(", ", known)),
                        "missing CLIENT: the client code of the referral, as in: refnet outcome " + c.id() + " C-0142 seen");
            }
            if (outcomeWord == null) {
                List<String> words = new ArrayList<>();
                new Converters.OutcomeCandidates().forEach(words::add);
                outcomeWord = q.ask("Outcome", null, words, v -> Outcome.parse(v).isPresent() ? null
                        : "unknown outcome '" + v + "'; one of: " + String.join(", ", words),
                        "missing OUTCOME: one of " + String.join(", ", words) + ", as in: refnet outcome " + c.id() + " " + client + " seen");
            }
        }
        Outcome outcome = Outcome.parse(outcomeWord).orElseThrow(() -> usage("unknown outcome '" + outcomeWord
                + "'; use one of: " + Converters.join(Outcome.values())));
        DateSpec which = referred != null ? referred : date;
        LocalDate onDate = which == null ? null : date(which);
        List<Integer> hits = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < c.log().size(); i++) {
            LogEntry e = c.log().get(i);
            if (!e.type().isReferral()) {
                continue;
            }
            codes.add(e.client());
            if (e.client().equalsIgnoreCase(client.strip()) && (onDate == null || e.date().equals(onDate))) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            throw RefnetException.data("no referral of " + client.strip() + (onDate == null ? "" : " on " + onDate) + " in "
                    + c.name() + "'s log" + (codes.isEmpty() ? " (it has no referrals)" : "; its client codes are "
                    + String.join(", ", codes)));
        }
        if (hits.size() > 1) {
            List<String> dates = new ArrayList<>();
            for (int i : hits) {
                dates.add(c.log().get(i).date().toString());
            }
            throw RefnetException.data(c.name() + "'s log has " + hits.size() + " referrals of " + client.strip() + " (on "
                    + String.join(", ", dates) + "); say which with --referred " + dates.get(dates.size() - 1));
        }
        int index = hits.get(0);
        LogEntry e = c.log().get(index);
        beforeChange();
        NetworkStore.Change change = store().setOutcome(c.id(), e, outcome);
        String what = "outcome " + outcome + " for " + e.client() + " (" + e.type() + (e.type().word().endsWith("in") ? " from " : " to ")
                + c.name() + ", " + e.date() + ")";
        out().println("recorded " + what + (e.outcome() == null ? "" : "; it was " + e.outcome()));
        commit(List.of(change.file()), "record " + what);
        return 0;
    }
}
