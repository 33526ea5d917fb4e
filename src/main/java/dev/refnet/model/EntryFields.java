package dev.refnet.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Every key of a log entry (docs/format.md#section-1-4), in the order refnet writes them; keys refnet does not
 * know are kept in {@link LogEntry#extra()}. A network holds many more entries than contacts,
 * so an entry keeps its values as record components (no array and wrapper per entry): a key
 * added here is also a component of {@link LogEntry} and an argument in its builder.
 */
public final class EntryFields {

    private static final Field.Declarations D = new Field.Declarations();

    public static final Field<LocalDate> DATE = D.date("date").required().accessor(LogEntry::date).add();
    public static final Field<EntryType> TYPE = D.word("type", EntryType.class, EntryType::parse).required()
            .accessor(LogEntry::type).add();
    public static final Field<String> CLIENT = D.text("client").block().accessor(LogEntry::client).add();
    public static final Field<String> TO = D.text("to").block().repeats().accessor(LogEntry::to).add();
    public static final Field<String> FROM = D.text("from").block().repeats().accessor(LogEntry::from).add();
    public static final Field<String> REASON = D.text("reason").block().repeats().accessor(LogEntry::reason).add();
    public static final Field<Outcome> OUTCOME = D.word("outcome", Outcome.class, Outcome::parse)
            .accessor(LogEntry::outcome).add();
    /** What the client of a referral in agreed the referrer may be told; absent means {@link Consent#NONE}. */
    public static final Field<Consent> CONSENT = D.word("consent", Consent.class, Consent::parse)
            .accessor(LogEntry::consentAsWritten).add();
    /** The last day a release of information holds. */
    public static final Field<LocalDate> RELEASE_UNTIL = D.date("release-until").accessor(LogEntry::releaseUntil).add();
    public static final Field<String> NOTE = D.text("note").block().repeats().accessor(LogEntry::note).add();

    /** All of them, in the order refnet writes them. */
    public static final List<Field<?>> ALL = D.all();

    private EntryFields() {
    }
}
