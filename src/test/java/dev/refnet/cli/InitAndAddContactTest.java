package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitAndAddContactTest {

    @TempDir
    Path tmp;

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2026, 11, 27));
    }

    @Test
    void init_makes_settings_contacts_and_gitattributes() throws Exception {
        Path net = tmp.resolve("net");
        RefnetRun.Result r = run().run("init", net.toString(), "--practice", "Harbor Light Counseling",
                "--clinician", "Jordan Ellis", "--clinician", "Priya Shah");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("made a refnet network in " + net);
        assertThat(Files.readString(net.resolve("refnet.yaml")))
                .contains("practice: Harbor Light Counseling\n")
                .contains("clinicians: [Jordan Ellis, Priya Shah]");
        assertThat(net.resolve("contacts")).isDirectory();
        assertThat(Files.readString(net.resolve(".gitattributes"))).contains("*.yaml");
        assertThat(net.resolve(".git")).doesNotExist();
        assertThat(run().in(net, "list").out()).contains("No contacts yet");
    }

    @Test
    void init_with_git_makes_a_repository_with_one_commit() throws Exception {
        Path net = tmp.resolve("net");
        RefnetRun.Result r = run().run("init", net.toString(), "--practice", "Harbor Light", "--git");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("made it a git repository with a first commit");
        assertThat(git(net, "rev-list", "--count", "HEAD").strip()).isEqualTo("1");
        assertThat(git(net, "log", "--format=%s").strip()).isEqualTo("refnet init: Harbor Light");
        assertThat(git(net, "ls-files").lines()).contains("refnet.yaml", ".gitattributes", ".gitignore");
        assertThat(git(net, "status", "--porcelain")).as("nothing left uncommitted").isEmpty();
    }

    @Test
    void init_refuses_an_existing_network_and_changes_nothing() throws Exception {
        Path net = Networks.make(tmp, "sam", "name: Sam\ncategory: therapist\n");
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().run("init", net.toString(), "--practice", "Other");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("refnet: " + net + " is already a refnet network (it has refnet.yaml); nothing was changed\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void init_under_a_file_is_one_line_naming_the_path_not_an_unexpected_error() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        RefnetRun.Result r = run().run("init", file.resolve("net").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("refnet: cannot make a network at " + file.resolve("net") + ": ")
                .doesNotContain("unexpected").doesNotContain("Exception");
    }

    @Test
    void init_uses_dir_when_no_folder_is_given() {
        Path net = tmp.resolve("from-dir");
        RefnetRun.Result r = run().run("--dir", net.toString(), "init");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(net.resolve("refnet.yaml")).exists();
    }

    @Test
    void add_contact_writes_every_flag_with_the_category_canonical() throws Exception {
        Path net = Networks.make(tmp);
        RefnetRun.Result r = run().in(net, "add-contact", "Dr. María López", "--category", "Pediatrician",
                "--org", "Eastside Family Medicine", "--role", "Family physician", "--specialty", "adolescents",
                "--specialty", "anxiety: panic", "--email", "mlopez@eastside.example", "--phone", "555-0100",
                "--tag", "prescriber", "--every", "6w", "--status", "prospect", "--note", "Met at the fair",
                "--since", "2025-06-04");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("added Dr. María López (physician) as contacts/dr-maria-lopez.yaml, id dr-maria-lopez\n");
        assertThat(Files.readString(net.resolve("contacts/dr-maria-lopez.yaml"))).isEqualTo("""
                name: Dr. María López
                category: physician
                organization: Eastside Family Medicine
                role: Family physician
                specialties: [adolescents, 'anxiety: panic']
                email: mlopez@eastside.example
                phone: 555-0100
                tags: [prescriber]
                status: prospect
                follow-up: 6w
                since: 2025-06-04
                notes: Met at the fair
                """);
    }

    @Test
    void add_contact_sets_since_to_today_by_default() throws Exception {
        Path net = Networks.make(tmp);
        assertThat(run().in(net, "add-contact", "Sam Rivera", "-c", "counselor").code()).isZero();
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml")))
                .isEqualTo("name: Sam Rivera\ncategory: therapist\nsince: 2026-11-27\n");
    }

    @Test
    void add_contact_with_a_taken_name_gets_id_2_and_a_warning() throws Exception {
        Path net = Networks.make(tmp, "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        RefnetRun.Result r = run().in(net, "add-contact", "Sam Rivera", "--category", "legal");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("id sam-rivera-2");
        assertThat(r.err()).contains("a contact with the same name is already here (sam-rivera); adding another");
        assertThat(net.resolve("contacts/sam-rivera-2.yaml")).exists();
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml"))).isEqualTo("name: Sam Rivera\ncategory: therapist\n");
    }

    @Test
    void add_contact_refuses_a_bad_duration_naming_the_option() throws Exception {
        Path net = Networks.make(tmp);
        RefnetRun.Result r = run().in(net, "add-contact", "Sam", "--category", "therapist", "--every", "monthly");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--every").contains("'monthly' is not a duration");
        assertThat(net.resolve("contacts")).isEmptyDirectory();
    }

    @Test
    void add_contact_refuses_an_unknown_category_and_status() throws Exception {
        Path net = Networks.make(tmp);
        RefnetRun.Result r = run().in(net, "add-contact", "Sam", "--category", "dentist");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown category 'dentist'");
        r = run().in(net, "add-contact", "Sam", "--category", "other", "--status", "retired");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown status 'retired'");
        assertThat(net.resolve("contacts")).isEmptyDirectory();
    }

    @Test
    void add_contact_without_a_terminal_names_what_is_missing_and_writes_nothing() throws Exception {
        Path net = Networks.make(tmp);
        RefnetRun.Result noName = run().in(net, "add-contact", "--category", "school");
        assertThat(noName.code()).isEqualTo(2);
        assertThat(noName.err()).isEqualTo("refnet: missing the contact's NAME, as in: refnet add-contact 'Dr. María López'"
                + " --category physician\n");
        RefnetRun.Result noCategory = run().in(net, "add-contact", "Sam Rivera");
        assertThat(noCategory.code()).isEqualTo(2);
        assertThat(noCategory.err()).startsWith("refnet: missing --category for Sam Rivera");
        assertThat(net.resolve("contacts")).isEmptyDirectory();
    }

    @Test
    void add_contact_refuses_a_bad_since_date() throws Exception {
        Path net = Networks.make(tmp);
        RefnetRun.Result r = run().in(net, "add-contact", "Sam", "--category", "other", "--since", "2025-02-30");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'2025-02-30' is not a date (there is no such day)");
        assertThat(net.resolve("contacts")).isEmptyDirectory();
    }

    @Test
    void add_contact_with_a_path_like_name_stays_inside_contacts() throws Exception {
        Path net = Networks.make(tmp);
        RefnetRun.Result r = run().in(net, "add-contact", "../../etc/passwd", "--category", "other");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(net.resolve("contacts/etc-passwd.yaml")).exists();
        assertThat(Files.readString(net.resolve("contacts/etc-passwd.yaml"))).startsWith("name: ../../etc/passwd\n");
    }

    @Test
    void add_contact_in_a_missing_network_suggests_init() {
        RefnetRun.Result r = run().in(tmp.resolve("nowhere"), "add-contact", "Sam", "--category", "other");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("refnet init");
        assertThat(tmp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void a_name_with_no_latin_letters_needs_an_id_and_check_accepts_the_chosen_one() throws Exception {
        Path n = tmp.resolve("li");
        RefnetRun r = new RefnetRun(tmp);
        assertThat(r.run("init", n.toString()).code()).isZero();
        RefnetRun.Result missing = r.in(n, "add-contact", "李医生", "--category", "physician");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("refnet: '李医生' has no letters a-z to make an id (the file's name) from:"
                + " choose one with --id, as in: refnet add-contact '李医生' --id dr-li --category physician\n");
        assertThat(r.in(n, "add-contact", "???", "--category", "other").err()).contains("choose one with --id");
        RefnetRun.Result bad = r.in(n, "add-contact", "李医生", "--id", "Dr_Li", "--category", "physician");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("the id 'Dr_Li' is not one refnet accepts").contains("like dr-li");
        RefnetRun.Result ok = r.in(n, "add-contact", "李医生", "--id", "dr-li", "--category", "physician");
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("as contacts/dr-li.yaml, id dr-li");
        assertThat(r.in(n, "show", "dr-li").out()).contains("李医生");
        RefnetRun.Result check = r.in(n, "check");
        assertThat(check.out()).as(check.toString()).isEqualTo("no problems in 1 contact\n");
        RefnetRun.Result taken = r.in(n, "add-contact", "Dr. Li Wei", "--id", "dr-li", "--category", "physician");
        assertThat(taken.code()).isEqualTo(1);
        assertThat(taken.err()).contains("the id 'dr-li' is taken");
    }
}
