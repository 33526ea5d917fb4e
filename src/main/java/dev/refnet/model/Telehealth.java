package dev.refnet.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a partner sees clients by video (docs/format.md#section-8-1): also, not at all, or only so. */
public enum Telehealth implements Word {
    YES, NO, ONLY;

    private final String word = name().toLowerCase(Locale.ROOT);

    @Override
    public String word() {
        return word;
    }

    /** Whether a client who needs telehealth can be seen so. */
    public boolean offered() {
        return this != NO;
    }

    public static Optional<Telehealth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Optional.of(YES);
            case "no", "false" -> Optional.of(NO);
            case "only" -> Optional.of(ONLY);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return word();
    }
}
