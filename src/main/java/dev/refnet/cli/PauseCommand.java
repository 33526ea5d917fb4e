package dev.refnet.cli;

import dev.refnet.model.Status;
import picocli.CommandLine.Command;

/** {@code refnet pause}: sets a contact's status to paused. */
@Command(name = "pause",
        description = {"Pause a contact: no check-ins in 'refnet due' until you activate them again (a partner on leave, or not taking referrals for a while). Thank-yous and outcomes still show.",
            "Writes 'status: paused' to the contact's file (in place; every other line stays as it is) and commits it."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet pause 'Dr. Ellen Park'", "  refnet pause dr-samuel-greer --no-commit   # write, but do not commit"})
public final class PauseCommand extends StatusCommand {

    @Override
    Status target() {
        return Status.PAUSED;
    }

    @Override
    String verb() {
        return "pause";
    }
}
