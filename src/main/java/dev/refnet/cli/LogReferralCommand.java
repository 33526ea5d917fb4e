package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.console.Questions;
import dev.refnet.engine.Clinicians;
import dev.refnet.model.ClientCode;
import dev.refnet.model.Consent;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.Outcome;
import dev.refnet.model.PrivateDetails;
import dev.refnet.model.RefnetException;
import dev.refnet.store.NetworkStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refnet log-referral}: a referral in from a partner, or out to one. */
@Command(name = "log-referral",
        description = {"Log a referral: --from CONTACT when the partner referred a client to the practice, "
                + "--to CONTACT when the practice referred a client to the partner.",
            "The client is named only by an opaque code from your records (like C-0142), never by name."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet log-referral --from lopez --client C-0142 --reason trauma \\",
            "      --clinician 'Priya Shah'",
            "  refnet log-referral --to sam-rivera --client C-0150 \\",
            "      --reason 'couples work' --date yesterday",
            "  refnet log-referral --from lopez --client C-0142 --outcome scheduled"})
public final class LogReferralCommand extends BaseCommand {

    /** Exactly one direction. */
    static final class Direction {
        @Option(names = "--from", paramLabel = "CONTACT", required = true, completionCandidates = Converters.ContactCandidates.class,
                description = "The partner who referred a client to the practice.")
        String from;

        @Option(names = "--to", paramLabel = "CONTACT", required = true, completionCandidates = Converters.ContactCandidates.class,
                description = "The partner the practice referred a client to.")
        String to;
    }

    // Optional so that a terminal can ask for it; without one, a missing direction is a usage error.
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Direction direction;

    @Option(names = "--client", paramLabel = "CODE",
            description = "The client's opaque code: 1-32 letters, digits, '-', '_', '.', '#', with a digit and no name "
                    + "in it (or as refnet.yaml's client-code says); never a name.")
    String client;

    @Option(names = "--clinician", paramLabel = "NAME", completionCandidates = Converters.ClinicianCandidates.class,
            description = "The practice's clinician who received (or made) it; default: the first in refnet.yaml.")
    String clinician;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in a word or two (no identifying details).")
    String reason;

    @Option(names = "--outcome", paramLabel = "OUTCOME", converter = Converters.OutcomeConverter.class,
            completionCandidates = Converters.OutcomeCandidates.class,
            description = "scheduled, seen, declined, no-show or waitlisted, if already known.")
    Outcome outcome;

    @Option(names = "--consent", paramLabel = "LEVEL", converter = Converters.ConsentConverter.class,
            completionCandidates = Converters.ConsentCandidates.class,
            description = "For a referral in, what the client agreed the referrer may be told: none (the default),"
                    + " generic (a thank-you for the referral) or release (a release of information is on file).")
    Consent consent;

    @Option(names = "--release-until", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "With --consent release: the last day the release holds (YYYY-MM-DD).")
    DateSpec releaseUntil;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note (no identifying details).")
    String note;

    @Option(names = "--date", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When (YYYY-MM-DD, today, yesterday, -3d; default: today).")
    DateSpec date;

    @Override
    public Integer call() {
        refuseClientDetails("--reason", reason);
        refuseClientDetails("--note", note);
        String rule = config().clientCode();
        if (client != null) {
            ClientCode.problem(client, rule).ifPresent(why -> {
                throw RefnetException.usage(why);
            });
        }
        if (releaseUntil != null && consent != Consent.RELEASE) {
            throw usage("--release-until goes with --consent release: it says how long the release of information holds");
        }
        if (consent != null && direction != null && direction.to != null) {
            throw usage("--consent is for a referral in (--from CONTACT): it records what the client agreed the referrer may be told");
        }
        boolean in;
        Contact c;
        try (Questions q = questions()) {
            if (direction == null) {
                String missing = "missing --from CONTACT (a partner referred a client to you) or --to CONTACT (you referred"
                        + " one to them), as in: refnet log-referral --from lopez --client C-0142";
                String dir = q.ask("Referral in (from a partner) or out (to a partner)", "in", List.of("in", "out"),
                        v -> v.equalsIgnoreCase("in") || v.equalsIgnoreCase("out") ? null : "answer in or out", missing);
                in = dir.equalsIgnoreCase("in");
                c = q.contact(in ? "From" : "To", missing);
            } else {
                in = direction.from != null;
                c = resolve(in ? direction.from : direction.to);
            }
            if (client == null) {
                client = q.ask("Client code", null, List.of(), v -> ClientCode.problem(v, rule).orElse(null),
                        "missing --client CODE: the client's opaque code from your records, as in: refnet log-referral "
                        + (in ? "--from " : "--to ") + c.id() + " --client C-0142");
            }
            List<String> clinicians = network().config().clinicians();
            if (clinician == null && clinicians.size() > 1) {
                clinician = q.askIfTerminal(in ? "Which clinician received it" : "Which clinician referred",
                        clinicians.get(0), clinicians, v -> {
                            try {
                                Clinicians.resolve(v.strip(), clinicians, "That answer");
                                return null;
                            } catch (RefnetException e) {
                                return e.getMessage();
                            }
                        });
            }
        }
        EntryType type = in ? EntryType.REFERRAL_IN : EntryType.REFERRAL_OUT;
        NetworkConfig config = network().config();
        String who = clinician(config);
        LocalDate when = entryDate(date);
        beforeChange();
        LogEntry entry = LogEntry.referral(when, type, client, who, blank(reason), outcome, blank(note)).toBuilder()
                .with(EntryFields.CONSENT, in ? consent : null)
                .with(EntryFields.RELEASE_UNTIL, in && releaseUntil != null ? date(releaseUntil) : null).build();
        NetworkStore.Change change = store().appendReferral(c.id(), entry);
        String clinicianShown = who == null ? "" : (in ? " to " : " by ") + who;
        out().println("logged " + type + (in ? " from " : " to ") + c.name() + " (" + client + ")" + clinicianShown + " on " + when);
        commit(List.of(change.file()), "log " + type + (in ? " from " : " to ") + c.name() + " (" + client + ")");
        return 0;
    }

    /** The clinician as configured (matched loosely), or the default; unknown names are refused. */
    private String clinician(NetworkConfig config) {
        if (clinician == null || clinician.isBlank()) {
            return config.clinicians().isEmpty() ? null : config.defaultClinician();
        }
        if (config.clinicians().isEmpty()) {
            return clinician.strip();
        }
        return Clinicians.resolve(clinician.strip(), config.clinicians(), "--clinician");
    }

    /** A referral's reason and note are about a client: what looks like the client's details is refused (docs/format.md#section-1-4). */
    private static void refuseClientDetails(String option, String text) {
        PrivateDetails.described(text).ifPresent(what -> {
            throw usage(option + " holds what looks like " + what + ": a client's details do not belong in refnet;"
                    + " say why in a word or two (like trauma) and name the client only by the opaque code; nothing was written");
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
