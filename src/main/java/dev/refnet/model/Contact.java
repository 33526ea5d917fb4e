package dev.refnet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One referral partner: the content of {@code contacts/<id>.yaml} (docs/format.md#section-1-2). The values of
 * its keys are in {@link #fields()}, one per declaration of {@link ContactFields}; the typed
 * accessors below read them. Build one with {@link #builder(String)}.
 */
public record Contact(String id, FieldValues fields, List<LogEntry> log, Map<String, Object> extra) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fields, "fields");
        if (fields.fields() != ContactFields.ALL) {
            throw new IllegalArgumentException("not a contact's fields");
        }
        log = log == null ? List.of() : List.copyOf(log);
        extra = extra == null || extra.isEmpty() ? Map.of() : extra; // one shared empty map, not one per contact
    }

    /** A contact with the given id, name and category, to be filled in with {@link Builder#with}. */
    public static Builder builder(String id, String name, Category category) {
        return builder(id).with(ContactFields.NAME, name).with(ContactFields.CATEGORY, category);
    }

    /** An empty contact with the given id; the name and category must be set before {@link Builder#build()}. */
    public static Builder builder(String id) {
        return new Builder(id, new FieldValues.Builder(ContactFields.ALL), List.of(), Map.of());
    }

    /** A builder holding this contact, to change some of it. */
    public Builder toBuilder() {
        return new Builder(id, new FieldValues.Builder(fields), log, extra);
    }

    /** The value of one key (its fallback when the file does not have it). */
    public <T> T get(Field<T> field) {
        return fields.get(field);
    }

    /** This contact with one key's value changed. */
    public <T> Contact with(Field<T> field, T value) {
        return toBuilder().with(field, value).build();
    }

    public String name() {
        return get(ContactFields.NAME);
    }

    public Category category() {
        return get(ContactFields.CATEGORY);
    }

    public String organization() {
        return get(ContactFields.ORGANIZATION);
    }

    public String role() {
        return get(ContactFields.ROLE);
    }

    public List<String> specialties() {
        return get(ContactFields.SPECIALTIES);
    }

    public String email() {
        return get(ContactFields.EMAIL);
    }

    public String phone() {
        return get(ContactFields.PHONE);
    }

    public List<String> tags() {
        return get(ContactFields.TAGS);
    }

    public Status status() {
        return get(ContactFields.STATUS);
    }

    /** The clinician who keeps this relationship, as written, or null (then the first clinician). */
    public String owner() {
        return get(ContactFields.OWNER);
    }

    public Cadence followUp() {
        return get(ContactFields.FOLLOW_UP);
    }

    public LocalDate since() {
        return get(ContactFields.SINCE);
    }

    public LocalDate snoozeUntil() {
        return get(ContactFields.SNOOZE_UNTIL);
    }

    public Boolean acceptingReferrals() {
        return get(ContactFields.ACCEPTING_REFERRALS);
    }

    /**
     * Whether the partner takes new clients: {@code accepting} as written, else the older
     * {@code accepting-referrals} (true is yes, false is no), else null (not known).
     */
    public Accepting accepting() {
        Accepting a = get(ContactFields.ACCEPTING);
        if (a != null) {
            return a;
        }
        Boolean old = get(ContactFields.ACCEPTING_REFERRALS);
        return old == null ? null : old ? Accepting.YES : Accepting.NO;
    }

    /** When {@link #accepting()} was last confirmed, or null. */
    public LocalDate acceptingChecked() {
        return get(ContactFields.ACCEPTING_CHECKED);
    }

    public String notes() {
        return get(ContactFields.NOTES);
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
        return newId.equals(id) ? this : new Contact(newId, fields, log, extra);
    }

    public Contact withLog(List<LogEntry> newLog) {
        return new Contact(id, fields, newLog, extra);
    }

    /** Collects a contact's values; {@link #build()} checks them. */
    public static final class Builder {
        private String id;
        private final FieldValues.Builder values;
        private List<LogEntry> log;
        private Map<String, Object> extra;

        private Builder(String id, FieldValues.Builder values, List<LogEntry> log, Map<String, Object> extra) {
            this.id = id;
            this.values = values;
            this.log = log;
            this.extra = extra;
        }

        public <T> Builder with(Field<T> field, T value) {
            values.set(field, value);
            return this;
        }

        /**
         * Sets a value whose type the caller knows only from {@code field.kind()} (a reader, a
         * decoder); a value of the wrong kind is refused.
         */
        public Builder set(Field<?> field, Object value) {
            values.set(field, value);
            return this;
        }

        /** The value set so far, or null. */
        public Object get(Field<?> field) {
            return values.get(field);
        }

        public Builder id(String newId) {
            id = newId;
            return this;
        }

        public Builder log(List<LogEntry> entries) {
            log = entries;
            return this;
        }

        /** Keys refnet does not know, in file order. */
        public Builder extra(Map<String, Object> unknown) {
            extra = unknown;
            return this;
        }

        public Contact build() {
            return new Contact(id, values.build(), log, extra);
        }
    }
}
