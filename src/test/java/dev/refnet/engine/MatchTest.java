package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.Accepting;
import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.Outcome;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Status;
import dev.refnet.model.Telehealth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The match engine on small in-memory networks: every requirement kind, every availability state, freshness, ties. */
class MatchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Contact.Builder partner(String id) {
        return Contact.builder(id, "Name of " + id, Category.THERAPIST);
    }

    private static Network network(Contact.Builder... partners) {
        return network(null, partners);
    }

    private static Network network(Cadence within, Contact.Builder... partners) {
        List<Contact> cs = new ArrayList<>();
        for (Contact.Builder b : partners) {
            cs.add(b.build());
        }
        NetworkConfig config = new NetworkConfig("Practice", List.of("Jordan"), Map.of(), null, null, null, null, true,
                List.of(), null, within);
        return new Network(config, cs);
    }

    private static List<String> ids(Match m) {
        return m.candidates().stream().map(c -> c.contact().id()).toList();
    }

    private static Match match(Network n, String... need) {
        return Match.of(n, TODAY, List.of(need));
    }

    private static LogEntry out(String date, Outcome outcome) {
        return LogEntry.referral(LocalDate.parse(date), EntryType.REFERRAL_OUT, "C-" + date, null, null, outcome, null);
    }

    private static LogEntry in(String date) {
        return LogEntry.referral(LocalDate.parse(date), EntryType.REFERRAL_IN, "C-" + date, null, null, null, null);
    }

    @Test
    void insurance_requirement_keeps_partners_who_take_the_plan() {
        Network n = network(partner("a").with(ContactFields.INSURANCE, List.of("Aetna", "Cigna")),
                partner("b").with(ContactFields.INSURANCE, List.of("MaineCare")), partner("c"));
        Match m = match(n, "insurance:aetna");
        assertThat(ids(m)).containsExactly("a");
        assertThat(m.candidates().get(0).matched()).containsExactly("insurance:aetna");
        assertThat(m.candidates().get(0).meets()).containsExactly("Aetna");
        assertThat(m.exclusions()).containsExactly(new Match.Exclusion("insurance:aetna", 2));
    }

    @Test
    void language_requirement_ignores_case_and_accents() {
        Network n = network(partner("a").with(ContactFields.LANGUAGES, List.of("Español")),
                partner("b").with(ContactFields.LANGUAGES, List.of("English")));
        assertThat(ids(match(n, "language:espanol"))).containsExactly("a");
    }

    @Test
    void telehealth_requirement_alone_and_only() {
        Network n = network(partner("yes").with(ContactFields.TELEHEALTH, Telehealth.YES),
                partner("only").with(ContactFields.TELEHEALTH, Telehealth.ONLY),
                partner("no").with(ContactFields.TELEHEALTH, Telehealth.NO), partner("unknown"));
        assertThat(ids(match(n, "telehealth"))).containsExactlyInAnyOrder("yes", "only");
        assertThat(ids(match(n, "telehealth:only"))).containsExactly("only");
        assertThat(match(n, "telehealth:only").candidates().get(0).meets()).containsExactly("telehealth only");
    }

    @Test
    void age_requirement_against_each_range_form() {
        Network n = network(partner("kids").with(ContactFields.AGES, List.of("5-12")),
                partner("teens").with(ContactFields.AGES, List.of("13-17")),
                partner("adults").with(ContactFields.AGES, List.of("18+")),
                partner("seniors").with(ContactFields.AGES, List.of("65+")), partner("unknown"));
        assertThat(ids(match(n, "age:5"))).containsExactly("kids");
        assertThat(ids(match(n, "age:12"))).containsExactly("kids");
        assertThat(ids(match(n, "age:13"))).containsExactly("teens");
        assertThat(ids(match(n, "age:15"))).containsExactly("teens");
        assertThat(ids(match(n, "age:17"))).containsExactly("teens");
        assertThat(ids(match(n, "age:18"))).containsExactly("adults");
        assertThat(ids(match(n, "age:70"))).containsExactlyInAnyOrder("adults", "seniors");
        assertThat(ids(match(n, "age:4"))).isEmpty();
        assertThat(match(n, "age:15").candidates().get(0).meets()).containsExactly("ages 13-17");
    }

    @Test
    void area_accepting_and_category_requirements() {
        Network n = network(partner("east").with(ContactFields.AREA, "Portland, Eastside")
                        .with(ContactFields.ACCEPTING, Accepting.YES),
                partner("west").with(ContactFields.AREA, "Westbrook").with(ContactFields.ACCEPTING_REFERRALS, true),
                partner("doc").with(ContactFields.CATEGORY, Category.PHYSICIAN).with(ContactFields.AREA, "Eastside"));
        assertThat(ids(match(n, "area:eastside"))).containsExactly("east", "doc");
        assertThat(ids(match(n, "accepting:yes"))).containsExactly("east", "west");
        assertThat(ids(match(n, "category:physician"))).containsExactly("doc");
    }

    @Test
    void bad_terms_are_usage_errors() {
        Network n = network(partner("a"));
        assertThatThrownBy(() -> match(n, "age:abc")).isInstanceOf(RefnetException.class).hasMessageContaining("not an age");
        assertThatThrownBy(() -> match(n, "telehealth:maybe")).isInstanceOf(RefnetException.class)
                .hasMessageContaining("unknown telehealth 'maybe'");
        assertThatThrownBy(() -> match(n, "colour:red")).isInstanceOf(RefnetException.class)
                .hasMessageContaining("unknown query field 'colour'");
        for (String bad : new String[] {"age:abc", "telehealth:maybe", "colour:red"}) {
            assertThat(((RefnetException) org.assertj.core.api.Assertions.catchThrowable(() -> match(n, bad))).exitCode())
                    .isEqualTo(2);
        }
    }

    @Test
    void bare_words_match_specialties_tags_role_and_notes_ignoring_case_and_accents_and_rank() {
        Network n = network(partner("both").with(ContactFields.SPECIALTIES, List.of("EMDR", "adolescents")),
                partner("tag").with(ContactFields.TAGS, List.of("emdr-trained")),
                partner("role").with(ContactFields.ROLE, "EMDR consultant"),
                partner("notes").with(ContactFields.NOTES, "Does EMDR on Tuesdays."),
                partner("accent").with(ContactFields.SPECIALTIES, List.of("Adolescéntes")),
                partner("none").with(ContactFields.SPECIALTIES, List.of("couples")));
        Match m = match(n, "emdr", "adolescentes");
        assertThat(ids(m)).containsExactlyInAnyOrder("both", "tag", "role", "notes", "accent").doesNotContain("none");
        Match.Candidate both = m.candidates().stream().filter(c -> c.contact().id().equals("both")).findFirst().orElseThrow();
        assertThat(both.matched()).containsExactly("emdr");
        assertThat(both.unmet()).containsExactly("adolescentes");
        Match adolescents = match(n, "emdr adolescents");
        assertThat(adolescents.candidates().get(0).contact().id()).isEqualTo("both");
        assertThat(adolescents.candidates().get(0).fits()).containsExactly("EMDR", "adolescents");
        assertThat(adolescents.candidates().get(0).score()).isEqualTo(2 * Match.FIT_POINTS + Match.UNKNOWN_POINTS);
        assertThat(m.candidates().stream().filter(c -> c.contact().id().equals("notes")).findFirst().orElseThrow().fits())
                .containsExactly("notes mention emdr");
        assertThat(m.exclusions()).containsExactly(new Match.Exclusion("emdr adolescentes", 1));
    }

    @Test
    void a_category_term_says_which_partners_are_considered_and_counted_as_left_out() {
        Network n = network(partner("emdr").with(ContactFields.SPECIALTIES, List.of("EMDR")),
                partner("other"),
                Contact.builder("doc", "Dr. Doc", Category.PHYSICIAN),
                Contact.builder("doc-2", "Dr. Two", Category.PHYSICIAN),
                Contact.builder("school", "A School", Category.SCHOOL));
        Match m = match(n, "category:therapist", "emdr", "telehealth");
        assertThat(m.partners()).as("the two therapists, not the five partners").isEqualTo(2);
        assertThat(m.exclusions()).containsExactly(new Match.Exclusion("telehealth", 2), new Match.Exclusion("emdr", 1));
        Match not = match(n, "-category:physician", "telehealth");
        assertThat(not.partners()).isEqualTo(3);
        assertThat(not.exclusions()).containsExactly(new Match.Exclusion("telehealth", 3));
        assertThat(match(n, "telehealth").partners()).as("no category named: every active partner").isEqualTo(5);
    }

    @Test
    void only_active_partners_are_candidates() {
        Network n = network(partner("active"), partner("paused").with(ContactFields.STATUS, Status.PAUSED),
                partner("prospect").with(ContactFields.STATUS, Status.PROSPECT),
                partner("archived").with(ContactFields.STATUS, Status.ARCHIVED));
        Match m = match(n);
        assertThat(ids(m)).containsExactly("active");
        assertThat(m.partners()).isEqualTo(1);
    }

    @Test
    void availability_orders_yes_then_unknown_then_waitlist_then_no() {
        Network n = network(partner("no").with(ContactFields.ACCEPTING, Accepting.NO),
                partner("waitlist").with(ContactFields.ACCEPTING, Accepting.WAITLIST),
                partner("unknown"),
                partner("yes").with(ContactFields.ACCEPTING, Accepting.YES));
        Match m = match(n);
        assertThat(ids(m)).containsExactly("yes", "unknown", "waitlist", "no");
        assertThat(m.candidates()).extracting(Match.Candidate::score)
                .containsExactly(Match.YES_POINTS, Match.UNKNOWN_POINTS, Match.WAITLIST_POINTS, Match.NO_POINTS);
        assertThat(m.candidates()).extracting(c -> c.availability().stale())
                .as("an answer with no date is stale; no answer is neither fresh nor stale").containsExactly(true, null, true, true);
    }

    @Test
    void no_answer_recorded_is_neither_fresh_nor_stale_and_says_so_without_call_first() {
        Network n = network(partner("unknown"),
                partner("undated").with(ContactFields.ACCEPTING, Accepting.YES),
                partner("checked-only").with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(400)));
        Match m = match(n);
        assertThat(m.candidates()).extracting(c -> c.contact().id() + "=" + c.availability().stale())
                .containsExactlyInAnyOrder("undated=true", "unknown=null", "checked-only=null");
        assertThat(m.candidates()).extracting(c -> dev.refnet.render.AvailabilityText.of(c.availability(), TODAY))
                .contains("call first: accepting, not dated", "availability not recorded");
        assertThat(m.candidates()).extracting(Match.Candidate::score)
                .as("scores as before").containsExactly(Match.YES_POINTS, Match.UNKNOWN_POINTS, Match.UNKNOWN_POINTS);
    }

    @Test
    void the_older_accepting_referrals_reads_as_yes_or_no_and_accepting_wins_when_both_are_written() {
        Network n = network(partner("true").with(ContactFields.ACCEPTING_REFERRALS, true),
                partner("false").with(ContactFields.ACCEPTING_REFERRALS, false),
                partner("both").with(ContactFields.ACCEPTING_REFERRALS, true).with(ContactFields.ACCEPTING, Accepting.WAITLIST));
        Match m = match(n);
        assertThat(m.candidates()).extracting(c -> c.contact().id() + "=" + c.availability().accepting())
                .containsExactly("true=yes", "both=waitlist", "false=no");
    }

    @Test
    void freshness_at_the_boundary_of_availability_within() {
        Network n = network(Cadence.parse("30d"),
                partner("edge").with(ContactFields.ACCEPTING, Accepting.YES).with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(30)),
                partner("past").with(ContactFields.ACCEPTING, Accepting.YES).with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(31)));
        Match m = match(n);
        assertThat(ids(m)).containsExactly("edge", "past");
        assertThat(m.candidates().get(0).availability().stale()).isFalse();
        assertThat(m.candidates().get(0).score()).isEqualTo(Match.YES_POINTS + Match.FRESH_POINTS);
        assertThat(m.candidates().get(1).availability().stale()).isTrue();
        assertThat(m.candidates().get(1).score()).isEqualTo(Match.YES_POINTS);
    }

    @Test
    void availability_within_defaults_to_90_days() {
        Network n = network(partner("edge").with(ContactFields.ACCEPTING, Accepting.WAITLIST)
                        .with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(90)),
                partner("past").with(ContactFields.ACCEPTING, Accepting.WAITLIST).with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(91)));
        Match m = match(n);
        assertThat(m.candidates()).extracting(c -> c.availability().stale()).containsExactly(false, true);
    }

    @Test
    void a_fresh_no_earns_nothing_for_freshness() {
        Network n = network(partner("no").with(ContactFields.ACCEPTING, Accepting.NO).with(ContactFields.ACCEPTING_CHECKED, TODAY));
        assertThat(match(n).candidates().get(0).score()).isEqualTo(Match.NO_POINTS);
        assertThat(match(n).candidates().get(0).availability().stale()).isFalse();
    }

    @Test
    void relationship_counts_referrals_each_way_within_lookback_capped() {
        Network n = network(partner("close").log(List.of(in("2026-10-01"), in("2026-10-02"), in("2026-10-03"), in("2026-10-04"),
                        out("2026-09-01", null), in("2025-01-01"))),
                partner("far"));
        Match.Candidate close = match(n).candidates().get(0);
        assertThat(close.contact().id()).isEqualTo("close");
        assertThat(close.referralsIn()).isEqualTo(4);
        assertThat(close.referralsOut()).isEqualTo(1);
        assertThat(close.score()).isEqualTo(Match.UNKNOWN_POINTS + Match.RELATIONSHIP_CAP + 1);
    }

    @Test
    void outcomes_of_our_referrals_weigh_seen_against_declined_no_show_and_waitlisted() {
        Network n = network(partner("good").log(List.of(out("2024-01-01", Outcome.SEEN), out("2024-02-01", Outcome.SEEN),
                        out("2024-03-01", Outcome.SCHEDULED), out("2024-04-01", null))),
                partner("bad").log(List.of(out("2024-01-01", Outcome.DECLINED), out("2024-02-01", Outcome.NO_SHOW),
                        out("2024-03-01", Outcome.WAITLISTED), out("2024-04-01", Outcome.DECLINED), out("2024-05-01", Outcome.SEEN))));
        Match m = match(n);
        assertThat(ids(m)).containsExactly("good", "bad");
        Match.Candidate good = m.candidates().get(0);
        assertThat(good.seen()).isEqualTo(2);
        assertThat(good.referredOut()).isEqualTo(4);
        assertThat(good.outcomesOut()).isEqualTo(Map.of(Outcome.SEEN, 2, Outcome.SCHEDULED, 1));
        assertThat(good.referralsOut()).isZero(); // all before lookback
        assertThat(good.score()).isEqualTo(Match.UNKNOWN_POINTS + 2);
        assertThat(m.candidates().get(1).score()).isEqualTo(Match.UNKNOWN_POINTS - Match.OUTCOME_CAP);
    }

    @Test
    void ties_go_to_availability_then_the_latest_check_then_name_then_id() {
        Network n = network(
                // unknown and stale waitlist both score 4: availability breaks the tie
                partner("w").with(ContactFields.ACCEPTING, Accepting.WAITLIST).with(ContactFields.ACCEPTING_CHECKED, TODAY)
                        .with(ContactFields.NAME, "A"),
                partner("u").with(ContactFields.NAME, "Z"),
                // two stale yes: the later check first
                partner("y1").with(ContactFields.ACCEPTING, Accepting.YES).with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(200))
                        .with(ContactFields.NAME, "B"),
                partner("y2").with(ContactFields.ACCEPTING, Accepting.YES).with(ContactFields.ACCEPTING_CHECKED, TODAY.minusDays(100))
                        .with(ContactFields.NAME, "C"),
                // same everything: name (accents ignored), then id
                partner("n2").with(ContactFields.NAME, "Éva").with(ContactFields.ACCEPTING, Accepting.NO),
                partner("n1").with(ContactFields.NAME, "Eva").with(ContactFields.ACCEPTING, Accepting.NO),
                partner("n0").with(ContactFields.NAME, "Dan").with(ContactFields.ACCEPTING, Accepting.NO));
        assertThat(ids(match(n))).containsExactly("y2", "y1", "u", "w", "n0", "n1", "n2");
    }

    @Test
    void exclusions_count_each_term_on_its_own_most_first() {
        Network n = network(partner("a").with(ContactFields.INSURANCE, List.of("Aetna")).with(ContactFields.AGES, List.of("18+")),
                partner("b").with(ContactFields.INSURANCE, List.of("Cigna")).with(ContactFields.AGES, List.of("18+")),
                partner("c").with(ContactFields.INSURANCE, List.of("Cigna")).with(ContactFields.AGES, List.of("13-17")),
                partner("d").with(ContactFields.INSURANCE, List.of("Aetna")).with(ContactFields.AGES, List.of("13-17")));
        Match m = match(n, "age:15", "insurance:aetna", "emdr");
        assertThat(m.candidates()).isEmpty();
        assertThat(m.partners()).isEqualTo(4);
        assertThat(m.exclusions()).containsExactly(new Match.Exclusion("emdr", 4), new Match.Exclusion("age:15", 2),
                new Match.Exclusion("insurance:aetna", 2));
        assertThat(m.need()).containsExactly("age:15", "insurance:aetna", "emdr");
    }

    /** The worked example of the format reference, section 8.2, number for number. */
    @Test
    void the_worked_example_of_the_format_reference() {
        List<LogEntry> aLog = new ArrayList<>(List.of(in("2026-07-01"), in("2026-08-01"), in("2026-09-01"),
                out("2026-10-01", Outcome.SEEN), out("2025-01-01", Outcome.SEEN), out("2025-02-01", Outcome.SEEN),
                out("2025-03-01", Outcome.SEEN), out("2025-04-01", Outcome.DECLINED)));
        Network n = network(
                partner("a").with(ContactFields.SPECIALTIES, List.of("EMDR", "adolescents")).with(ContactFields.AGES, List.of("13-17"))
                        .with(ContactFields.INSURANCE, List.of("Aetna")).with(ContactFields.ACCEPTING, Accepting.YES)
                        .with(ContactFields.ACCEPTING_CHECKED, LocalDate.of(2026, 11, 15)).log(aLog),
                partner("b").with(ContactFields.ROLE, "EMDR consultant").with(ContactFields.AGES, List.of("13-17", "18+"))
                        .with(ContactFields.INSURANCE, List.of("Aetna", "Cigna")).with(ContactFields.ACCEPTING, Accepting.WAITLIST)
                        .with(ContactFields.ACCEPTING_CHECKED, LocalDate.of(2026, 6, 2)),
                partner("c").with(ContactFields.NOTES, "Trained in EMDR.").with(ContactFields.AGES, List.of("18+")),
                partner("d").with(ContactFields.SPECIALTIES, List.of("EMDR")).with(ContactFields.AGES, List.of("13-17")),
                partner("e").with(ContactFields.SPECIALTIES, List.of("EMDR")).with(ContactFields.AGES, List.of("5-12", "13-17"))
                        .with(ContactFields.INSURANCE, List.of("Aetna")));
        Match m = match(n, "emdr age:15 insurance:aetna");
        assertThat(m.candidates()).extracting(c -> c.contact().id() + "=" + c.score()).containsExactly("a=27", "e=14", "b=12");
        Match.Candidate a = m.candidates().get(0);
        assertThat(a.referralsIn()).isEqualTo(3);
        assertThat(a.referralsOut()).isEqualTo(1);
        assertThat(a.seen()).isEqualTo(4);
        assertThat(a.referredOut()).isEqualTo(5);
        assertThat(dev.refnet.render.MatchText.why(a, m, Cadence.parse("180d")))
                .isEqualTo("EMDR; ages 13-17, Aetna; accepting, checked 12 days ago; 4 of 5 of our referrals seen;"
                        + " sent us 3 in the last 180 days");
        assertThat(dev.refnet.render.MatchText.why(m.candidates().get(2), m, Cadence.parse("180d")))
                .endsWith("call first: waitlist, checked 5 months ago");
        Match none = match(n, "emdr age:15 insurance:aetna telehealth");
        assertThat(dev.refnet.render.MatchText.render(none, 5, Cadence.parse("180d"), picocli.CommandLine.Help.Ansi.OFF))
                .isEqualTo("None of 5 active partners fits emdr age:15 insurance:aetna telehealth.\n"
                        + "Most were left out by telehealth (5 of 5); then insurance:aetna (2), age:15 (1).\n");
    }
}
