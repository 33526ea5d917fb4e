package dev.refnet.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The letters refnet drafts, from the seed article's advice: a thank-you after a referral, an
 * introductory letter, a check-in to keep a relationship warm, and an offer of a workshop or talk.
 */
public enum DraftKind {
    THANK("thank", EntryType.THANK_YOU, "Thank-you drafted with refnet"),
    INTRO("intro", EntryType.LETTER, "Introductory letter drafted with refnet"),
    CHECK_IN("check-in", EntryType.EMAIL, "Check-in drafted with refnet"),
    WORKSHOP("workshop", EntryType.EMAIL, "Workshop offer drafted with refnet");

    private static final DraftKind[] ALL = values();

    private final String word;
    private final EntryType logType;
    private final String logNote;

    DraftKind(String word, EntryType logType, String logNote) {
        this.word = word;
        this.logType = logType;
        this.logNote = logNote;
    }

    /** The word on the command line and the template's file name without {@code .mustache}. */
    public String word() {
        return word;
    }

    /** The type of the log entry that {@code draft --log} records. */
    public EntryType logType() {
        return logType;
    }

    /** The note of that entry: what was sent, never whom it was about. */
    public String logNote() {
        return logNote;
    }

    public static Optional<DraftKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (DraftKind k : ALL) {
            if (k.word.equals(t) || k.word.replace("-", "").equals(t)) {
                return Optional.of(k);
            }
        }
        if (t.equals("thank-you") || t.equals("thanks")) {
            return Optional.of(THANK);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
