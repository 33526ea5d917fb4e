package dev.refnet.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A referral names its client only by an opaque code (SPEC 1.4): refnet holds the minimum
 * necessary health information, so names, e-mail addresses and spaces are refused.
 */
public final class ClientCode {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.#-]{1,32}");

    private ClientCode() {
    }

    /** Empty when the code is acceptable, else the reason it is not, in plain English. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isEmpty()) {
            return why(code);
        }
        return why(code).map(why -> "client code '" + code + "' refused: " + why + ". " + ADVICE);
    }

    /** What is wrong with a code, in a few words ("it has a space, so it looks like a name"); empty when it is fine. */
    public static Optional<String> why(String code) {
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

    /** What to do instead of writing a name or contact detail. */
    public static final String ADVICE = "refnet never stores a client's name or contact details (minimum necessary"
            + " health information); use the opaque code from your records, like C-0142";

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
