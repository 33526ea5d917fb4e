package dev.refnet.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Every key of a log entry (SPEC 1.4), in the order refnet writes them; keys refnet does not
 * know are kept in {@link LogEntry#extra()}.
 */
public final class EntryFields {

    private static final Field.Declarations D = new Field.Declarations();

    public static final Field<LocalDate> DATE = D.date("date").required().add();
    public static final Field<EntryType> TYPE = D.word("type", EntryType.class, EntryType::parse).required().add();
    public static final Field<String> CLIENT = D.text("client").block().add();
    public static final Field<String> TO = D.text("to").block().repeats().add();
    public static final Field<String> FROM = D.text("from").block().repeats().add();
    public static final Field<String> REASON = D.text("reason").block().repeats().add();
    public static final Field<Outcome> OUTCOME = D.word("outcome", Outcome.class, Outcome::parse).add();
    /** What the client of a referral in agreed the referrer may be told; absent means {@link Consent#NONE}. */
    public static final Field<Consent> CONSENT = D.word("consent", Consent.class, Consent::parse).add();
    /** The last day a release of information holds. */
    public static final Field<LocalDate> RELEASE_UNTIL = D.date("release-until").add();
    public static final Field<String> NOTE = D.text("note").block().repeats().add();

    /** All of them, in the order refnet writes them. */
    public static final List<Field<?>> ALL = D.all();

    private EntryFields() {
    }
}
