package dev.refnet.render;

import dev.refnet.engine.Availability;
import java.time.LocalDate;
import java.time.Period;

/**
 * An {@link Availability} in plain words: {@code accepting, checked 12 days ago}, or with
 * {@code call first: } before it when the answer is stale ({@code call first: waitlist, checked
 * 5 months ago}; {@code call first: accepting, not dated}), or {@code availability not recorded}.
 */
public final class AvailabilityText {

    private AvailabilityText() {
    }

    public static String of(Availability a, LocalDate today) {
        String state = state(a);
        String text;
        if (a.accepting() == null && a.checked() == null) {
            text = "availability not recorded";
        } else if (a.checked() == null) {
            text = state + ", not dated";
        } else {
            text = state + ", checked " + ago(a.checked(), today);
        }
        return a.callFirst() ? "call first: " + text : text;
    }

    /** accepting, not accepting, waitlist, or not known. */
    public static String state(Availability a) {
        if (a.accepting() == null) {
            return "not known";
        }
        return switch (a.accepting()) {
            case YES -> "accepting";
            case NO -> "not accepting";
            case WAITLIST -> "waitlist";
        };
    }

    /** today, yesterday, 12 days ago (up to 60 days), 5 months ago, 2 years ago. */
    static String ago(LocalDate then, LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(then, today);
        if (days < 0) {
            return "on " + then;
        }
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days <= 60) {
            return days + " days ago";
        }
        Period p = Period.between(then, today);
        if (p.getYears() == 0) {
            return p.getMonths() + " months ago";
        }
        return p.getYears() == 1 ? "a year ago" : p.getYears() + " years ago";
    }
}
