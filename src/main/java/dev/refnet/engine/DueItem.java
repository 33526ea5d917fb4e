package dev.refnet.engine;

import dev.refnet.model.Cadence;
import dev.refnet.model.Consent;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One thing to do that {@link Due} found (docs/format.md#section-2): a thank-you, an outcome or a check-in. */
public sealed interface DueItem {

    /** The three kinds, in the order items of the same due date are listed. */
    enum Kind {
        THANK_YOU, OUTCOME, CHECK_IN;

        /** The word used in output and on the command line: {@code thank-you}, {@code check-in}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String toString() {
            return word();
        }
    }

    Kind kind();

    Contact contact();

    LocalDate due();

    /** Today minus the due date, in days: negative for upcoming items. */
    int overdue();

    /** The referral date that orders items of one contact, kind and due date; null for check-ins. */
    LocalDate referralDate();

    /** The client code that orders items last; null for check-ins. */
    String client();

    /**
     * The clinicians whose item this is (format reference, section 7): the practice's side of
     * each referral of a thank-you or outcome, the owner of a check-in; never empty.
     */
    List<String> clinicians();

    /**
     * A referral named by a thank-you item: its date and client, the clinician who received it
     * (as written, else the first clinician; null only when built without one), and the client's consent with its {@code release-until} (or null).
     */
    record Referral(LocalDate date, String client, String clinician, Consent consent, LocalDate releaseUntil) {
        public Referral {
            consent = consent == null ? Consent.NONE : consent;
        }

        /** A referral with no clinician and no consent written. */
        public Referral(LocalDate date, String client) {
            this(date, client, null, Consent.NONE, null);
        }

        /** The consent that holds on {@code day} (a lapsed release holds nothing). */
        public Consent consentOn(LocalDate day) {
            return Consent.inForce(consent, releaseUntil, day);
        }
    }

    /** Thank the contact for these unthanked referrals, sorted by date then client. */
    record ThankYou(Contact contact, LocalDate due, int overdue, List<Referral> referrals) implements DueItem {
        public ThankYou {
            referrals = List.copyOf(referrals);
        }

        @Override
        public Kind kind() {
            return Kind.THANK_YOU;
        }

        @Override
        public LocalDate referralDate() {
            return referrals.get(0).date();
        }

        @Override
        public String client() {
            return referrals.get(0).client();
        }

        @Override
        public List<String> clinicians() {
            return referrals.stream().map(Referral::clinician).distinct().toList();
        }
    }

    /** Record what became of one referral, in to the practice or out to the contact. */
    record Outcome(Contact contact, LocalDate due, int overdue, LogEntry referral, String clinician) implements DueItem {
        @Override
        public Kind kind() {
            return Kind.OUTCOME;
        }

        /** {@code in} for a referral-in, {@code out} for a referral-out. */
        public String direction() {
            return referral.type() == EntryType.REFERRAL_IN ? "in" : "out";
        }

        @Override
        public LocalDate referralDate() {
            return referral.date();
        }

        @Override
        public String client() {
            return referral.client();
        }

        @Override
        public List<String> clinicians() {
            return List.of(clinician);
        }
    }

    /**
     * Get in touch with the contact. {@code lastContact} is null when no contact was logged;
     * {@code snoozedUntil} is set only when {@code snooze-until} moved the due date later;
     * {@code clinician} is the contact's owner.
     */
    record CheckIn(Contact contact, LocalDate due, int overdue, LocalDate lastContact, Cadence cadence,
            LocalDate snoozedUntil, String clinician) implements DueItem {
        @Override
        public Kind kind() {
            return Kind.CHECK_IN;
        }

        @Override
        public LocalDate referralDate() {
            return null;
        }

        @Override
        public String client() {
            return null;
        }

        @Override
        public List<String> clinicians() {
            return List.of(clinician);
        }
    }
}
