package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refnet set} end to end with a real git repository (issue 16, item 2); the bytes of messy files are golden cases in golden/append/set-*. */
class SetCommandTest {

    static final String LOPEZ = """
            # Our biggest referrer
            name: Dr. María López
            category: physician
            specialties: [adolescents, couples, anxiety]
            email: old@eastside.example   # the front desk's
            tags:
              - prescriber   # can prescribe
              - top referrer
            log:
              - date: 2025-01-10
                type: coffee
            """;

    @TempDir
    Path tmp;

    Path net;
    Path lopez;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-maria-lopez", LOPEZ);
        lopez = net.resolve("contacts/dr-maria-lopez.yaml");
        Networks.gitInit(net);
    }

    RefnetRun.Result run(String... args) {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3)).in(net, args);
    }

    void refused(int code, String expected, String... args) throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        String head = git(net, "rev-parse", "HEAD");
        RefnetRun.Result r = run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(r.err()).as(r.toString()).contains(expected);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(Networks.snapshot(net)).isEqualTo(before);
        assertThat(git(net, "rev-parse", "HEAD")).isEqualTo(head);
    }

    @Test
    void set_changes_values_in_place_adds_and_removes_list_items_and_commits_once() throws Exception {
        RefnetRun.Result r = run("set", "lopez", "email=mlopez@eastside.example", "phone=+1 555 0100", "tag+=bilingual",
                "specialty-=couples", "every=6w", "status=paused", "since=2024-03-02");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(lopez)).isEqualTo("""
                # Our biggest referrer
                name: Dr. María López
                category: physician
                specialties: [adolescents, anxiety]
                email: mlopez@eastside.example   # the front desk's
                phone: +1 555 0100
                tags:
                  - prescriber   # can prescribe
                  - top referrer
                  - bilingual
                status: paused
                follow-up: 6w
                since: 2024-03-02
                log:
                  - date: 2025-01-10
                    type: coffee
                """);
        assertThat(r.out()).isEqualTo("changed Dr. María López: specialties adolescents, anxiety (was adolescents, couples,"
                + " anxiety); email mlopez@eastside.example (was old@eastside.example); phone +1 555 0100; tags prescriber,"
                + " top referrer, bilingual (was prescriber, top referrer); status paused; follow-up 6w; since 2024-03-02\n");
        assertThat(r.err()).isEmpty();
        assertThat(git(net, "log", "-1", "--format=%B").strip()).isEqualTo("set specialties, email, phone, tags, status,"
                + " follow-up and since of Dr. María López\n\nRefnet-Command: set");
        assertThat(git(net, "rev-list", "--count", "HEAD").strip()).isEqualTo("2");
    }

    @Test
    void an_empty_value_removes_the_key_and_its_lines() throws Exception {
        RefnetRun.Result r = run("set", "lopez", "email=", "tags=");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ.replace("email: old@eastside.example   # the front desk's\n", "")
                .replace("tags:\n  - prescriber   # can prescribe\n  - top referrer\n", ""));
    }

    @Test
    void setting_a_list_keeps_the_items_that_stay_with_their_comments() throws Exception {
        assertThat(run("set", "lopez", "tags=prescriber,Bilingual").code()).isZero();
        assertThat(Files.readString(lopez)).contains("tags:\n  - prescriber   # can prescribe\n  - Bilingual\nlog:");
    }

    @Test
    void a_value_it_already_has_changes_nothing() throws Exception {
        String head = git(net, "rev-parse", "HEAD");
        RefnetRun.Result r = run("set", "lopez", "tag+=Prescriber", "category=doctor");
        assertThat(r.out()).isEqualTo("Dr. María López already has those; nothing changed\n");
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ);
        assertThat(git(net, "rev-parse", "HEAD")).isEqualTo(head);
    }

    @Test
    void bad_keys_and_values_are_refused_before_anything_is_written() throws Exception {
        refused(2, "unknown key 'fax'; the keys are: name, category, organization, role, specialties, email, phone, tags,"
                + " status, owner, follow-up, since, snooze-until, accepting-referrals, insurance, fees, languages, telehealth, ages, area, accepting, accepting-checked, notes", "set", "lopez", "fax=555");
        refused(2, "unknown status 'retired'; use one of: active, prospect, paused, archived", "set", "lopez", "status=retired");
        refused(2, "unknown category 'plumber'; use one of: therapist", "set", "lopez", "category=plumber");
        refused(2, "'email': 'nope' is not an e-mail address: an e-mail address has an @", "set", "lopez", "email=nope");
        refused(2, "'follow-up': 'often' is not a duration", "set", "lopez", "every=often");
        refused(2, "'since': 'someday' is not a date", "set", "lopez", "since=someday");
        refused(2, "'accepting-referrals' is 'maybe'; write true or false", "set", "lopez", "accepting-referrals=maybe");
        refused(2, "'name' is required and cannot be removed", "set", "lopez", "name=");
        refused(2, "'email' holds one value, not a list", "set", "lopez", "email+=x@y.z");
        refused(2, "'role' is not KEY=VALUE", "set", "lopez", "role");
        refused(2, "'role' is one line of text", "set", "lopez", "role=a\nb");
        refused(2, "'tag+=' names no tag to add", "set", "lopez", "tag+=");
        refused(1, "Dr. María López has no tag 'church'; the tags are: prescriber, top referrer; nothing was written",
                "set", "lopez", "tag-=church");
        refused(2, "the log changes with 'refnet log'", "set", "lopez", "log=");
        refused(1, "no contact matches 'nobody'", "set", "nobody", "role=x");
        refused(2, "unknown key", "set", "lopez", "role=Family physician", "fax=1");
    }

    @Test
    void names_of_one_item_the_query_and_add_contacts_option_name_the_keys_too() throws Exception {
        RefnetRun.Result r = run("set", "lopez", "org=Eastside Family Medicine", "every=45d", "specialty+=trauma, grief");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(lopez)).contains("organization: Eastside Family Medicine\n")
                .contains("specialties: [adolescents, couples, anxiety, trauma, grief]\n").contains("follow-up: 45d\n");
    }

    @Test
    void dates_are_read_as_every_date_argument_is() throws Exception {
        assertThat(run("set", "lopez", "since=yesterday", "snooze-until=2025-04-01").code()).isZero();
        assertThat(Files.readString(lopez)).contains("since: 2025-03-02\nsnooze-until: 2025-04-01\n");
    }

    @Test
    void without_git_the_file_changes_and_nothing_is_committed() throws Exception {
        RefnetRun.Result r = new RefnetRun(tmp).in(net, "--no-commit", "set", "lopez", "role=Family physician");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(git(net, "rev-list", "--count", "HEAD").strip()).isEqualTo("1");
        assertThat(Files.readString(lopez)).contains("category: physician\nrole: Family physician\n");
    }

    @Test
    void undo_takes_a_set_back() throws Exception {
        assertThat(run("set", "lopez", "email=", "tag+=bilingual").code()).isZero();
        RefnetRun.Result u = run("undo");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ);
    }

    @Test
    void a_file_broken_on_disk_is_left_alone() throws Exception {
        Files.writeString(lopez, "name: Dr. María López\ncategory: [physician\n");
        git(net, "commit", "-qam", "broken");
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run("set", "dr-maria-lopez", "role=x");
        assertThat(r.code()).isEqualTo(1);
        // The network's skipped-file notice comes first, as for every command; the error is the last line.
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).as(r.toString())
                .startsWith("refnet: " + lopez + ":3:1: not valid YAML").endsWith("fix it by hand, then run the command again)");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void a_file_written_as_one_flow_mapping_is_refused_where_it_is() throws Exception {
        Files.writeString(lopez, "{name: Dr. María López, category: physician}\n");
        git(net, "commit", "-qam", "flow");
        refused(1, "dr-maria-lopez.yaml:1:1: this file is written as one {…} mapping", "set", "dr-maria-lopez", "role=x");
    }

    @Test
    void completion_offers_the_keys() {
        assertThat(String.join(" ", new SetCommand.KeyCandidates())).isEqualTo("name= category= organization= role="
                + " specialties= email= phone= tags= status= owner= follow-up= since= snooze-until= accepting-referrals="
                + " insurance= fees= languages= telehealth= ages= area= accepting= accepting-checked= notes="
                + " specialty+= specialty-= tag+= tag-= insurance+= insurance-= language+= language-= age+= age-=");
    }
}
