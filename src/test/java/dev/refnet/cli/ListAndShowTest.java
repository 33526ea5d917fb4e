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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ListAndShowTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp,
                "dr-maria-lopez", """
                        name: Dr. María López
                        category: physician
                        organization: Eastside Family Medicine
                        specialties: [anxiety]
                        tags: [prescriber]
                        log:
                          - date: 2025-02-10
                            type: referral-in
                            client: C-0142
                            to: Priya Shah
                            reason: trauma
                          - date: 2025-01-04
                            type: coffee
                            note: Talked about trauma referrals
                        """,
                "dr-mario-lopes", "name: Dr. Mario Lopes\ncategory: therapist\nstatus: paused\n",
                "st-marks", "name: St. Mark's Church\ncategory: faith\nbirthday-card: yes\nnotes: Grief group on Tuesdays\n");
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    @Test
    void list_shows_a_table_sorted_by_name_with_last_contact() {
        RefnetRun.Result r = run().in(net, "list");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                NAME                      CATEGORY   ORGANIZATION              LAST CONTACT  ID
                Dr. María López           physician  Eastside Family Medicine  2025-02-10    dr-maria-lopez
                Dr. Mario Lopes (paused)  therapist                            never         dr-mario-lopes
                St. Mark's Church         faith                                never         st-marks
                3 contacts
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void list_on_a_narrow_terminal_keeps_every_id_whole_and_drops_the_organization_first() throws Exception {
        Files.writeString(net.resolve("contacts/coastal-state-counseling-center.yaml"),
                "name: Coastal State University Counseling Center\ncategory: school\norganization: Coastal State University\n");
        RefnetRun.Result r = run().terminal(true).env("COLUMNS", "80").in(net, "list");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(r.out()).contains("coastal-state-counseling-center\n").contains("dr-maria-lopez\n")
                .contains("2025-02-10").doesNotContain("ORGANIZATION");
        RefnetRun.Result wide = run().terminal(true).env("COLUMNS", "140").in(net, "list");
        assertThat(wide.out()).contains("ORGANIZATION").contains("Coastal State University Counseling Center");
    }

    @Test
    void list_to_a_pipe_or_file_never_cuts_a_name_nor_drops_a_column() throws Exception {
        Files.writeString(net.resolve("contacts/coastal-moms.yaml"),
                "name: Coastal Moms Collective of the Greater Harbor Area\ncategory: community\norganization: Coastal Moms\n");
        RefnetRun.Result piped = run().terminal(false).env("COLUMNS", "60").in(net, "list");
        assertThat(piped.code()).as(piped.toString()).isZero();
        assertThat(piped.out()).contains("Coastal Moms Collective of the Greater Harbor Area  community  Coastal Moms")
                .contains("ORGANIZATION").doesNotContain("…");
        RefnetRun.Result terminal = run().terminal(true).env("COLUMNS", "60").in(net, "list");
        assertThat(terminal.out()).contains("…").doesNotContain("Greater Harbor Area");
    }

    @Test
    void list_filters_by_query() {
        assertThat(run().in(net, "list", "category:physician,faith").out()).contains("María").contains("St. Mark").doesNotContain("Mario");
        assertThat(run().in(net, "list", "not:status:paused", "tag:prescriber").out()).contains("María").contains("1 contact\n");
        assertThat(run().in(net, "list", "grief").out()).contains("St. Mark's").contains("1 contact\n");
        assertThat(run().in(net, "list", "category:legal").out()).isEqualTo("No contact matches that query.\n");
    }

    @Test
    void list_as_json_gives_one_object_per_contact() {
        RefnetRun.Result r = run().in(net, "list", "--format", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(3);
        JsonNode lopez = json.get(0);
        assertThat(lopez.get("id").asString()).isEqualTo("dr-maria-lopez");
        assertThat(lopez.get("category").asString()).isEqualTo("physician");
        assertThat(lopez.get("lastContact").asString()).isEqualTo("2025-02-10");
        assertThat(json.get(1).get("lastContact").isNull()).isTrue();
    }

    @Test
    void list_as_csv_has_a_header_and_quotes_where_needed() {
        RefnetRun.Result r = run().in(net, "list", "--format", "csv", "category:physician");
        assertThat(r.out().lines()).containsExactly("id,name,category,organization,status,lastContact,"
                        + "accepting,acceptingChecked,insurance,languages,telehealth,ages,area",
                "dr-maria-lopez,Dr. María López,physician,Eastside Family Medicine,active,2025-02-10,,,,,,,");
    }

    @Test
    void show_prints_the_contact_and_its_log_in_date_order() {
        RefnetRun.Result r = run().in(net, "show", "maria");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Dr. María López  (physician)\n")
                .contains("  id:                  dr-maria-lopez\n")
                .contains("  check in every:      60d (physician default)\n")
                .contains("  last contact:        2025-02-10\n");
        assertThat(r.out().indexOf("2025-01-04  coffee")).isLessThan(r.out().indexOf("2025-02-10  referral-in"));
        assertThat(r.out()).contains("C-0142 to Priya Shah; trauma; outcome not recorded");
    }

    @Test
    void show_lists_unknown_keys_and_notes() {
        RefnetRun.Result r = run().in(net, "show", "st-marks");
        assertThat(r.out()).contains("birthday-card:").contains("Grief group on Tuesdays")
                .contains("No log entries yet. Log one with: refnet log st-marks coffee");
    }

    @Test
    void show_as_json_includes_the_log() {
        JsonNode json = new ObjectMapper().readTree(run().in(net, "show", "dr-maria-lopez", "--format", "json").out());
        assertThat(json.get("name").asString()).isEqualTo("Dr. María López");
        assertThat(json.get("log")).hasSize(2);
        assertThat(json.get("log").get(0).get("type").asString()).isEqualTo("coffee");
        assertThat(json.get("log").get(1).get("client").asString()).isEqualTo("C-0142");
    }

    @Test
    void show_resolves_case_and_accent_insensitively() {
        assertThat(run().in(net, "show", "DR. MARIA LOPEZ").out()).startsWith("Dr. María López");
        assertThat(run().in(net, "show", "Marks").out()).startsWith("St. Mark's Church");
    }

    @Test
    void show_with_an_ambiguous_name_lists_the_candidates() {
        RefnetRun.Result r = run().in(net, "show", "lop");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("refnet: 'lop' matches 2 contacts: dr-maria-lopez (Dr. María López);"
                + " dr-mario-lopes (Dr. Mario Lopes); give more of the name or the id\n");
    }

    @Test
    void show_of_an_unknown_contact_is_exit_1() {
        RefnetRun.Result r = run().in(net, "show", "nobody");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("refnet: no contact matches 'nobody'; 'refnet list' shows them all,"
                + " and 'refnet add-contact' adds one\n");
    }

    @Test
    void a_bad_file_is_reported_once_and_the_rest_still_list() throws Exception {
        Path bad = Files.writeString(net.resolve("contacts/broken.yaml"), "name: [\n");
        RefnetRun.Result r = run().in(net, "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 contacts");
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err().lines().findFirst().orElseThrow()).startsWith(tmp.relativize(bad) + ":2:1: not valid YAML");
        assertThat(r.err()).contains("refnet: skipped 1 file that could not be read; 'refnet check' lists every problem");
    }

    @Test
    void listing_a_missing_network_suggests_init() {
        RefnetRun.Result r = run().in(tmp.resolve("none"), "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("refnet: no refnet network at").contains("refnet init");
    }

    @Test
    void show_prints_a_nested_unknown_key_as_yaml_like_text_not_java_maps() throws Exception {
        Files.writeString(net.resolve("contacts/nested.yaml"), """
                name: Nested Partner
                category: physician
                billing:
                  contact: Ana
                  codes: [90791, 90837]
                  address:
                    city: Harbor
                rooms:
                  - name: A
                    floor: 2
                birthday-card: yes
                """);
        RefnetRun.Result r = run().in(net, "show", "nested");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("""
                  billing:
                    contact: Ana
                    codes: [90791, 90837]
                    address:
                      city: Harbor
                  rooms:
                    - name: A
                      floor: 2
                  birthday-card:       yes
                """).doesNotContain("{").doesNotContain("=");
    }
}
