package dev.refnet.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One dated entry of a contact's log (docs/format.md#section-1-4), one component per declaration of
 * {@link EntryFields} ({@code consent} as written is {@link #consentAsWritten()}). Referral keys are null on other types; {@code extra} keeps keys refnet
 * does not know, in file order. Build one with {@link #builder(LocalDate, EntryType)}.
 */
public record LogEntry(
        LocalDate date,
        EntryType type,
        String client,
        String to,
        String from,
        String reason,
        Outcome outcome,
        Consent consentAsWritten,
        LocalDate releaseUntil,
        String note,
        Map<String, Object> extra) {

    public LogEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        extra = extra == null || extra.isEmpty() ? Map.of() : extra; // one shared empty map, not one per entry
    }

    /** An entry of the given date and type, to be filled in with {@link Builder#with}. */
    public static Builder builder(LocalDate date, EntryType type) {
        return builder().with(EntryFields.DATE, date).with(EntryFields.TYPE, type);
    }

    /** An empty entry; the date and type must be set before {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        for (Field<?> f : EntryFields.ALL) {
            b.set(f, get(f));
        }
        return b.extra(extra);
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
        if (EntryFields.ALL.get(field.index()) != field) {
            throw new IllegalArgumentException("'" + field.key() + "' is not a key of a log entry");
        }
        return field.valueIn(this);
    }

    /** This entry with one key's value changed. */
    public <T> LogEntry with(Field<T> field, T value) {
        return toBuilder().with(field, value).build();
    }

    /** What the client of a referral in agreed may be told to the referrer; {@link Consent#NONE} when not written. */
    public Consent consent() {
        return consentAsWritten == null ? Consent.NONE : consentAsWritten;
    }

    /** The consent that holds on {@code day}: a release past its {@code release-until} holds nothing. */
    public Consent consentOn(LocalDate day) {
        return Consent.inForce(consent(), releaseUntil, day);
    }

    /** The clinician on the practice's side of a referral, as written, or null. */
    public String clinician() {
        return type == EntryType.REFERRAL_IN ? to : type == EntryType.REFERRAL_OUT ? from : null;
    }

    public LogEntry withOutcome(Outcome newOutcome) {
        return with(EntryFields.OUTCOME, newOutcome);
    }

    /** Collects an entry's values; {@link #build()} checks them. One builder can build many entries. */
    public static final class Builder {
        private final Object[] values = new Object[EntryFields.ALL.size()];
        private Map<String, Object> extra = Map.of();

        private Builder() {
        }

        public <T> Builder with(Field<T> field, T value) {
            return set(field, value);
        }

        /** Sets a value whose type the caller knows only from {@code field.kind()}; a wrong kind is refused. */
        public Builder set(Field<?> field, Object value) {
            if (EntryFields.ALL.get(field.index()) != field) {
                throw new IllegalArgumentException("'" + field.key() + "' is not a key of a log entry");
            }
            values[field.index()] = field.check(value);
            return this;
        }

        public Object get(Field<?> field) {
            return values[field.index()];
        }

        /** Keys refnet does not know, in file order. */
        public Builder extra(Map<String, Object> unknown) {
            extra = unknown;
            return this;
        }

        public LogEntry build() {
            Object[] v = values;
            return new LogEntry((LocalDate) v[EntryFields.DATE.index()], (EntryType) v[EntryFields.TYPE.index()],
                    (String) v[EntryFields.CLIENT.index()], (String) v[EntryFields.TO.index()],
                    (String) v[EntryFields.FROM.index()], (String) v[EntryFields.REASON.index()],
                    (Outcome) v[EntryFields.OUTCOME.index()], (Consent) v[EntryFields.CONSENT.index()],
                    (LocalDate) v[EntryFields.RELEASE_UNTIL.index()], (String) v[EntryFields.NOTE.index()], extra);
        }

        /** Empties this builder to build another entry: reading a whole log makes one builder, not one per entry. */
        public Builder clear() {
            Arrays.fill(values, null);
            extra = Map.of();
            return this;
        }
    }
}
