package dev.refnet.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the one date form refnet's files and options use, {@code YYYY-MM-DD}, strictly: exactly
 * four, two and two ASCII digits, and a day that exists (2025-02-30 is not a date).
 *
 * <p>The same answers as {@code LocalDate.parse} with a strict {@code uuuu-MM-dd} formatter for
 * every date a person writes, without the formatter: building one costs ~10 ms at start-up,
 * and a network of 10,000 contacts holds some 150,000 dates to read.
 */
public final class IsoDate {

    private IsoDate() {
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
        return LocalDate.of(year, month, day);
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
}
