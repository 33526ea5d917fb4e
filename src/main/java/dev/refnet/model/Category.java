package dev.refnet.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The eight kinds of referral partner (docs/format.md#section-1-3), with the aliases input accepts. */
public enum Category implements Word {
    THERAPIST, PHYSICIAN, SCHOOL, FAITH, COMMUNITY, ONLINE, LEGAL, OTHER;

    private static final Map<String, Category> WORDS = new LinkedHashMap<>();

    static {
        for (Category c : values()) {
            WORDS.put(c.word(), c);
        }
        alias(THERAPIST, "counselor", "psychologist", "psychiatrist");
        alias(PHYSICIAN, "doctor", "medical", "nurse", "pediatrician");
        alias(SCHOOL, "teacher", "university");
        alias(FAITH, "church", "mosque", "synagogue", "temple", "clergy");
        alias(COMMUNITY, "nonprofit", "organization", "social-work");
        alias(ONLINE, "social", "social-media");
        alias(LEGAL, "lawyer", "attorney", "law");
    }

    private static void alias(Category c, String... words) {
        for (String w : words) {
            WORDS.put(w, c);
        }
    }

    /** The canonical word written to files and output. */
    private final String word = name().toLowerCase(Locale.ROOT);

    @Override
    public String word() {
        return word;
    }

    /**
     * Whether the practice refers clients to partners of this kind (docs/format.md#section-8), so that their
     * insurance, languages, ages and availability are worth asking for.
     */
    public boolean takesReferrals() {
        return this == THERAPIST || this == PHYSICIAN || this == COMMUNITY || this == LEGAL;
    }

    /** Every word input accepts, canonical words first, then aliases. */
    public static Iterable<String> acceptedWords() {
        return WORDS.keySet();
    }

    /** Parses a canonical word or an alias, case-insensitively. */
    public static Optional<Category> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORDS.get(text.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return word();
    }
}
