package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.model.Cadence;
import dev.refnet.model.Contact;
import dev.refnet.store.NetworkStore;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code refnet snooze}: hides a contact's check-in from {@code due} until a date. */
@Command(name = "snooze",
        description = {"Put off a contact's check-in: 'refnet due' does not list it before the date.",
            "Writes 'snooze-until: DATE' to the contact's file. Thank-yous and outcomes are never snoozed.",
            "UNTIL is a duration from today (2w, 1m, 30d) or a date (YYYY-MM-DD)."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet snooze lopez 2w", "  refnet snooze st-marks 2025-09-01   # after the summer"})
public final class SnoozeCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either.")
    String contact;

    @Parameters(index = "1", paramLabel = "UNTIL", description = "A duration from today (2w, 1m) or a date.")
    String until;

    @Override
    public Integer call() {
        LocalDate today = today();
        LocalDate date = untilDate(until, today);
        Contact c = resolve(contact);
        beforeChange();
        NetworkStore.Change change = store().setSnooze(c.id(), date);
        String what = "snooze check-ins with " + c.name() + " until " + date;
        out().println("snoozed check-ins with " + c.name() + " until " + date
                + (c.snoozeUntil() == null ? "" : " (it was " + c.snoozeUntil() + ")"));
        commit(List.of(change.file()), what);
        return 0;
    }

    /** A duration counts from today; a date is taken as is but must not be in the past. */
    static LocalDate untilDate(String text, LocalDate today) {
        LocalDate date;
        try {
            date = Cadence.parse(text).addTo(today);
        } catch (IllegalArgumentException notDuration) {
            try {
                date = DateSpec.parse(text).resolve(today);
            } catch (IllegalArgumentException notDate) {
                throw usage("'" + text + "' is neither a duration (2w, 1m, 30d) nor a date (YYYY-MM-DD)");
            }
        }
        if (date.isBefore(today)) {
            throw usage(date + " is in the past; snooze until a later date, or delete the snooze-until line"
                    + " from the contact's file to end a snooze");
        }
        return date;
    }
}
