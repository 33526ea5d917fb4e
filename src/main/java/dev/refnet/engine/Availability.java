package dev.refnet.engine;

import dev.refnet.model.Accepting;
import dev.refnet.model.Cadence;
import dev.refnet.model.Contact;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a partner takes new clients and how fresh that is (docs/format.md#section-8-1): {@code accepting} (or the
 * older {@code accepting-referrals}), and whether {@code accepting-checked} is older than the
 * setting {@code availability-within}. An answer with no date is stale: call first. With no
 * answer recorded there is nothing to be fresh or stale: {@code stale} is null.
 *
 * @param accepting yes, no, waitlist, or null when not recorded
 * @param checked when it was last confirmed, or null
 * @param daysSince days from {@code checked} to today (negative for a date ahead of today), or -1 without a date
 * @param stale true when the answer may no longer hold (no date, or one older than the window),
 *     false when it is fresh, null when no answer is recorded
 */
public record Availability(Accepting accepting, LocalDate checked, long daysSince, Boolean stale) {

    public static Availability of(Contact c, LocalDate today, Cadence within) {
        LocalDate checked = c.acceptingChecked();
        long days = checked == null ? -1 : ChronoUnit.DAYS.between(checked, today);
        if (c.accepting() == null) {
            return new Availability(null, checked, days, null);
        }
        // older than the window: its last day still counts as fresh
        boolean stale = checked == null || within.addTo(checked).isBefore(today);
        return new Availability(c.accepting(), checked, days, stale);
    }

    /** Whether to call before referring: an answer that may no longer hold (not one that was never recorded). */
    public boolean callFirst() {
        return Boolean.TRUE.equals(stale);
    }

    /** The order the rank prefers: yes, not recorded, waitlist, no (higher is better). */
    public int preference() {
        if (accepting == null) {
            return 2;
        }
        return switch (accepting) {
            case YES -> 3;
            case WAITLIST -> 1;
            case NO -> 0;
        };
    }
}
