package dev.refnet.render;

import dev.refnet.engine.Due;
import dev.refnet.engine.DueItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code refnet due --format ics}: one all-day VEVENT per item on its due date. A UID names
 * the kind, contact and referral, never the date, so importing a newer file updates the event
 * (a check-in moves when contact is logged) instead of adding a second one.
 */
public final class DueCalendar {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private DueCalendar() {
    }

    public static String render(Due.Result result, List<DueItem> items, String practice) {
        LocalDate today = result.today();
        String stamp = today.format(BASIC) + "T000000Z";
        Ics ics = new Ics()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//refnet//refnet due//EN")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", practice == null || practice.isBlank() ? "refnet due" : "refnet due: " + practice);
        for (DueItem i : items) {
            ics.raw("BEGIN", "VEVENT")
                    .raw("UID", uid(i))
                    .raw("DTSTAMP", stamp)
                    // Later exports win: calendars keep the event with the higher SEQUENCE.
                    .raw("SEQUENCE", String.valueOf(today.toEpochDay()))
                    .raw("DTSTART;VALUE=DATE", i.due().format(BASIC))
                    .raw("DTEND;VALUE=DATE", i.due().plusDays(1).format(BASIC))
                    .text("SUMMARY", capitalise(DueText.action(i)))
                    .text("DESCRIPTION", description(i, today))
                    .raw("CATEGORIES", "refnet," + i.kind().word())
                    .raw("TRANSP", "TRANSPARENT")
                    .raw("END", "VEVENT");
        }
        return ics.raw("END", "VCALENDAR").toString();
    }

    /** Stable across runs: kind, contact, and for referrals the first referral's date and client. */
    static String uid(DueItem i) {
        StringBuilder sb = new StringBuilder(i.kind().word()).append('-').append(i.contact().id());
        if (i instanceof DueItem.Outcome o) {
            sb.append('-').append(o.direction());
        }
        if (i.referralDate() != null) {
            sb.append('-').append(i.referralDate().format(BASIC)).append('-').append(uidSafe(i.client()));
        }
        return sb.append("@refnet").toString();
    }

    private static String uidSafe(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_' || c == '.' || c == '#' ? c : '_');
        }
        return sb.toString();
    }

    private static String description(DueItem i, LocalDate today) {
        String hint;
        if (i instanceof DueItem.ThankYou) {
            hint = "refnet thank " + i.contact().id();
        } else if (i instanceof DueItem.Outcome) {
            hint = "refnet outcome " + i.contact().id() + " " + i.client() + " seen";
        } else {
            hint = "refnet log " + i.contact().id() + " call";
        }
        return capitalise(DueText.details(i)) + " (as of " + today + ").\nWhen done: " + hint;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
