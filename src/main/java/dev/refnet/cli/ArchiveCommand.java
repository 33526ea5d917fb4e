package dev.refnet.cli;

import dev.refnet.model.Status;
import picocli.CommandLine.Command;

/** {@code refnet archive}: sets a contact's status to archived. */
@Command(name = "archive",
        description = {"Archive a contact: a partner who retired, moved away or closed. 'refnet due' lists no check-ins with them; thank-yous and outcomes of their referrals still show, and their history stays in reports.",
            "Writes 'status: archived' to the contact's file (in place; every other line stays as it is) and commits it."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet archive greer", "  refnet archive dr-samuel-greer --no-commit   # write, but do not commit"})
public final class ArchiveCommand extends StatusCommand {

    @Override
    Status target() {
        return Status.ARCHIVED;
    }

    @Override
    String verb() {
        return "archive";
    }
}
