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
    enum What { contacts, names, clinicians }

    @Parameters(index = "0", paramLabel = "WHAT", description = "contacts (ids) or names.")
    What what;

    /**
     * One word per clinician, as --clinician takes it: the first name when no other clinician
     * shares it, else the whole name with its spaces escaped for the shell.
     */
    static List<String> clinicianWords(List<String> clinicians) {
        List<String> words = new ArrayList<>();
        for (String c : clinicians) {
            String first = c.strip().split("\\s+")[0];
            long sharing = clinicians.stream().filter(o -> o.strip().split("\\s+")[0].equalsIgnoreCase(first)).count();
            words.add(sharing == 1 ? first : c.strip().replace(" ", "\\ "));
        }
        return words;
    }

    @Override
    public Integer call() {
        try {
            List<String> words = new ArrayList<>();
            if (what == What.clinicians) {
                for (String w : clinicianWords(config().clinicians())) {
                    out().println(w);
                }
                return 0;
            }
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
