package dev.refnet.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Contact ids: made from names as docs/format.md#section-1-2 says, and checked before they become paths. */
public final class Ids {

    public static final int MAX_LENGTH = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private Ids() {
    }

    /** {@code Dr. María López} becomes {@code dr-maria-lopez}; a name with no letters a-z, {@code contact}. */
    public static String fromName(String name) {
        String s = slug(name);
        return s.isEmpty() ? "contact" : s;
    }

    /** Whether {@code name} has letters or digits an id can be made of ({@code 李医生} and {@code ???} have none). */
    public static boolean makesId(String name) {
        return !slug(name).isEmpty();
    }

    /** Why {@code id} cannot be the id a person chose for a new contact; null when it can. */
    public static String whyNotChosen(String id) {
        if (id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= MAX_LENGTH) {
            return null;
        }
        String better = slug(id);
        return "the id '" + id + "' is not one refnet accepts: lower-case letters a-z, digits and single dashes, at most "
                + MAX_LENGTH + " characters" + (better.isEmpty() || better.equals(id) ? "" : ", like " + better);
    }

    private static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace('ø', 'o').replace('ł', 'l').replace('đ', 'd');
        s = NOT_WORD.matcher(s).replaceAll("-");
        s = trimDashes(s);
        if (s.length() > MAX_LENGTH) {
            s = trimDashes(s.substring(0, MAX_LENGTH));
        }
        return s;
    }

    /** The id for a name that is not yet taken: {@code base}, {@code base-2}, {@code base-3}, … */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > MAX_LENGTH
                    ? trimDashes(base.substring(0, MAX_LENGTH - suffix.length())) : base;
            String candidate = stem + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Whether an id can name a file inside {@code contacts/} and nothing else. */
    public static boolean isSafe(String id) {
        return id != null && !id.isEmpty() && id.length() <= 200 && !id.startsWith(".")
                && id.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0 || c < 0x20);
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }
}
