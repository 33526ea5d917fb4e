package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report engine on small in-memory networks whose numbers are worked out by hand. */
class ReportTest {

    private static final Query ALL = new Query.All();

    // ---- helpers -------------------------------------------------------------------------

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static LogEntry in(String date, String to, Outcome outcome) {
        return LogEntry.referral(d(date), EntryType.REFERRAL_IN, "C-" + date.replace("-", ""), to, null, outcome, null);
    }

    private static LogEntry in(String date) {
        return in(date, null, null);
    }

    private static LogEntry out(String date, String from, Outcome outcome) {
        return LogEntry.referral(d(date), EntryType.REFERRAL_OUT, "C-" + date.replace("-", ""), from, null, outcome, null);
    }

    private static LogEntry out(String date) {
        return out(date, null, null);
    }

    private static Contact contact(String id, Category category, Status status, LogEntry... log) {
        return Contact.builder(id, "Name of " + id, category).with(ContactFields.STATUS, status).log(List.of(log))
                .build();
    }

    private static Contact contact(String id, Category category, LogEntry... log) {
        return contact(id, category, Status.ACTIVE, log);
    }

    private static Network network(List<String> clinicians, Contact... contacts) {
        NetworkConfig config = new NetworkConfig("Practice", clinicians, Map.of(), null, null, null, null, true);
        return new Network(config, List.of(contacts));
    }

    private static Network network(Contact... contacts) {
        return network(List.of("Jordan Ellis", "Priya Shah"), contacts);
    }

    private static Report report(Network n, String today, String from, String to) {
        return Report.compute(n, d(today), d(from), d(to), ALL);
    }

    // ---- the period ----------------------------------------------------------------------

    @Test
    void referrals_on_the_first_and_last_day_count_and_the_days_around_do_not() {
        Network n = network(contact("a", Category.PHYSICIAN,
                in("2025-02-28"), in("2025-03-01"), out("2025-03-31"), out("2025-04-01")));
        Report r = report(n, "2025-04-30", "2025-03-01", "2025-03-31");
        assertThat(r.totals()).isEqualTo(new Report.Totals(1, 1));
        assertThat(r.byContact()).singleElement().satisfies(c -> {
            assertThat(c.in()).isEqualTo(1);
            assertThat(c.out()).isEqualTo(1);
            assertThat(c.lastReferral()).isEqualTo(d("2025-03-31"));
        });
        assertThat(r.monthly()).containsExactly(new Report.MonthRow(YearMonth.of(2025, 3), 1, 1));
    }

    @Test
    void a_month_without_referrals_is_a_row_of_zeros() {
        Network n = network(contact("a", Category.SCHOOL, in("2025-01-10"), out("2025-03-20")));
        Report r = report(n, "2025-03-31", "2025-01-01", "2025-03-31");
        assertThat(r.monthly()).containsExactly(
                new Report.MonthRow(YearMonth.of(2025, 1), 1, 0),
                new Report.MonthRow(YearMonth.of(2025, 2), 0, 0),
                new Report.MonthRow(YearMonth.of(2025, 3), 0, 1));
    }

