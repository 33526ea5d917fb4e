package dev.refnet.cli;

import dev.refnet.model.Status;
import picocli.CommandLine.Command;

/** {@code refnet activate}: sets a contact's status to active. */
@Command(name = "activate",
        description = {"Make a paused, archived or prospective contact active: 'refnet due' lists check-ins with them again at their cadence.",
            "Writes 'status: active' to the contact's file (in place; every other line stays as it is) and commits it."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet activate greer", "  refnet activate dr-samuel-greer --no-commit   # write, but do not commit"})
public final class ActivateCommand extends StatusCommand {

    @Override
    Status target() {
        return Status.ACTIVE;
    }

    @Override
    String verb() {
        return "activate";
    }
}
