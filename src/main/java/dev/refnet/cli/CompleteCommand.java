package dev.refnet.cli;

import dev.refnet.model.Contact;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code refnet __complete contacts}: the contact ids, one a line, for the completion scripts.
 * Hidden; silent on any problem, because a Tab press must never print errors into the command line.
 */
@Command(name = CompleteCommand.NAME, hidden = true, description = "Words for shell completion (used by the completion scripts).")
public final class CompleteCommand extends BaseCommand {

    static final String NAME = "__complete";

    /** What to list. */
    enum What { contacts, names }

    @Parameters(index = "0", paramLabel = "WHAT", description = "contacts (ids) or names.")
    What what;

    @Override
    public Integer call() {
        try {
            List<String> words = new ArrayList<>();
            for (Contact c : store().load().network().contacts()) {
                words.add(what == What.names ? c.name() : c.id());
            }
            words.sort(null);
            for (String w : words) {
                out().println(w);
            }
            return 0;
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
