package dev.refnet.model;

import java.util.Locale;
import java.util.Optional;

/** Where a relationship stands; paused and archived contacts get no check-ins. */
public enum Status implements Word {
    ACTIVE, PROSPECT, PAUSED, ARCHIVED;

    /** values() copies its array on every call; parse runs for every entry of every file. */
    private static final Status[] ALL = values();

    private final String word = name().toLowerCase(Locale.ROOT);

    @Override
    public String word() {
        return word;
    }

    public boolean wantsCheckIns() {
        return this == ACTIVE || this == PROSPECT;
    }

    public static Optional<Status> parse(String text) {
        for (Status s : ALL) {
            if (s.word().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word();
    }
}
