package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys of docs/format.md#section-8-1 (insurance, languages, telehealth, ages, area, accepting) through every command that shows, sets or asks for them. */
class ReferralFieldsTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp,
                "sam-rivera", """
                        name: Sam Rivera
                        category: therapist
                        since: 2024-05-01
                        specialties: [couples, EMDR]
                        phone: (207) 555-0114
                        insurance: [Aetna, self-pay]
                        languages: [English, Spanish]
                        telehealth: yes
                        ages: [13-17, 18+]
                        area: Portland, Eastside
                        accepting: yes
                        accepting-checked: 2025-02-19   # Sam said two openings
                        """,
                "tessa", """
                        name: Tessa Lindqvist
                        category: therapist
                        since: 2024-05-01
                        telehealth: only
                        ages: [5-12]
                        accepting: waitlist
                        accepting-checked: 2024-09-01
                        """,
                "lopez", """
                        name: Dr. María López
                        category: physician
                        since: 2024-05-01
                        ages: [65+]
                        accepting-referrals: true
                        area: Westbrook
                        """,
                "okafor", "name: Dr. Hannah Okafor\ncategory: therapist\nsince: 2024-05-01\ntelehealth: no\naccepting-referrals: false\n");
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    private String ids(String... query) {
        String[] args = new String[query.length + 3];
        args[0] = "list";
        System.arraycopy(query, 0, args, 1, query.length);
        args[query.length + 1] = "--format";
        args[query.length + 2] = "csv";
        RefnetRun.Result r = run().in(net, args);
        assertThat(r.code()).as(r.toString()).isZero();
        return String.join(" ", r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).sorted().toList());
    }

    @Test
    void query_fields_insurance_language_area_and_accepting_filter_the_list() {
        assertThat(ids("insurance:aetna")).isEqualTo("sam-rivera");
        assertThat(ids("insurance:SELF-PAY")).isEqualTo("sam-rivera");
        assertThat(ids("language:spanish")).isEqualTo("sam-rivera");
        assertThat(ids("area:eastside")).isEqualTo("sam-rivera");
        assertThat(ids("area:westbrook,eastside")).isEqualTo("lopez sam-rivera");
        assertThat(ids("accepting:waitlist")).isEqualTo("tessa");
        // the older accepting-referrals: true reads as accepting: yes, false as no
        assertThat(ids("accepting:yes")).isEqualTo("lopez sam-rivera");
        assertThat(ids("accepting:no")).isEqualTo("okafor");
        assertThat(ids("-accepting:yes")).isEqualTo("okafor tessa");
    }

    @Test
    void telehealth_alone_means_offered_and_telehealth_only_means_only() {
        assertThat(ids("telehealth")).isEqualTo("sam-rivera tessa");
        assertThat(ids("telehealth:only")).isEqualTo("tessa");
        assertThat(ids("telehealth:no")).isEqualTo("okafor");
        assertThat(ids("-telehealth")).isEqualTo("lopez okafor");
    }

    @ParameterizedTest(name = "age:{0} -> {1}")
    @CsvSource({
        "4, ''",
        "5, tessa",
        "12, tessa",
        "13, sam-rivera",
        "17, sam-rivera",
        "18, sam-rivera",
        "64, sam-rivera",
        "65, lopez sam-rivera",
        "110, lopez sam-rivera"})
    void age_matches_any_range_that_holds_it_closed_and_open(String age, String expected) {
        assertThat(ids("age:" + age)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "age:abc|'abc' in query term 'age:abc' is not an age; write whole years, like age:15",
        "age:-3|'-3' in query term 'age:-3' is not an age; write whole years, like age:15",
        "telehealth:maybe|unknown telehealth 'maybe' in query term 'telehealth:maybe'; use one of: yes, no, only",
        "accepting:perhaps|unknown accepting 'perhaps' in query term 'accepting:perhaps'; use one of: yes, no, waitlist",
        "insurer:aetna|unknown query field 'insurer' in 'insurer:aetna'; fields are accepting, age, area, category,"
            + " insurance, language, name, org, owner, specialty, status, tag, telehealth"})
    void a_bad_term_is_one_line_and_exit_2(String term, String message) {
        for (String command : new String[] {"list", "match"}) {
            RefnetRun.Result r = run().in(net, command, term);
            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(r.toString()).isEqualTo("refnet: " + message + "\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void show_states_availability_and_how_fresh_it_is() {
        RefnetRun.Result sam = run().in(net, "show", "sam");
        assertThat(sam.out()).as(sam.toString())
                .contains("  insurance:           Aetna, self-pay\n")
                .contains("  languages:           English, Spanish\n")
                .contains("  telehealth:          yes\n")
                .contains("  ages served:         13-17, 18+\n")
                .contains("  area:                Portland, Eastside\n")
                .contains("  availability:        accepting, checked 12 days ago\n");
        assertThat(run().in(net, "show", "tessa").out())
                .contains("  availability:        call first: waitlist, checked 6 months ago\n");
        assertThat(run().in(net, "show", "lopez").out())
                .contains("  availability:        call first: accepting, not dated\n");
        assertThat(run().in(net, "show", "okafor").out())
                .contains("  availability:        call first: not accepting, not dated\n");
    }

    @Test
    void list_json_has_the_new_keys_in_camel_case() {
        RefnetRun.Result r = run().in(net, "list", "name:sam", "--format", "json");
        String compact = new tools.jackson.databind.ObjectMapper().readTree(r.out()).get(0).toString();
        assertThat(compact).as(r.toString())
                .contains("\"insurance\":[\"Aetna\",\"self-pay\"]")
                .contains("\"languages\":[\"English\",\"Spanish\"]")
                .contains("\"telehealth\":\"yes\"")
                .contains("\"ages\":[\"13-17\",\"18+\"]")
                .contains("\"area\":\"Portland, Eastside\"")
                .contains("\"accepting\":\"yes\"")
                .contains("\"acceptingChecked\":\"2025-02-19\"");
    }

    @Test
    void list_csv_has_availability_and_the_referral_keys_after_the_summary() {
        RefnetRun.Result r = run().in(net, "list", "--format", "csv", "name:sam,lopez");
        assertThat(r.out().lines()).as(r.toString()).containsExactly(
                "id,name,category,organization,status,lastContact,accepting,acceptingChecked,insurance,languages,"
                        + "telehealth,ages,area",
                "lopez,Dr. María López,physician,,active,,yes,,,,,65+,Westbrook",
                "sam-rivera,Sam Rivera,therapist,,active,,yes,2025-02-19,Aetna;self-pay,English;Spanish,yes,13-17;18+,"
                        + "\"Portland, Eastside\"");
    }

    @Test
    void add_contact_writes_every_new_option_and_dates_accepting_today() throws Exception {
        RefnetRun.Result r = run().in(net, "add-contact", "Noor Haddad", "--category", "therapist",
                "--insurance", "Cigna", "--insurance", "sliding-scale", "--fees", "$150; sliding scale from $60",
                "--language", "Arabic", "--telehealth", "only", "--ages", "13-17", "--ages", "65+",
                "--area", "Falmouth", "--accepting", "waitlist");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(net.resolve("contacts/noor-haddad.yaml"))).isEqualTo("""
                name: Noor Haddad
                category: therapist
                since: 2025-03-03
                insurance: [Cigna, sliding-scale]
                fees: $150; sliding scale from $60
                languages: [Arabic]
                telehealth: only
                ages: [13-17, 65+]
                area: Falmouth
                accepting: waitlist
                accepting-checked: 2025-03-03
                """);
    }

    @Test
    void add_contact_refuses_a_bad_age_range_and_a_bad_telehealth_with_exit_2() {
        RefnetRun.Result ages = run().in(net, "add-contact", "X", "--category", "therapist", "--ages", "teens");
        assertThat(ages.code()).as(ages.toString()).isEqualTo(2);
        assertThat(ages.err()).contains("'teens' is not an age range; write a range like 5-12, 13-17, 18+ or 65+");
        RefnetRun.Result tele = run().in(net, "add-contact", "X", "--category", "therapist", "--telehealth", "maybe");
        assertThat(tele.code()).as(tele.toString()).isEqualTo(2);
        assertThat(tele.err()).contains("unknown telehealth 'maybe'; use one of: yes, no, only");
        assertThat(net.resolve("contacts/x.yaml")).doesNotExist();
    }

    @Test
    void a_file_with_a_bad_age_range_is_reported_where_it_is() throws Exception {
        Files.writeString(net.resolve("contacts/bad.yaml"), "name: Bad\ncategory: therapist\nages: [13-17, teens]\n");
        RefnetRun.Result r = run().in(net, "check");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("bad.yaml:3:15: error: 'ages': 'teens' is not an age range; write a range like 5-12,"
                + " 13-17, 18+ or 65+");
    }

    @Test
    void log_with_accepting_records_the_entry_and_the_availability_in_one_commit() throws Exception {
        Networks.gitInit(net);
        RefnetRun.Result r = run().in(net, "log", "tessa", "call", "--accepting", "yes", "--note", "Opening on Fridays");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("logged call with Tessa Lindqvist on 2025-03-03; accepting: yes\n");
        assertThat(Files.readString(net.resolve("contacts/tessa.yaml"))).isEqualTo("""
                name: Tessa Lindqvist
                category: therapist
                since: 2024-05-01
                telehealth: only
                ages: [5-12]
                accepting: yes
                accepting-checked: 2025-03-03
                log:
                  - date: 2025-03-03
                    type: call
                    note: Opening on Fridays
                """);
        assertThat(Networks.git(net, "log", "--format=%s", "--name-only", "-1"))
                .isEqualTo("log call with Tessa Lindqvist; accepting: yes\n\ncontacts/tessa.yaml\n");
        assertThat(Networks.git(net, "rev-list", "--count", "HEAD").strip()).isEqualTo("2");
    }

    @Test
    void log_with_accepting_rewrites_the_older_accepting_referrals_line_in_place() throws Exception {
        Files.writeString(net.resolve("contacts/lopez.yaml"), """
                name: Dr. María López
                category: physician
                accepting-referrals: true   # front desk says so
                notes: Prefers email.
                """);
        RefnetRun.Result r = run().in(net, "log", "lopez", "email", "--accepting", "waitlist", "--date", "2025-03-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(net.resolve("contacts/lopez.yaml"))).isEqualTo("""
                name: Dr. María López
                category: physician
                accepting: waitlist   # front desk says so
                accepting-checked: 2025-03-01
                notes: Prefers email.
                log:
                  - date: 2025-03-01
                    type: email
                """);
    }

    @Test
    void set_accepting_dates_the_check_today_and_takes_the_place_of_the_older_key() throws Exception {
        RefnetRun.Result r = run().in(net, "set", "lopez", "accepting=waitlist", "age+=13-17");
        assertThat(r.code()).as(r.toString()).isZero();
        String file = Files.readString(net.resolve("contacts/lopez.yaml"));
        assertThat(file).contains("accepting: waitlist\n").contains("accepting-checked: 2025-03-03\n")
                .contains("ages: [65+, 13-17]\n").doesNotContain("accepting-referrals");
    }

    @Test
    void set_refuses_a_bad_age_range_and_a_bad_word_with_exit_2() {
        RefnetRun.Result ages = run().in(net, "set", "sam", "age+=teens");
        assertThat(ages.code()).as(ages.toString()).isEqualTo(2);
        assertThat(ages.err()).isEqualTo("refnet: 'ages': 'teens' is not an age range; write a range like 5-12, 13-17, 18+"
                + " or 65+\n");
        RefnetRun.Result tele = run().in(net, "set", "sam", "telehealth=maybe");
        assertThat(tele.code()).as(tele.toString()).isEqualTo(2);
        assertThat(tele.err()).contains("unknown telehealth 'maybe'; use one of: yes, no, only");
    }

    @Test
    void log_with_accepting_needs_an_outreach() {
        RefnetRun.Result r = run().in(net, "log", "tessa", "note", "--accepting", "yes");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("refnet: --accepting goes with an outreach (call, email, visit, ...), not a note:"
                + " as in refnet log tessa call --accepting yes\n");
    }

    @Test
    void export_and_import_round_trip_the_new_fields() throws Exception {
        RefnetRun.Result first = run().in(net, "export", "contacts");
        assertThat(first.out().lines().findFirst().orElseThrow())
                .contains(",insurance,fees,languages,telehealth,ages,area,accepting,accepting-checked,");
        assertThat(first.out()).contains("Aetna;self-pay").contains("13-17;18+");
        Path empty = tmp.resolve("empty");
        assertThat(run().run("init", empty.toString()).code()).isZero();
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, first.out());
        RefnetRun.Result imported = run().in(empty, "import", csv.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(run().in(empty, "export", "contacts").out()).isEqualTo(first.out());
    }

    @Test
    void import_reads_google_custom_fields_labelled_with_a_key_and_refuses_a_bad_range() throws Exception {
        Path empty = tmp.resolve("empty");
        assertThat(run().run("init", empty.toString()).code()).isZero();
        Path csv = tmp.resolve("google.csv");
        Files.writeString(csv, """
                Name,Labels,Custom Field 1 - Label,Custom Field 1 - Value,Custom Field 2 - Label,Custom Field 2 - Value
                Ana Ruiz,* myContacts ::: Therapists,Insurance,Aetna; Cigna,Language,Spanish
                Bo Lund,* myContacts ::: Therapists,Ages,teens,,
                """);
        RefnetRun.Result r = run().in(empty, "import", csv.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("google.csv:3: ages of Bo Lund: 'teens' is not an age range");
        assertThat(Files.readString(empty.resolve("contacts/ana-ruiz.yaml")))
                .contains("insurance: [Aetna, Cigna]\n").contains("languages: [Spanish]\n");
    }
}
