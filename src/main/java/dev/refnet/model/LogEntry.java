package dev.refnet.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One dated entry of a contact's log (SPEC 1.4): the values of its keys in {@link #fields()},
 * one per declaration of {@link EntryFields}. Referral keys are null on other types;
 * {@code extra} keeps keys refnet does not know, in file order.
 */
public record LogEntry(FieldValues fields, Map<String, Object> extra) {

    public LogEntry {
        Objects.requireNonNull(fields, "fields");
        if (fields.fields() != EntryFields.ALL) {
            throw new IllegalArgumentException("not a log entry's fields");
        }
        extra = extra == null || extra.isEmpty() ? Map.of() : extra; // one shared empty map, not one per entry
    }

    /** An entry of the given date and type, to be filled in with {@link Builder#with}. */
    public static Builder builder(LocalDate date, EntryType type) {
        return builder().with(EntryFields.DATE, date).with(EntryFields.TYPE, type);
    }

    /** An empty entry; the date and type must be set before {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder(new FieldValues.Builder(EntryFields.ALL), Map.of());
    }

    public Builder toBuilder() {
        return new Builder(new FieldValues.Builder(fields), extra);
    }

    public static LogEntry of(LocalDate date, EntryType type, String note) {
        return builder(date, type).with(EntryFields.NOTE, note).build();
    }

    public static LogEntry referral(LocalDate date, EntryType type, String client, String clinician,
            String reason, Outcome outcome, String note) {
        if (!type.isReferral()) {
            throw new IllegalArgumentException("not a referral type: " + type);
        }
        boolean in = type == EntryType.REFERRAL_IN;
        return builder(date, type).with(EntryFields.CLIENT, client)
                .with(in ? EntryFields.TO : EntryFields.FROM, clinician)
                .with(EntryFields.REASON, reason).with(EntryFields.OUTCOME, outcome).with(EntryFields.NOTE, note)
                .build();
    }

    /** The value of one key, or null when the entry does not have it. */
    public <T> T get(Field<T> field) {
        return fields.get(field);
    }

    /** This entry with one key's value changed. */
    public <T> LogEntry with(Field<T> field, T value) {
        return toBuilder().with(field, value).build();
    }

    public LocalDate date() {
        return get(EntryFields.DATE);
    }

    public EntryType type() {
        return get(EntryFields.TYPE);
    }

    public String note() {
        return get(EntryFields.NOTE);
    }

    public String client() {
        return get(EntryFields.CLIENT);
    }

    public String to() {
        return get(EntryFields.TO);
    }

    public String from() {
        return get(EntryFields.FROM);
    }

    public String reason() {
        return get(EntryFields.REASON);
    }

    public Outcome outcome() {
        return get(EntryFields.OUTCOME);
    }

    /** What the client of a referral in agreed may be told to the referrer; {@link Consent#NONE} when not written. */
    public Consent consent() {
        Consent c = get(EntryFields.CONSENT);
        return c == null ? Consent.NONE : c;
    }

    /** The last day a release of information holds, or null. */
    public LocalDate releaseUntil() {
        return get(EntryFields.RELEASE_UNTIL);
    }

    /** The consent that holds on {@code day}: a release past its {@code release-until} holds nothing. */
    public Consent consentOn(LocalDate day) {
        return Consent.inForce(consent(), releaseUntil(), day);
    }

    /** The clinician on the practice's side of a referral, as written, or null. */
    public String clinician() {
        EntryType type = type();
        return type == EntryType.REFERRAL_IN ? to() : type == EntryType.REFERRAL_OUT ? from() : null;
    }

    public LogEntry withOutcome(Outcome newOutcome) {
        return with(EntryFields.OUTCOME, newOutcome);
    }

    /** Collects an entry's values; {@link #build()} checks them. */
    public static final class Builder {
        private final FieldValues.Builder values;
        private Map<String, Object> extra;

        private Builder(FieldValues.Builder values, Map<String, Object> extra) {
            this.values = values;
            this.extra = extra;
        }

        public <T> Builder with(Field<T> field, T value) {
            values.set(field, value);
            return this;
        }

        /** Sets a value whose type the caller knows only from {@code field.kind()}; a wrong kind is refused. */
        public Builder set(Field<?> field, Object value) {
            values.set(field, value);
            return this;
        }

        public Object get(Field<?> field) {
            return values.get(field);
        }

        /** Keys refnet does not know, in file order. */
        public Builder extra(Map<String, Object> unknown) {
            extra = unknown;
            return this;
        }

        public LogEntry build() {
            return new LogEntry(values.build(), extra);
        }
    }
}
