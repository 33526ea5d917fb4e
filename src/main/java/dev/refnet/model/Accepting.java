package dev.refnet.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a partner takes new clients (docs/format.md#section-8-1, the {@code accepting} key). The older
 * {@code accepting-referrals: true|false} reads as {@link #YES} or {@link #NO}.
 */
public enum Accepting implements Word {
    YES, NO, WAITLIST;

    private final String word = name().toLowerCase(Locale.ROOT);

    @Override
    public String word() {
        return word;
    }

    /** yes, no or waitlist; true and false too, as the older key wrote them. */
    public static Optional<Accepting> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Optional.of(YES);
            case "no", "false" -> Optional.of(NO);
            case "waitlist", "wait-list", "waitlisted" -> Optional.of(WAITLIST);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return word();
    }
}
