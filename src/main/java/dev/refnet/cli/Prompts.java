package dev.refnet.cli;

import java.util.List;
import java.util.function.Function;

/**
 * Questions asked on a real terminal for values missing from the command line, one per
 * field with a default and completion of known values (hledger's {@code add} is the model).
 */
abstract class Prompts implements AutoCloseable {

    /** A prompt on the user's terminal, or null when none can be opened. */
    static Prompts open(Environment env) {
        return null;
    }

    /**
     * Asks until {@code validate} returns null for the answer; an empty answer takes
     * {@code defaultValue}. {@code candidates} complete on Tab.
     */
    abstract String ask(String question, String defaultValue, List<String> candidates, Function<String, String> validate);

    @Override
    public abstract void close();
}
