package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/format.md#section-2, rule by rule, on networks built in memory. */
class DueTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    // --- building networks -------------------------------------------------------------------

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static LogEntry entry(String date, EntryType type) {
        return LogEntry.of(d(date), type, null);
    }

    static LogEntry in(String date, String client) {
        return LogEntry.referral(d(date), EntryType.REFERRAL_IN, client, null, null, null, null);
    }

    static LogEntry in(String date, String client, Outcome outcome) {
        return LogEntry.referral(d(date), EntryType.REFERRAL_IN, client, null, null, outcome, null);
    }

    static LogEntry out(String date, String client) {
        return LogEntry.referral(d(date), EntryType.REFERRAL_OUT, client, null, null, null, null);
    }

    /** A contact; fluent changes return new copies. */
    record C(String id, Category category, Status status, Cadence followUp, LocalDate since, LocalDate snooze,
            List<LogEntry> log) {
        static C of(String id) {
            return new C(id, Category.THERAPIST, Status.ACTIVE, null, null, null, List.of());
        }

        C category(Category c) {
            return new C(id, c, status, followUp, since, snooze, log);
        }

        C status(Status s) {
            return new C(id, category, s, followUp, since, snooze, log);
        }

        C every(String cadence) {
            return new C(id, category, status, Cadence.parse(cadence), since, snooze, log);
        }

        C since(String date) {
            return new C(id, category, status, followUp, d(date), snooze, log);
        }

        C snooze(String date) {
            return new C(id, category, status, followUp, since, d(date), log);
        }

        C log(LogEntry... entries) {
            return new C(id, category, status, followUp, since, snooze, List.of(entries));
        }

        Contact contact() {
            return Contact.builder(id, "Name of " + id, category).with(ContactFields.STATUS, status)
                    .with(ContactFields.FOLLOW_UP, followUp).with(ContactFields.SINCE, since)
                    .with(ContactFields.SNOOZE_UNTIL, snooze).log(log).build();
        }
    }

    static Network net(NetworkConfig config, C... contacts) {
        List<Contact> list = new ArrayList<>();
        for (C c : contacts) {
            list.add(c.contact());
        }
        return new Network(config, list);
    }

    static Network net(C... contacts) {
        return net(NetworkConfig.defaults(), contacts);
    }

    static List<DueItem> due(Network n, LocalDate today, String upcoming, DueItem.Kind... kinds) {
        Set<DueItem.Kind> k = kinds.length == 0 ? null : EnumSet.copyOf(List.of(kinds));
        return Due.compute(n, today, new Due.Options(upcoming == null ? null : Cadence.parse(upcoming), k, null)).items();
    }

    static List<DueItem> due(Network n) {
        return due(n, TODAY, null);
    }

    static List<DueItem> dueAll(Network n, LocalDate today, DueItem.Kind kind) {
        return due(n, today, "100y", kind);
    }

    static DueItem.CheckIn checkIn(Network n, LocalDate today) {
        List<DueItem> items = dueAll(n, today, DueItem.Kind.CHECK_IN);
        assertThat(items).hasSize(1);
        return (DueItem.CheckIn) items.get(0);
    }

    static NetworkConfig config(Map<Category, Cadence> followUp, String thank, String outcome, String lookback) {
        return new NetworkConfig(null, List.of(), followUp, thank == null ? null : Cadence.parse(thank),
                outcome == null ? null : Cadence.parse(outcome), lookback == null ? null : Cadence.parse(lookback), null, true);
    }

    // --- thank-you ---------------------------------------------------------------------------

    @Nested
    class ThankYou {

        @Test
        void unthanked_referral_is_due_thank_you_within_after_it() {
            List<DueItem> items = due(net(C.of("a").log(in("2025-02-10", "C-0142"))), TODAY, null, DueItem.Kind.THANK_YOU);
            assertThat(items).singleElement().isInstanceOfSatisfying(DueItem.ThankYou.class, t -> {
                assertThat(t.due()).isEqualTo(d("2025-02-13"));
                assertThat(t.overdue()).isEqualTo(18);
                assertThat(t.referrals()).extracting(r -> r.date() + " " + r.client() + " " + r.clinician())
                        .containsExactly("2025-02-10 C-0142 me");
            });
        }

        @Test
        void thank_you_on_the_same_day_as_the_referral_thanks_it() {
            Network n = net(C.of("a").log(in("2025-02-10", "C-1"), entry("2025-02-10", EntryType.THANK_YOU)));
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU)).isEmpty();
        }

        @Test
        void thank_you_the_day_before_does_not_thank_a_referral() {
            Network n = net(C.of("a").log(entry("2025-02-09", EntryType.THANK_YOU), in("2025-02-10", "C-1")));
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU)).hasSize(1);
        }

        @Test
        void several_unthanked_referrals_give_one_item_due_from_the_earliest_listed_by_date_then_client() {
            // Written out of order: the engine sorts.
            Network n = net(C.of("a").log(in("2025-02-20", "C-9"), in("2025-02-12", "C-5"), in("2025-02-20", "C-1"),
                    entry("2025-02-01", EntryType.THANK_YOU), in("2025-01-30", "C-0")));
            List<DueItem> items = dueAll(n, TODAY, DueItem.Kind.THANK_YOU);
            assertThat(items).singleElement().isInstanceOfSatisfying(DueItem.ThankYou.class, t -> {
                // C-0 (Jan 30) was thanked on Feb 1; the rest are open, earliest Feb 12.
                assertThat(t.due()).isEqualTo(d("2025-02-15"));
                assertThat(t.referrals()).extracting(DueItem.Referral::client).containsExactly("C-5", "C-1", "C-9");
            });
        }

        @Test
        void a_thank_you_after_some_referrals_thanks_only_those() {
            Network n = net(C.of("a").log(in("2025-02-01", "C-1"), entry("2025-02-05", EntryType.THANK_YOU),
                    in("2025-02-20", "C-2")));
            DueItem.ThankYou t = (DueItem.ThankYou) dueAll(n, TODAY, DueItem.Kind.THANK_YOU).get(0);
            assertThat(t.referrals()).extracting(DueItem.Referral::client).containsExactly("C-2");
            assertThat(t.due()).isEqualTo(d("2025-02-23"));
        }

        @Test
        void a_back_dated_thank_you_written_first_still_counts() {
            Network n = net(C.of("a").log(entry("2025-02-11", EntryType.THANK_YOU), in("2025-02-10", "C-1")));
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU)).isEmpty();
        }

        @Test
        void a_thank_you_dated_after_today_does_not_count_yet() {
            Network n = net(C.of("a").log(in("2025-02-10", "C-1"), entry("2025-03-04", EntryType.THANK_YOU)));
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU)).hasSize(1);
            assertThat(dueAll(n, d("2025-03-04"), DueItem.Kind.THANK_YOU)).isEmpty();
        }

        @Test
        void referral_out_never_needs_a_thank_you() {
            assertThat(dueAll(net(C.of("a").log(out("2025-02-10", "C-1"))), TODAY, DueItem.Kind.THANK_YOU)).isEmpty();
        }

        @Test
        void paused_and_archived_contacts_still_get_thank_yous() {
            Network n = net(C.of("p").status(Status.PAUSED).log(in("2025-02-10", "C-1")),
                    C.of("x").status(Status.ARCHIVED).log(in("2025-02-10", "C-2")));
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU)).extracting(i -> i.contact().id()).containsExactly("p", "x");
        }

        @Test
        void thank_you_within_comes_from_the_config() {
            Network n = net(config(null, "1w", null, null), C.of("a").log(in("2025-02-10", "C-1")));
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU).get(0).due()).isEqualTo(d("2025-02-17"));
        }
    }

    // --- lookback ----------------------------------------------------------------------------

    @Nested
    class Lookback {

        @Test
        void lookback_is_inclusive_at_both_ends() {
            // 180d before 2025-03-03 is 2024-09-04.
            Network n = net(C.of("a").log(in("2024-09-04", "EDGE"), in("2024-09-03", "OUT"), in("2025-03-03", "TODAY")));
            List<DueItem> outcomes = dueAll(n, TODAY, DueItem.Kind.OUTCOME);
            assertThat(outcomes).extracting(DueItem::client).containsExactly("EDGE", "TODAY");
            DueItem.ThankYou t = (DueItem.ThankYou) dueAll(n, TODAY, DueItem.Kind.THANK_YOU).get(0);
            assertThat(t.referrals()).extracting(DueItem.Referral::client).containsExactly("EDGE", "TODAY");
        }

        @Test
        void lookback_in_months_is_calendar_arithmetic() {
            // 1m before 2025-03-31 is 2025-02-28.
            Network n = net(config(null, null, null, "1m"), C.of("a").log(in("2025-02-28", "IN"), in("2025-02-27", "OUT")));
            assertThat(dueAll(n, d("2025-03-31"), DueItem.Kind.OUTCOME)).extracting(DueItem::client).containsExactly("IN");
        }

        @Test
        void referrals_dated_after_today_are_ignored() {
            Network n = net(C.of("a").log(in("2025-03-04", "LATER")));
            assertThat(dueAll(n, TODAY, DueItem.Kind.OUTCOME)).isEmpty();
            assertThat(dueAll(n, TODAY, DueItem.Kind.THANK_YOU)).isEmpty();
        }
    }

    // --- outcome -----------------------------------------------------------------------------

    @Nested
    class Outcomes {

        @Test
        void each_referral_without_outcome_is_due_outcome_within_after_it() {
            Network n = net(C.of("a").log(in("2025-02-10", "C-1"), out("2025-02-19", "C-2"),
                    in("2025-02-11", "C-3", Outcome.SEEN)));
            List<DueItem> items = dueAll(n, TODAY, DueItem.Kind.OUTCOME);
            assertThat(items).hasSize(2);
            DueItem.Outcome first = (DueItem.Outcome) items.get(0);
            assertThat(first.client()).isEqualTo("C-1");
            assertThat(first.direction()).isEqualTo("in");
            assertThat(first.due()).isEqualTo(d("2025-02-24"));
            assertThat(first.overdue()).isEqualTo(7);
            DueItem.Outcome second = (DueItem.Outcome) items.get(1);
            assertThat(second.direction()).isEqualTo("out");
            assertThat(second.due()).isEqualTo(d("2025-03-05"));
            assertThat(second.overdue()).isEqualTo(-2);
        }

        @Test
        void outcome_within_in_months_from_jan_31_lands_on_the_last_of_february() {
            Network n = net(config(null, null, "1m", null), C.of("a").log(in("2025-01-31", "C-1")));
            assertThat(dueAll(n, TODAY, DueItem.Kind.OUTCOME).get(0).due()).isEqualTo(d("2025-02-28"));
            Network leap = net(config(null, null, "1m", null), C.of("a").log(in("2024-01-31", "C-1")));
            assertThat(dueAll(leap, d("2024-03-01"), DueItem.Kind.OUTCOME).get(0).due()).isEqualTo(d("2024-02-29"));
        }
    }

    // --- check-in ----------------------------------------------------------------------------

    @Nested
    class CheckIns {

        @Test
        void no_log_and_no_since_is_due_today() {
            DueItem.CheckIn c = checkIn(net(C.of("a")), TODAY);
            assertThat(c.due()).isEqualTo(TODAY);
            assertThat(c.lastContact()).isNull();
            assertThat(c.overdue()).isZero();
        }

        @Test
        void no_log_is_due_at_since() {
            DueItem.CheckIn c = checkIn(net(C.of("a").since("2025-01-05")), TODAY);
            assertThat(c.due()).isEqualTo(d("2025-01-05"));
            assertThat(c.lastContact()).isNull();
        }

        @Test
        void only_notes_count_as_no_contact() {
            DueItem.CheckIn c = checkIn(net(C.of("a").since("2025-01-05")
                    .log(entry("2025-02-01", EntryType.NOTE), entry("2025-02-20", EntryType.NOTE))), TODAY);
            assertThat(c.lastContact()).isNull();
            assertThat(c.due()).isEqualTo(d("2025-01-05"));
        }

        @Test
        void last_contact_is_the_latest_non_note_entry_whatever_the_order_written() {
            Network n = net(C.of("a").log(entry("2025-02-01", EntryType.CALL), entry("2024-11-01", EntryType.COFFEE),
                    entry("2025-02-25", EntryType.NOTE), in("2025-01-15", "C-1")));
            DueItem.CheckIn c = checkIn(n, TODAY);
            assertThat(c.lastContact()).isEqualTo(d("2025-02-01"));
            assertThat(c.due()).isEqualTo(d("2025-05-02"));  // therapist default 90d
            assertThat(c.cadence().text()).isEqualTo("90d");
        }

        @Test
        void thank_you_and_referrals_count_as_contact() {
            assertThat(checkIn(net(C.of("a").log(entry("2025-02-11", EntryType.THANK_YOU))), TODAY).lastContact())
                    .isEqualTo(d("2025-02-11"));
            assertThat(checkIn(net(C.of("a").log(out("2025-02-12", "C-1"))), TODAY).lastContact())
                    .isEqualTo(d("2025-02-12"));
        }

        @Test
        void entries_after_today_are_ignored() {
            Network n = net(C.of("a").log(entry("2025-01-01", EntryType.CALL), entry("2025-03-10", EntryType.COFFEE)));
            assertThat(checkIn(n, TODAY).lastContact()).isEqualTo(d("2025-01-01"));
            assertThat(checkIn(n, d("2025-03-10")).lastContact()).isEqualTo(d("2025-03-10"));
        }

        @Test
        void cadence_comes_from_the_contact_then_the_config_then_the_default() {
            NetworkConfig cfg = config(Map.of(Category.SCHOOL, Cadence.parse("P60D")), null, null, null);
            LogEntry call = entry("2025-01-01", EntryType.CALL);
            Network n = net(cfg, C.of("own").category(Category.SCHOOL).every("6w").log(call),
                    C.of("school").category(Category.SCHOOL).log(call),
                    C.of("doc").category(Category.PHYSICIAN).log(call));
            List<DueItem> items = dueAll(n, TODAY, DueItem.Kind.CHECK_IN);
            assertThat(items).extracting(i -> i.contact().id() + " " + i.due() + " " + ((DueItem.CheckIn) i).cadence().text())
                    .containsExactly("own 2025-02-12 6w", "doc 2025-03-02 60d", "school 2025-03-02 P60D");  // same day: by id
        }

        @Test
        void cadence_in_months_is_calendar_arithmetic_from_month_ends() {
            assertThat(checkIn(net(C.of("a").every("1m").log(entry("2025-01-31", EntryType.CALL))), TODAY).due())
                    .isEqualTo(d("2025-02-28"));
            assertThat(checkIn(net(C.of("a").every("2m").log(entry("2024-12-31", EntryType.CALL))), TODAY).due())
                    .isEqualTo(d("2025-02-28"));
            assertThat(checkIn(net(C.of("a").every("1m").log(entry("2024-01-31", EntryType.CALL))), TODAY).due())
                    .isEqualTo(d("2024-02-29"));
        }

        @Test
        void leap_day_plus_a_year_is_the_28th_and_days_count_the_29th() {
            assertThat(checkIn(net(C.of("a").every("1y").log(entry("2024-02-29", EntryType.CALL))), TODAY).due())
                    .isEqualTo(d("2025-02-28"));
            assertThat(checkIn(net(C.of("a").every("2d").log(entry("2024-02-28", EntryType.CALL))), TODAY).due())
                    .isEqualTo(d("2024-03-01"));
        }

        @Test
        void paused_and_archived_contacts_get_no_check_in_but_prospects_do() {
            Network n = net(C.of("arch").status(Status.ARCHIVED), C.of("pause").status(Status.PAUSED),
                    C.of("pros").status(Status.PROSPECT));
            assertThat(dueAll(n, TODAY, DueItem.Kind.CHECK_IN)).extracting(i -> i.contact().id()).containsExactly("pros");
        }

        @Test
        void snooze_moves_the_check_in_to_the_snooze_date() {
            Network n = net(C.of("a").log(entry("2024-10-01", EntryType.CALL)).snooze("2025-03-20"));
            assertThat(due(n)).isEmpty();
            DueItem.CheckIn c = checkIn(n, TODAY);
            assertThat(c.due()).isEqualTo(d("2025-03-20"));
            assertThat(c.snoozedUntil()).isEqualTo(d("2025-03-20"));
            assertThat(due(n, TODAY, "17d")).hasSize(1);
            assertThat(due(n, TODAY, "16d")).isEmpty();
            assertThat(due(n, d("2025-03-20"), null)).singleElement().extracting(DueItem::overdue).isEqualTo(0);
        }

        @Test
        void a_snooze_earlier_than_the_due_date_changes_nothing() {
            DueItem.CheckIn c = checkIn(net(C.of("a").log(entry("2025-02-01", EntryType.CALL)).snooze("2025-02-10")), TODAY);
            assertThat(c.due()).isEqualTo(d("2025-05-02"));
            assertThat(c.snoozedUntil()).isNull();
        }

        @Test
        void snooze_does_not_hide_thank_yous_or_outcomes() {
            Network n = net(C.of("a").log(in("2025-02-10", "C-1")).snooze("2025-12-31"));
            assertThat(due(n)).extracting(DueItem::kind).containsExactly(DueItem.Kind.THANK_YOU, DueItem.Kind.OUTCOME);
        }
    }

    // --- window and order --------------------------------------------------------------------

    @Nested
    class WindowAndOrder {

        @Test
        void upcoming_window_includes_its_last_day() {
            Network n = net(C.of("a").log(entry("2024-12-10", EntryType.CALL)));  // due 2025-03-10
            assertThat(due(n)).isEmpty();
            assertThat(due(n, TODAY, "6d")).isEmpty();
            assertThat(due(n, TODAY, "7d")).singleElement().extracting(DueItem::overdue).isEqualTo(-7);
            assertThat(due(n, TODAY, "1w")).hasSize(1);
        }

        @Test
        void due_lists_thank_you_before_outcome_before_check_in_on_same_day() {
            // All three due 2025-02-13: referral 02-10 (+3d thank-you), referral 01-30 (+14d outcome),
            // call 2024-11-15 (+90d check-in).
            Network n = net(C.of("z").log(entry("2024-11-15", EntryType.CALL)),
                    C.of("m").log(in("2025-01-30", "C-1"), entry("2025-02-11", EntryType.THANK_YOU)),
                    C.of("a").log(in("2025-02-10", "C-2", Outcome.SEEN)));
            // 'm' has its thank-you (02-11) as last contact, so its check-in is far away.
            assertThat(due(n)).extracting(i -> i.due() + " " + i.kind() + " " + i.contact().id())
                    .containsExactly("2025-02-13 thank-you a", "2025-02-13 outcome m", "2025-02-13 check-in z");
        }

        @Test
        void ties_are_broken_by_contact_id_then_referral_date_then_client() {
            Network n = net(C.of("b").log(in("2025-02-01", "C-2"), in("2025-02-01", "C-1")),
                    C.of("a").log(out("2025-02-01", "C-9")),
                    C.of("c").log(in("2025-02-01", "C-0")));
            List<DueItem> items = due(n, TODAY, null, DueItem.Kind.OUTCOME);
            assertThat(items).extracting(i -> i.contact().id() + " " + i.client())
                    .containsExactly("a C-9", "b C-1", "b C-2", "c C-0");
        }

        @Test
        void most_overdue_comes_first() {
            Network n = net(C.of("a").log(entry("2024-12-01", EntryType.CALL)),
                    C.of("b").log(entry("2024-11-01", EntryType.CALL)));
            assertThat(due(n)).extracting(i -> i.contact().id()).containsExactly("b", "a");
        }

        @Test
        void query_filters_contacts_and_kinds_filter_items() {
            Network n = net(C.of("doc").category(Category.PHYSICIAN).log(in("2025-02-10", "C-1")),
                    C.of("ther").log(in("2025-02-10", "C-2")));
            List<DueItem> items = Due.compute(n, TODAY, new Due.Options(null, Set.of(DueItem.Kind.OUTCOME),
                    Query.parse("-category:physician"))).items();
            assertThat(items).extracting(i -> i.kind() + " " + i.contact().id()).containsExactly("outcome ther");
        }

        @Test
        void empty_network_has_nothing_due() {
            assertThat(Due.compute(net(), TODAY, Due.Options.defaults()).items()).isEmpty();
        }
    }
}
