package dev.refnet.model;

import java.util.Locale;
import java.util.Optional;

/** The type of a log entry (docs/format.md#section-1-4). */
public enum EntryType implements Word {
    COFFEE, CALL, EMAIL, LETTER, MEETING, VISIT, PRESENTATION, WORKSHOP, EVENT, SOCIAL,
    THANK_YOU, NOTE, REFERRAL_IN, REFERRAL_OUT;

    /** values() copies its array on every call; parse runs for every entry of every file. */
    private static final EntryType[] ALL = values();

    private final String word = name().toLowerCase(Locale.ROOT).replace('_', '-');

    @Override
    public String word() {
        return word;
    }

    /** An outreach or contact with the partner (not a thank-you, note or referral). */
    public boolean isOutreach() {
        return ordinal() <= SOCIAL.ordinal();
    }

    public boolean isReferral() {
        return this == REFERRAL_IN || this == REFERRAL_OUT;
    }

    /** Whether an entry of this type counts as contact with the partner: all but notes. */
    public boolean isContact() {
        return this != NOTE;
    }

    public static Optional<EntryType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (EntryType e : ALL) {
            if (e.word().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word();
    }
}
