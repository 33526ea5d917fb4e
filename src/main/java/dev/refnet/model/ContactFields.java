package dev.refnet.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Every key of a contact file, in the order files are written (docs/format.md#section-1-2); {@code log} follows
 * them, and keys refnet does not know are kept in {@link Contact#extra()}. A key added here is
 * read, written, cached, exported, imported and shown without further change.
 */
public final class ContactFields {

    private static final Field.Declarations D = new Field.Declarations();

    public static final Field<String> NAME = D.text("name").required().label(null)
            .query("name", Field.Match.PART, "harbor").add();
    public static final Field<Category> CATEGORY = D.word("category", Category.class, Category::parse).required()
            .label(null).query("category", Field.Match.WHOLE, "physician,school").add();
    public static final Field<String> ORGANIZATION = D.text("organization").repeats()
            .query("org", Field.Match.PART, "harbor").add();
    public static final Field<String> ROLE = D.text("role").repeats().add();
    public static final Field<List<String>> SPECIALTIES = D.list("specialties").singular("specialty")
            .query("specialty", Field.Match.PART, "trauma").add();
    public static final Field<String> EMAIL = D.text("email")
            .rule(v -> v.contains("@") ? null : "'" + v + "' is not an e-mail address: an e-mail address has an @").add();
    public static final Field<String> PHONE = D.text("phone").add();
    public static final Field<List<String>> TAGS = D.list("tags").singular("tag")
            .query("tag", Field.Match.WORDS, "prescriber").add();
    public static final Field<Status> STATUS = D.word("status", Status.class, Status::parse).fallback(Status.ACTIVE)
            .label(null).query("status", Field.Match.WHOLE, "active").add();
    public static final Field<String> OWNER = D.text("owner").repeats().label("kept by")
            .query("owner", Field.Match.PART, "priya").add();
    public static final Field<Cadence> FOLLOW_UP = D.cadence("follow-up").label("check in every").alias("every").add();
    public static final Field<LocalDate> SINCE = D.date("since").add();
    public static final Field<LocalDate> SNOOZE_UNTIL = D.date("snooze-until").label("snoozed until").add();
    /** The older form of {@link #ACCEPTING}, still read: true is yes, false is no; {@code accepting} wins when both are written. */
    public static final Field<Boolean> ACCEPTING_REFERRALS = D.bool("accepting-referrals").label(null).add();
    public static final Field<List<String>> INSURANCE = D.list("insurance").singular("insurance")
            .query("insurance", Field.Match.PART, "aetna").add();
    public static final Field<String> FEES = D.text("fees").add();
    public static final Field<List<String>> LANGUAGES = D.list("languages").singular("language")
            .query("language", Field.Match.PART, "spanish").add();
    public static final Field<Telehealth> TELEHEALTH = D.word("telehealth", Telehealth.class, Telehealth::parse)
            .query("telehealth", Field.Match.WHOLE, "only").add();
    public static final Field<List<String>> AGES = D.list("ages").singular("age").label("ages served")
            .items(AgeRange::problem, "5-12", "13-17", "18+", "65+")
            .query("age", Field.Match.AGE, "15").add();
    public static final Field<String> AREA = D.text("area").repeats()
            .query("area", Field.Match.PART, "eastside").add();
    /** Whether the partner takes new clients; {@link Contact#accepting()} reads the older key too. */
    public static final Field<Accepting> ACCEPTING = D.word("accepting", Accepting.class, Accepting::parse).label(null)
            .replaces(ACCEPTING_REFERRALS)
            .query("accepting", Field.Match.WHOLE, "yes").add();
    public static final Field<LocalDate> ACCEPTING_CHECKED = D.date("accepting-checked").label(null).add();
    public static final Field<String> NOTES = D.text("notes").block().label(null).add();

    /** All of them, in file order. */
    public static final List<Field<?>> ALL = D.all();

    /** The key of the log, always written last. */
    public static final String LOG = "log";

    private ContactFields() {
    }
}
