package dev.refnet.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as docs/format.md#section-1-5 writes it ({@code 30d}, {@code 6w}, {@code 2m}, {@code 1y} or ISO
 * {@code P60D}), kept with its original text so output shows it as the user wrote it.
 * Months and years are calendar arithmetic: Jan 31 + 1m is Feb 28 (or 29).
 */
public record Cadence(String text, Period period) {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,5})\\s*([dwmy])");

    public Cadence {
        if (period.isNegative()) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
    }

    /** Parses a duration; the message of the exception says what is accepted. */
    public static Cadence parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            Period p = switch (m.group(2)) {
                case "d" -> Period.ofDays(n);
                case "w" -> Period.ofWeeks(n);
                case "m" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
            return new Cadence(t, p);
        }
        if (t.length() > 1 && (t.charAt(0) == 'P' || t.charAt(0) == 'p')) {
            try {
                Period p = Period.parse(t);
                if (!p.isNegative()) {
                    return new Cadence(t, p);
                }
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not a duration: write a number and a unit,"
                + " like 30d, 6w, 2m or 1y (days, weeks, months, years), or ISO-8601 like P60D");
    }

    public static Cadence ofDays(int days) {
        return new Cadence(days + "d", Period.ofDays(days));
    }

    public LocalDate addTo(LocalDate date) {
        return date.plus(period);
    }

    public LocalDate subtractFrom(LocalDate date) {
        return date.minus(period);
    }

    @Override
    public String toString() {
        return text;
    }
}
