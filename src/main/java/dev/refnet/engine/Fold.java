package dev.refnet.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case- and accent-insensitive text for matching: {@code López} and {@code lopez} are equal. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        String t = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return t.toLowerCase(Locale.ROOT);
    }
}
