package dev.refnet.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of ages a partner serves (docs/format.md#section-8-1, the items of {@code ages}): {@code 5-12} (both ends
 * included) or {@code 18+} (that age and older).
 *
 * @param from the youngest age served
 * @param to the oldest, or {@link Integer#MAX_VALUE} for an open range
 */
public record AgeRange(int from, int to) {

    /** The oldest age anyone writes; an age or range end beyond it is taken for a typing slip. */
    public static final int OLDEST = 120;

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,3})\\s*(?:([-\u2013])\\s*(\\d{1,3})|(\\+))\\s*");

    /** How a range is written, for messages. */
    public static final String FORMS = "a range like 5-12, 13-17, 18+ or 65+";

    /** Reads {@code 5-12} or {@code 18+}; empty for anything else, a range that ends before it starts included. */
    public static Optional<AgeRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            return from <= OLDEST ? Optional.of(new AgeRange(from, Integer.MAX_VALUE)) : Optional.empty();
        }
        int to = Integer.parseInt(m.group(3));
        return from <= to && to <= OLDEST ? Optional.of(new AgeRange(from, to)) : Optional.empty();
    }

    /** Null when {@code text} is a range, else what is wrong with it in plain words. */
    public static String problem(String text) {
        return parse(text).isPresent() ? null : "'" + text + "' is not an age range; write " + FORMS;
    }

    /** Reads an age in whole years, as a query term gives it ({@code age:15}). */
    public static Optional<Integer> parseAge(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int age = Integer.parseInt(text.strip());
        return age <= OLDEST ? Optional.of(age) : Optional.empty();
    }

    public boolean holds(int age) {
        return age >= from && age <= to;
    }

    @Override
    public String toString() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }
}
