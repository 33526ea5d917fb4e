package dev.refnet.cli;

import dev.refnet.engine.ContactMatch;
import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fills in a value missing from the command line: asked on a terminal, else a usage error
 * (exit 2) that names it. Opens the prompt once, at the first question.
 */
final class Questions implements AutoCloseable {

    private final BaseCommand cmd;
    private Prompts prompts;
    private boolean tried;

    Questions(BaseCommand cmd) {
        this.cmd = cmd;
    }

    /** Asks; without a terminal, fails with {@code missing} as the usage error. */
    String ask(String question, String defaultValue, List<String> candidates, Function<String, String> validate, String missing) {
        String answer = askIfTerminal(question, defaultValue, candidates, validate);
        if (answer == null) {
            throw RefnetException.usage(missing);
        }
        return answer;
    }

    /** Asks on a terminal; without one, returns null (for a question whose default needs no asking). */
    String askIfTerminal(String question, String defaultValue, List<String> candidates, Function<String, String> validate) {
        if (!tried) {
            tried = true;
            prompts = Prompts.open(cmd.env());
        }
        return prompts == null ? null : prompts.ask(question, defaultValue, candidates, validate);
    }

    /** Asks for a contact, completing names and ids, until the answer names exactly one. */
    Contact contact(String question, String missing) {
        List<Contact> contacts = cmd.network().contacts();
        List<String> words = new ArrayList<>();
        for (Contact c : contacts) {
            words.add(c.name());
        }
        for (Contact c : contacts) {
            words.add(c.id());
        }
        String answer = ask(question, null, words, v -> {
            try {
                ContactMatch.resolve(contacts, v);
                return null;
            } catch (RefnetException e) {
                return e.getMessage();
            }
        }, missing);
        return ContactMatch.resolve(contacts, answer);
    }

    @Override
    public void close() {
        if (prompts != null) {
            prompts.close();
        }
    }
}
