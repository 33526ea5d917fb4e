package dev.refnet.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the one date form refnet's files and options use, {@code YYYY-MM-DD}, strictly: exactly
 * four, two and two ASCII digits, and a day that exists (2025-02-30 is not a date).
 *
 * <p>The same answers as {@code LocalDate.parse} with a strict {@code uuuu-MM-dd} formatter for
 * every date a person writes, without the formatter, whose set-up is a noticeable part of a
 * short run's start-up, for the many dates a large network holds (see docs/performance.md).
 */
public final class IsoDate {

    /**
     * Recently read days, one slot per day of a ~11-year window: a network's 150,000 dates fall on
     * a few thousand days, and sharing the (immutable) objects takes a tenth off the memory a read
     * network holds. Threads may race on a slot; each sees a complete LocalDate (final fields) or
     * another day, which the check below tells apart.
     */
    private static final LocalDate[] RECENT = new LocalDate[4096];
    private static final LocalDate[] BY_EPOCH_DAY = new LocalDate[4096];

    private IsoDate() {
    }

    /** The day of {@code year-month-day}, which must exist; the same object as last time when it can. */
    public static LocalDate of(int year, int month, int day) {
        int slot = (year * 372 + month * 31 + day) & (RECENT.length - 1);
        LocalDate seen = RECENT[slot];
        if (seen != null && seen.getDayOfMonth() == day && seen.getMonthValue() == month && seen.getYear() == year) {
            return seen;
        }
        LocalDate d = LocalDate.of(year, month, day);
        RECENT[slot] = d;
        return d;
    }

    /** The day {@code epochDay} days after 1970-01-01, shared the same way (for the cache's reader). */
    public static LocalDate ofEpochDay(long epochDay) {
        int slot = (int) epochDay & (BY_EPOCH_DAY.length - 1);
        LocalDate seen = BY_EPOCH_DAY[slot];
        if (seen != null && seen.toEpochDay() == epochDay) {
            return seen;
        }
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        BY_EPOCH_DAY[slot] = d;
        return d;
    }

    /** The day {@code text} names, or null when it is not a {@code YYYY-MM-DD} date. */
    public static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return of(year, month, day);
    }

    /** The number written in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The day a person likely meant when they typed {@code date}, which is after {@code today},
     * for an entry that records what happened: the same day in today's year (a slip of the
     * year), else month and day swapped (a habit of 03/04 dates); empty when neither is on or
     * before today.
     */
    public static java.util.Optional<LocalDate> likelyMeant(LocalDate date, LocalDate today) {
        if (date.getYear() != today.getYear()) {
            LocalDate sameDay = Year.isLeap(today.getYear()) || date.getMonthValue() != 2 || date.getDayOfMonth() != 29
                    ? LocalDate.of(today.getYear(), date.getMonthValue(), date.getDayOfMonth()) : null;
            if (sameDay != null && !sameDay.isAfter(today)) {
                return java.util.Optional.of(sameDay);
            }
        }
        if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            int day = date.getMonthValue();
            int month = date.getDayOfMonth();
            if (day <= Month.of(month).length(Year.isLeap(date.getYear()))) {
                LocalDate swapped = LocalDate.of(date.getYear(), month, day);
                if (!swapped.isAfter(today)) {
                    return java.util.Optional.of(swapped);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
