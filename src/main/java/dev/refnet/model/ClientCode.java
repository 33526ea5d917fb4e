package dev.refnet.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A referral names its client only by an opaque code (docs/format.md#section-1-4): refnet holds the minimum
 * necessary health information, so names, e-mail addresses and spaces are refused. Beyond its
 * shape, a code must follow the practice's rule: the pattern {@code client-code} in refnet.yaml
 * when it sets one, else the default one, which refuses what reads as a name: a code must hold a
 * digit and no capitalised word ({@code Watson}) nor a common given name ({@code emily}, from
 * the list {@code given-names.txt} beside this class).
 */
public final class ClientCode {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.#-]{1,32}");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]{2,}");
    /** Runs of letters, split where a lower-case letter meets a capital ({@code emilyWatson}). */
    private static final Pattern WORD = Pattern.compile("[A-Z]*[a-z]+|[A-Z]+");

    /** What to do instead of writing a name or contact detail. */
    public static final String ADVICE = "refnet never stores a client's name or contact details (minimum necessary"
            + " health information); use the opaque code from your records, like C-0142";

    private ClientCode() {
    }

    /** Empty when the code is acceptable under the default rule, else the reason it is not, in plain English. */
    public static Optional<String> problem(String code) {
        return problem(code, null);
    }

    /**
     * Empty when the code is acceptable under {@code rule} (refnet.yaml's {@code client-code}
     * pattern; null for the default rule), else the whole message that refuses it.
     */
    public static Optional<String> problem(String code, String rule) {
        if (code == null || code.isEmpty()) {
            return why(code, rule);
        }
        return why(code, rule).map(why -> "client code '" + code + "' refused: " + why + ". " + advice(code, rule));
    }

    /**
     * What to say after the reason a code is refused: the advice, and when the default rule
     * refused it (not its shape), how a practice states its own.
     */
    public static String advice(String code, String rule) {
        return ADVICE + (rule == null && shape(code).isEmpty() ? " (if your practice's codes look like this one,"
                + " set client-code: PATTERN in refnet.yaml, like client-code: 'C-[0-9]{4}')" : "");
    }

    /** What is wrong with a code under the default rule, in a few words; empty when it is fine. */
    public static Optional<String> why(String code) {
        return why(code, null);
    }

    /** What is wrong with a code under {@code rule} (null: the default rule), in a few words; empty when it is fine. */
    public static Optional<String> why(String code, String rule) {
        Optional<String> shape = shape(code);
        if (shape.isPresent()) {
            return shape;
        }
        if (rule != null) {
            return Pattern.compile(rule).matcher(code).matches() ? Optional.empty()
                    : Optional.of("it does not match client-code '" + rule + "' in refnet.yaml");
        }
        if (code.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("it has no digit, so it may be a name");
        }
        Matcher capital = CAPITALISED.matcher(code);
        if (capital.find()) {
            return Optional.of("'" + capital.group() + "' reads as a name");
        }
        Matcher word = WORD.matcher(code);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (GivenNames.NAMES.contains(w)) {
                return Optional.of("'" + word.group() + "' is a common first name");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a code's shape (length and characters), whatever the rule; empty when it is fine. */
    public static Optional<String> shape(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("a referral needs a client code, like C-0142");
        }
        if (CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        if (code.length() > 32) {
            return Optional.of("it is longer than 32 characters");
        } else if (code.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("it has a space, so it looks like a name");
        } else if (code.contains("@")) {
            return Optional.of("it looks like an e-mail address");
        }
        return Optional.of("it has characters other than letters, digits, '-', '_', '.' and '#'");
    }

    /** Why {@code rule} cannot be a client-code pattern; empty when it compiles. */
    public static Optional<String> badRule(String rule) {
        try {
            Pattern.compile(rule);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("client-code '" + rule + "' is not a valid pattern (" + e.getDescription()
                    + "); write a regular expression such as 'C-[0-9]{4}'");
        }
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The given-name list, read on first use (only a referral's code needs it). */
    private static final class GivenNames {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            Set<String> names = new HashSet<>();
            try (InputStream in = ClientCode.class.getResourceAsStream("given-names.txt")) {
                if (in == null) {
                    throw new IllegalStateException("given-names.txt is missing from refnet's jar");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        for (String name : line.strip().split("\\s+")) {
                            if (!name.isEmpty()) {
                                names.add(name.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(names);
        }
    }
}
