package dev.refnet.console;

import dev.refnet.engine.ContactMatch;
import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fills in a value missing from the command line: asked on a terminal, else a usage error
 * (exit 2) that names it. Opens the prompt once, at the first question.
 */
public final class Questions implements AutoCloseable {

    private final Environment env;
    private final Supplier<List<Contact>> contacts;
    private Prompts prompts;
    private boolean tried;

    /** Questions for a command run in {@code env}; {@code contacts} are read only when a contact is asked for. */
    public Questions(Environment env, Supplier<List<Contact>> contacts) {
        this.env = env;
        this.contacts = contacts;
    }

    /** Asks; without a terminal, fails with {@code missing} as the usage error. */
    public String ask(String question, String defaultValue, List<String> candidates, Function<String, String> validate, String missing) {
        String answer = askIfTerminal(question, defaultValue, candidates, validate);
        if (answer == null) {
            throw RefnetException.usage(missing);
        }
        return answer;
    }

    /** Asks on a terminal; without one, returns null (for a question whose default needs no asking). */
    public String askIfTerminal(String question, String defaultValue, List<String> candidates, Function<String, String> validate) {
        if (!tried) {
            tried = true;
            prompts = Prompts.open(env);
        }
        return prompts == null ? null : prompts.ask(question, defaultValue, candidates, validate);
    }

    /** Asks for a contact, completing names and ids, until the answer names exactly one. */
    public Contact contact(String question, String missing) {
        List<Contact> contacts = this.contacts.get();
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
