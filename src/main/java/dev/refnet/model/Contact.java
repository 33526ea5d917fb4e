package dev.refnet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One referral partner: the content of {@code contacts/<id>.yaml} (SPEC 1.2). */
public record Contact(
        String id,
        String name,
        Category category,
        String organization,
        String role,
        List<String> specialties,
        String email,
        String phone,
        List<String> tags,
        Status status,
        Cadence followUp,
        LocalDate since,
        Boolean acceptingReferrals,
        String notes,
        LocalDate snoozeUntil,
        List<LogEntry> log,
        Map<String, Object> extra) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? Status.ACTIVE : status;
        log = log == null ? List.of() : List.copyOf(log);
        extra = extra == null || extra.isEmpty() ? Map.of() : extra; // one shared empty map, not one per entry
    }

    /** The log sorted by date; entries of one date keep the order they were written in. */
    public List<LogEntry> logByDate() {
        List<LogEntry> sorted = new ArrayList<>(log);
        sorted.sort(Comparator.comparing(LogEntry::date));
        return sorted;
    }

    /** The latest entry that counts as contact (any type but note) on or before {@code today}. */
    public Optional<LocalDate> lastContact(LocalDate today) {
        LocalDate last = null;
        for (LogEntry e : log) {
            if (e.type().isContact() && !e.date().isAfter(today) && (last == null || e.date().isAfter(last))) {
                last = e.date();
            }
        }
        return Optional.ofNullable(last);
    }

    public Contact withId(String newId) {
        return newId.equals(id) ? this : new Contact(newId, name, category, organization, role, specialties, email, phone,
                tags, status, followUp, since, acceptingReferrals, notes, snoozeUntil, log, extra);
    }

    public Contact withLog(List<LogEntry> newLog) {
        return new Contact(id, name, category, organization, role, specialties, email, phone, tags, status,
                followUp, since, acceptingReferrals, notes, snoozeUntil, newLog, extra);
    }

    // Written out: a record's generated equals and hashCode build a tree of method handles at
    // their first call (ObjectMethods.bootstrap; ~30 lambda forms spun for this record), a cost
    // every write paid, since a write reads back what it wrote and compares. RecordEqualityTest
    // checks that every component counts.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Contact c && id.equals(c.id) && name.equals(c.name) && category == c.category
                && Objects.equals(organization, c.organization) && Objects.equals(role, c.role)
                && specialties.equals(c.specialties) && Objects.equals(email, c.email) && Objects.equals(phone, c.phone)
                && tags.equals(c.tags) && status == c.status && Objects.equals(followUp, c.followUp)
                && Objects.equals(since, c.since) && Objects.equals(acceptingReferrals, c.acceptingReferrals)
                && Objects.equals(notes, c.notes) && Objects.equals(snoozeUntil, c.snoozeUntil) && log.equals(c.log)
                && extra.equals(c.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, category, organization, role, specialties, email, phone, tags, status, followUp, since,
                acceptingReferrals, notes, snoozeUntil, log, extra);
    }
}
