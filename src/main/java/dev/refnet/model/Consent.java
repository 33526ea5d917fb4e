package dev.refnet.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What the client of a referral in agreed may be told to the referrer: the key {@code consent}
 * of a {@code referral-in} entry, with {@code release-until} for how long a release holds.
 * Being in therapy is itself confidential, so the default says nothing may be confirmed.
 */
public enum Consent implements Word {
    /** Nothing about the client may be shared: a thank-you thanks for thinking of the practice. */
    NONE,
    /** The referrer may be thanked, in the practice's name, for the referral; nothing more. */
    GENERIC,
    /** A release of information is on file: the practice may say it is in touch with the client. */
    RELEASE;

    private static final Consent[] ALL = values();

    private final String word = name().toLowerCase(Locale.ROOT);

    @Override
    public String word() {
        return word;
    }

    public static Optional<Consent> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Consent c : ALL) {
            if (c.word.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The consent that holds on {@code day}: a release whose {@code release-until} is before that
     * day has lapsed, and then nothing may be shared (a lapsed release is not a generic consent).
     */
    public static Consent inForce(Consent level, LocalDate releaseUntil, LocalDate day) {
        Consent l = level == null ? NONE : level;
        if (l == RELEASE && releaseUntil != null && releaseUntil.isBefore(day)) {
            return NONE;
        }
        return l;
    }

    @Override
    public String toString() {
        return word;
    }
}
