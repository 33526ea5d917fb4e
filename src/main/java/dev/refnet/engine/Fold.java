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

    /**
     * {@link #fold} with only letters and digits kept, for matching names as people type them:
     * {@code O'Neil}, {@code Jean-Luc} and {@code Dr. Siobhán} become {@code oneil}, {@code jeanluc}
     * and {@code drsiobhan}, so {@code oneil} and {@code "jean luc"} find them.
     */
    public static String compact(String s) {
        String f = fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The words of {@code s}, folded: runs of letters and digits ({@code "Top-Referrer"} gives top, referrer). */
    public static java.util.List<String> words(String s) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
