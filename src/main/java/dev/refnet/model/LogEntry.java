package dev.refnet.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One dated entry of a contact's log (SPEC 1.4). Referral fields are null on other types;
 * {@code extra} keeps keys refnet does not know, in file order.
 */
public record LogEntry(
        LocalDate date,
        EntryType type,
        String note,
        String client,
        String to,
        String from,
        String reason,
        Outcome outcome,
        Map<String, Object> extra) {

    public LogEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        extra = extra == null || extra.isEmpty() ? Map.of() : extra; // one shared empty map, not one per entry
    }

    public static LogEntry of(LocalDate date, EntryType type, String note) {
        return new LogEntry(date, type, note, null, null, null, null, null, Map.of());
    }

    public static LogEntry referral(LocalDate date, EntryType type, String client, String clinician,
            String reason, Outcome outcome, String note) {
        if (!type.isReferral()) {
            throw new IllegalArgumentException("not a referral type: " + type);
        }
        boolean in = type == EntryType.REFERRAL_IN;
        return new LogEntry(date, type, note, client, in ? clinician : null, in ? null : clinician,
                reason, outcome, Map.of());
    }

    /** The clinician on the practice's side of a referral, as written, or null. */
    public String clinician() {
        return type == EntryType.REFERRAL_IN ? to : type == EntryType.REFERRAL_OUT ? from : null;
    }

    public LogEntry withOutcome(Outcome newOutcome) {
        return new LogEntry(date, type, note, client, to, from, reason, newOutcome, extra);
    }

    // Written out, as Contact's are (see there): the generated ones bootstrap a tree of method
    // handles at their first call, which every write paid. RecordEqualityTest checks every component.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LogEntry e && date.equals(e.date) && type == e.type && Objects.equals(note, e.note)
                && Objects.equals(client, e.client) && Objects.equals(to, e.to) && Objects.equals(from, e.from)
                && Objects.equals(reason, e.reason) && outcome == e.outcome && extra.equals(e.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, type, note, client, to, from, reason, outcome, extra);
    }
}
