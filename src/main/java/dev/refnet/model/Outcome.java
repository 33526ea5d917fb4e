package dev.refnet.model;

import java.util.Locale;
import java.util.Optional;

/** What became of a referral (docs/format.md#section-1-4). */
public enum Outcome implements Word {
    SCHEDULED, SEEN, DECLINED, NO_SHOW, WAITLISTED;

    /** values() copies its array on every call; parse runs for every entry of every file. */
    private static final Outcome[] ALL = values();

    private final String word = name().toLowerCase(Locale.ROOT).replace('_', '-');

    @Override
    public String word() {
        return word;
    }

    public static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Outcome o : ALL) {
            if (o.word().equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word();
    }
}
