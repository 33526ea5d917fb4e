package dev.refnet.engine;

import dev.refnet.model.RefnetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The practice's clinicians as names people type: {@code priya}, {@code Priya Shah} and
 * {@code PRIYA SHAH} name the same clinician of the settings (case and accents ignored).
 */
public final class Clinicians {

    private Clinicians() {
    }

    /** Whether two names written in entries and settings name the same clinician. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * The clinician of {@code known} that {@code typed} names: the one whose whole name it is,
     * else the only one whose name holds it as a word or part of a word. {@code source} says
     * where the name came from, for the message when it names none or several.
     */
    public static String resolve(String typed, List<String> known, String source) {
        if (known.isEmpty()) {
            throw RefnetException.usage(source + " names '" + typed + "', but refnet.yaml lists no clinicians;"
                    + " add them as 'clinicians: [Jordan Ellis, Priya Shah]'");
        }
        String want = key(typed);
        for (String k : known) {
            if (key(k).equals(want)) {
                return k;
            }
        }
        List<String> part = new ArrayList<>();
        for (String k : known) {
            if (!want.isEmpty() && key(k).contains(want)) {
                part.add(k);
            }
        }
        if (part.size() == 1) {
            return part.get(0);
        }
        String listed = String.join("; ", known);
        if (part.isEmpty()) {
            throw RefnetException.usage(source + " names '" + typed + "', who is not a clinician of this practice;"
                    + " refnet.yaml lists: " + listed);
        }
        throw RefnetException.usage(source + " '" + typed + "' could be " + String.join("; ", part)
                + "; write more of the name");
    }

    private static String key(String name) {
        return Fold.fold(name == null ? "" : name).replaceAll("\\s+", " ").strip();
    }
}
