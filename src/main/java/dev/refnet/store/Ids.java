package dev.refnet.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Contact ids: made from names as SPEC 1.2 says, and checked before they become paths. */
public final class Ids {

    public static final int MAX_LENGTH = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private Ids() {
    }

    /** {@code Dr. María López} becomes {@code dr-maria-lopez}; a name with no letters a-z, {@code contact}. */
    public static String fromName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace('ø', 'o').replace('ł', 'l').replace('đ', 'd');
        s = NOT_WORD.matcher(s).replaceAll("-");
        s = trimDashes(s);
        if (s.length() > MAX_LENGTH) {
            s = trimDashes(s.substring(0, MAX_LENGTH));
        }
        return s.isEmpty() ? "contact" : s;
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
