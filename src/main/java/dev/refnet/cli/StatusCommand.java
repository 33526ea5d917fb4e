package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.engine.Due;
import dev.refnet.engine.DueItem;
import dev.refnet.model.Contact;
import dev.refnet.model.Status;
import dev.refnet.store.NetworkStore;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/**
 * What {@code archive}, {@code pause} and {@code activate} share: set a contact's status and say
 * in one line what that changes in {@code refnet due}.
 */
abstract class StatusCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either.")
    String contact;

    /** The status this command sets. */
    abstract Status target();

    /** The verb, as in the commit message 'archive Dr. Samuel Greer'. */
    abstract String verb();

    @Override
    public Integer call() {
        Contact c = resolve(contact);
        if (c.status() == target()) {
            out().println(c.name() + " is already " + target() + "; nothing changed");
            return 0;
        }
        beforeChange();
        NetworkStore.Change change = store().setStatus(c.id(), target());
        out().println(pastTense() + " " + change.after().name() + " (it was " + change.before().status() + "): "
                + effect(change.after()));
        commit(List.of(change.file()), verb() + " " + change.after().name());
        return 0;
    }

    private String pastTense() {
        return verb().endsWith("e") ? verb() + "d" : verb() + "ed";
    }

    /** What the new status changes in 'refnet due', in words. */
    private String effect(Contact after) {
        return switch (target()) {
            case ARCHIVED -> "'refnet due' lists no more check-ins with them; thank-yous and outcomes of their referrals"
                    + " still show";
            case PAUSED -> "'refnet due' lists no check-ins with them until 'refnet activate " + after.id()
                    + "'; thank-yous and outcomes of their referrals still show";
            case ACTIVE, PROSPECT -> {
                Optional<DueItem> next = Due.checkIn(after, config(), today());
                if (next.isEmpty()) {
                    yield "'refnet due' lists check-ins with them again";
                }
                DueItem.CheckIn item = (DueItem.CheckIn) next.get();
                yield "'refnet due' lists check-ins with them again, every " + item.cadence() + "; the next is "
                        + (item.overdue() > 0 ? "due now (since " + item.due() + ")"
                                : item.overdue() == 0 ? "due today" : "due on " + item.due());
            }
        };
    }
}