    @Test
    void a_period_without_any_referral_still_has_its_months_and_nothing_else() {
        Report r = report(network(contact("a", Category.SCHOOL)), "2025-03-31", "2025-02-15", "2025-03-01");
        assertThat(r.totals()).isEqualTo(new Report.Totals(0, 0));
        assertThat(r.byCategory()).isEmpty();
        assertThat(r.byContact()).isEmpty();
        assertThat(r.flows()).isEmpty();
        assertThat(r.concentration()).isEmpty();
        assertThat(r.monthly()).extracting(Report.MonthRow::month)
                .containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 3));
    }

    @Test
    void the_default_period_across_a_year_end_is_the_twelve_months_ending_today_in_thirteen_calendar_months() {
        LocalDate today = d("2026-01-15");
        LocalDate from = Report.twelveMonthsEnding(today);
        assertThat(from).isEqualTo(d("2025-01-16"));
        Network n = network(contact("a", Category.ONLINE, in("2025-01-15"), in("2025-01-16"), in("2026-01-15")));
        Report r = Report.compute(n, today, from, today, ALL);
        assertThat(r.monthly()).hasSize(13);
        assertThat(r.monthly().get(0)).isEqualTo(new Report.MonthRow(YearMonth.of(2025, 1), 1, 0));
        assertThat(r.monthly().get(12)).isEqualTo(new Report.MonthRow(YearMonth.of(2026, 1), 1, 0));
        assertThat(r.totals().in()).isEqualTo(2);
    }

    @Test
    void the_default_period_ending_on_a_leap_day_starts_on_the_first_of_march() {
        assertThat(Report.twelveMonthsEnding(d("2024-02-29"))).isEqualTo(d("2023-03-01"));
        assertThat(Report.twelveMonthsEnding(d("2025-03-01"))).isEqualTo(d("2024-03-02"));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> report(network(), "2025-01-01", "2025-02-01", "2025-01-31"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02-01");
    }

    // ---- totals, categories, contacts ------------------------------------------------------

    @Test
    void by_category_and_by_contact_sort_by_total_then_by_category_word_and_contact_id() {
        Network n = network(
                contact("zed", Category.THERAPIST, in("2025-01-02")),
                contact("amy", Category.SCHOOL, out("2025-01-03")),
                contact("bob", Category.FAITH, in("2025-01-04"), in("2025-01-05")),
                contact("cat", Category.COMMUNITY, out("2025-01-06")));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.byCategory()).extracting(c -> c.category().word(), Report.CategoryRow::in, Report.CategoryRow::out)
                .containsExactly(tuple("faith", 2, 0), tuple("community", 0, 1), tuple("school", 0, 1),
                        tuple("therapist", 1, 0));
        assertThat(r.byContact()).extracting(Report.ContactRow::contact).containsExactly("bob", "amy", "cat", "zed");
        assertThat(r.totals()).isEqualTo(new Report.Totals(3, 2));
    }

    @Test
    void by_contact_has_reciprocity_and_the_latest_referral_of_the_period_in_either_direction() {
        Network n = network(contact("a", Category.THERAPIST,
                in("2025-01-05"), out("2025-01-20"), out("2025-01-25"), in("2025-02-10")));
        Report r = report(n, "2025-03-01", "2025-01-01", "2025-01-31");
        Report.ContactRow row = r.byContact().get(0);
        assertThat(row.reciprocity()).isEqualTo(-1);
        assertThat(row.lastReferral()).isEqualTo(d("2025-01-25"));
    }

    @Test
    void other_log_entries_are_not_referrals() {
        Network n = network(contact("a", Category.FAITH, LogEntry.of(d("2025-01-05"), EntryType.COFFEE, null),
                LogEntry.of(d("2025-01-06"), EntryType.THANK_YOU, null)));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.byContact()).isEmpty();
        assertThat(r.totals()).isEqualTo(new Report.Totals(0, 0));
    }

    // ---- flows -----------------------------------------------------------------------------

    @Test
    void flows_default_to_me_when_the_practice_lists_no_clinicians() {
        Network n = network(List.of(), contact("lopez", Category.PHYSICIAN, in("2025-01-05"), out("2025-01-06")));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.flows()).extracting(Report.Flow::from, Report.Flow::to, Report.Flow::count)
                .containsExactly(tuple("lopez", "me", 1), tuple("me", "lopez", 1));
    }

    @Test
    void flows_default_to_the_first_clinician_and_name_others_as_written() {
        Network n = network(contact("lopez", Category.PHYSICIAN,
                in("2025-01-05"), in("2025-01-06", "Priya Shah", null), in("2025-01-07", "priya shah", null),
                out("2025-01-08", "Priya Shah", null), out("2025-01-09")));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.flows()).extracting(Report.Flow::from, Report.Flow::to, Report.Flow::count)
                .containsExactly(
                        tuple("Jordan Ellis", "lopez", 1),
                        tuple("Priya Shah", "lopez", 1),
                        tuple("lopez", "Jordan Ellis", 1),
                        tuple("lopez", "Priya Shah", 1),
                        tuple("lopez", "priya shah", 1));
    }

    @Test
    void flows_sort_by_count_descending_then_from_then_to() {
        Network n = network(
                contact("b-partner", Category.SCHOOL, in("2025-01-01"), in("2025-01-02")),
                contact("a-partner", Category.SCHOOL, in("2025-01-01"), in("2025-01-02", "Priya Shah", null),
                        in("2025-01-03", "Priya Shah", null)),
                contact("c-partner", Category.SCHOOL, out("2025-01-04", "Priya Shah", null), out("2025-01-05")));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.flows()).extracting(Report.Flow::from, Report.Flow::to, Report.Flow::count)
                .containsExactly(
                        tuple("a-partner", "Priya Shah", 2),
                        tuple("b-partner", "Jordan Ellis", 2),
                        tuple("Jordan Ellis", "c-partner", 1),
                        tuple("Priya Shah", "c-partner", 1),
                        tuple("a-partner", "Jordan Ellis", 1));
        assertThat(r.flows().get(0).partnerName()).isEqualTo("Name of a-partner");
        assertThat(r.flows().get(2).in()).isFalse();
    }

    // ---- dormant ---------------------------------------------------------------------------

    @Test
    void a_partner_is_dormant_only_when_its_latest_referral_in_plus_dormant_after_is_before_today() {
        // dormant-after is 180d; today 2025-12-31. 2025-07-04 + 180d = 2025-12-31 (not before today);
        // 2025-07-03 + 180d = 2025-12-30 (before today).
        Network n = network(
                contact("on-the-day", Category.FAITH, in("2025-07-04")),
                contact("a-day-over", Category.FAITH, in("2025-07-03")));
        Report r = report(n, "2025-12-31", "2025-01-01", "2025-12-31");
        assertThat(r.dormant()).extracting(Report.DormantRow::contact, Report.DormantRow::lastReferral,
                Report.DormantRow::daysSince).containsExactly(tuple("a-day-over", d("2025-07-03"), 181L));
    }

    @Test
    void dormant_leaves_out_archived_contacts_and_those_who_only_received_referrals() {
        Network n = network(
                contact("archived", Category.FAITH, Status.ARCHIVED, in("2024-01-01")),
                contact("paused", Category.FAITH, Status.PAUSED, in("2024-01-01")),
                contact("only-out", Category.FAITH, out("2024-01-01")));
        Report r = report(n, "2025-12-31", "2025-01-01", "2025-12-31");
        assertThat(r.dormant()).extracting(Report.DormantRow::contact).containsExactly("paused");
    }

    @Test
    void dormant_ignores_referrals_dated_after_today() {
        Network n = network(
                contact("future-only", Category.FAITH, in("2026-02-01")),
                contact("old-and-future", Category.FAITH, in("2024-01-01"), in("2026-02-01")));
        Report r = report(n, "2025-12-31", "2025-01-01", "2025-12-31");
        assertThat(r.dormant()).extracting(Report.DormantRow::contact, Report.DormantRow::lastReferral)
                .containsExactly(tuple("old-and-future", d("2024-01-01")));
    }

    @Test
    void dormant_sorts_latest_first_then_by_contact_id_and_does_not_depend_on_the_period() {
        Network n = network(
                contact("b", Category.FAITH, in("2024-03-01")),
                contact("a", Category.FAITH, in("2024-03-01")),
                contact("c", Category.FAITH, in("2024-05-01")));
        Report r = report(n, "2025-12-31", "2025-12-01", "2025-12-31");
        assertThat(r.dormant()).extracting(Report.DormantRow::contact).containsExactly("c", "a", "b");
    }

    // ---- query -----------------------------------------------------------------------------

    @Test
    void the_query_chooses_whose_referrals_count_everywhere_but_the_gaps() {
        Network n = network(
                contact("doc", Category.PHYSICIAN, in("2025-01-05"), in("2024-01-01")),
                contact("church", Category.FAITH, in("2025-01-06"), in("2024-01-01")));
        Report r = Report.compute(n, d("2025-01-31"), d("2025-01-01"), d("2025-01-31"),
                Query.parse(List.of("-category:faith")));
        assertThat(r.totals()).isEqualTo(new Report.Totals(1, 0));
        assertThat(r.byContact()).extracting(Report.ContactRow::contact).containsExactly("doc");
        assertThat(r.flows()).extracting(Report.Flow::from).containsExactly("doc");
        assertThat(r.monthly()).containsExactly(new Report.MonthRow(YearMonth.of(2025, 1), 1, 0));
        assertThat(r.dormant()).isEmpty();
        assertThat(r.missingCategories()).extracting(Report.MissingCategory::category)
                .doesNotContain(Category.FAITH, Category.PHYSICIAN);
    }

    // ---- outcomes, concentration, gaps -----------------------------------------------------

    @Test
    void the_outcome_mix_counts_each_outcome_and_the_open_referrals_of_each_direction() {
        Network n = network(contact("a", Category.THERAPIST,
                in("2025-01-01", null, Outcome.SEEN), in("2025-01-02", null, Outcome.SEEN),
                in("2025-01-03", null, Outcome.NO_SHOW), in("2025-01-04"), out("2025-01-05", null, Outcome.WAITLISTED)));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.outcomesIn().count(Outcome.SEEN)).isEqualTo(2);
        assertThat(r.outcomesIn().count(Outcome.NO_SHOW)).isEqualTo(1);
        assertThat(r.outcomesIn().count(Outcome.DECLINED)).isZero();
        assertThat(r.outcomesIn().open()).isEqualTo(1);
        assertThat(r.outcomesIn().total()).isEqualTo(4);
        assertThat(r.outcomesOut().count(Outcome.WAITLISTED)).isEqualTo(1);
        assertThat(r.outcomesOut().open()).isZero();
    }

    @Test
    void concentration_warns_when_one_partner_sends_half_or_more_of_at_least_five_referrals_in() {
        Contact three = contact("three", Category.PHYSICIAN, in("2025-01-01"), in("2025-01-02"), in("2025-01-03"));
        Contact two = contact("two", Category.SCHOOL, in("2025-01-04"), in("2025-01-05"));
        Report r = report(network(three, two), "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.concentration()).hasValueSatisfying(c -> {
            assertThat(c.contact()).isEqualTo("three");
            assertThat(c.in()).isEqualTo(3);
            assertThat(c.of()).isEqualTo(5);
            assertThat(c.share()).isEqualTo(0.6);
            assertThat(c.warning()).isTrue();
        });
    }

    @Test
    void concentration_does_not_warn_below_five_referrals_or_below_half() {
        Contact four = contact("four", Category.PHYSICIAN, in("2025-01-01"), in("2025-01-02"), in("2025-01-03"),
                in("2025-01-04"));
        assertThat(report(network(four), "2025-01-31", "2025-01-01", "2025-01-31").concentration())
                .hasValueSatisfying(c -> assertThat(c.warning()).isFalse());
        Contact two = contact("two", Category.SCHOOL, in("2025-01-05"), in("2025-01-06"));
        Contact other = contact("other", Category.FAITH, in("2025-01-07"), in("2025-01-08"), in("2025-01-09"));
        Contact one = contact("one", Category.ONLINE, in("2025-01-10"));
        Report r = report(network(two, other, one), "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.concentration()).hasValueSatisfying(c -> {
            assertThat(c.contact()).isEqualTo("other");
            assertThat(c.warning()).as("3 of 6 is half").isTrue();
        });
        Contact more = contact("more", Category.ONLINE, in("2025-01-11"));
        Report r2 = report(network(two, other, one, more), "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r2.concentration()).hasValueSatisfying(c -> assertThat(c.warning()).as("3 of 7").isFalse());
    }

    @Test
    void concentration_ties_go_to_the_lowest_contact_id() {
        Network n = network(contact("b", Category.SCHOOL, in("2025-01-01"), out("2025-01-03")),
                contact("a", Category.SCHOOL, in("2025-01-02")));
        Report r = report(n, "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.concentration()).hasValueSatisfying(c -> assertThat(c.contact()).isEqualTo("a"));
    }

    @Test
    void gaps_are_the_seven_kinds_with_no_active_partner_counting_prospects() {
        List<Contact> contacts = new ArrayList<>();
        contacts.add(contact("t", Category.THERAPIST));
        contacts.add(contact("p", Category.PHYSICIAN));
        contacts.add(contact("s", Category.SCHOOL, Status.PROSPECT));
        contacts.add(contact("s2", Category.SCHOOL, Status.PROSPECT));
        contacts.add(contact("f", Category.FAITH, Status.PAUSED));
        contacts.add(contact("c", Category.COMMUNITY));
        contacts.add(contact("o", Category.ONLINE, Status.ARCHIVED));
        Report r = report(network(contacts.toArray(Contact[]::new)), "2025-01-31", "2025-01-01", "2025-01-31");
        assertThat(r.missingCategories()).containsExactly(
                new Report.MissingCategory(Category.SCHOOL, 2),
                new Report.MissingCategory(Category.FAITH, 0),
                new Report.MissingCategory(Category.ONLINE, 0),
                new Report.MissingCategory(Category.LEGAL, 0));
    }

    // ---- our referrals out, seen (docs/format.md#section-8-3)------------------------------------------------

    @Test
    void per_partner_referred_to_and_per_category_the_share_of_our_referrals_seen_in_the_period() {
        Network n = network(
                contact("rivera", Category.THERAPIST, out("2025-01-10", null, Outcome.SEEN), out("2025-01-20", null, Outcome.DECLINED),
                        out("2025-02-01"), out("2024-01-01", null, Outcome.SEEN), in("2025-01-05")),
                contact("okafor", Category.THERAPIST, out("2025-02-10", null, Outcome.SEEN)),
                contact("lopez", Category.PHYSICIAN, out("2025-02-11", null, Outcome.NO_SHOW)),
                contact("school", Category.SCHOOL, in("2025-02-01")));
        Report r = report(n, "2025-03-03", "2024-03-04", "2025-03-03");
        assertThat(r.referredTo()).containsExactly(
                new Report.ReferredRow("rivera", "Name of rivera", Category.THERAPIST, 3, 1),
                new Report.ReferredRow("lopez", "Name of lopez", Category.PHYSICIAN, 1, 0),
                new Report.ReferredRow("okafor", "Name of okafor", Category.THERAPIST, 1, 1));
        assertThat(r.referredByCategory()).containsExactly(
                new Report.ReferredCategoryRow(Category.THERAPIST, 4, 2),
                new Report.ReferredCategoryRow(Category.PHYSICIAN, 1, 0));
        assertThat(r.referredByCategory().get(0).share()).isEqualTo(0.5);
    }
}
