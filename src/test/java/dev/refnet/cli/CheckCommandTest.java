package dev.refnet.cli;

import static dev.refnet.support.Files600.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Files600;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun r;

    static final String GOOD = """
            name: Dr. María López
            category: physician
            email: mlopez@eastside.example
            log:
              - date: 2025-02-10
                type: referral-in
                client: C-0142
                reason: trauma
            """;

    @BeforeEach
    void setUp() throws Exception {
        net = Files600.network(tmp.resolve("net"));
        r = new RefnetRun(tmp).cwd(Files.createDirectories(tmp.resolve("elsewhere")));
        contact(net, "dr-maria-lopez", GOOD);
    }

    String file(String id) {
        return net.resolve("contacts/" + id + ".yaml").toString();
    }

    @Test
    void check_of_a_sound_network_says_no_problems_and_exits_zero() {
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).isEqualTo("no problems in 1 contact\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unreadable YAML        | 'name: [a\\ncategory: physician\\n'                                  | 2 | 9 | not valid YAML
            conflict marker        | 'name: A\\ncategory: physician\\n<<<<<<< HEAD\\nrole: x\\n=======\\nrole: y\\n>>>>>>> b\\n' | 3 | 1 | git merge conflict marker
            marker in block scalar | 'name: A\\ncategory: physician\\nnotes: |\\n  one\\n=======\\n  two\\n' | 5 | 1 | git merge conflict marker
            duplicate key          | 'name: A\\ncategory: physician\\nname: B\\n'                          | 3 | 1 | duplicate key 'name'
            second document        | 'name: A\\ncategory: physician\\n---\\nname: B\\ncategory: other\\n' | 3 | 1 | a second YAML document
            anchor                 | 'name: &n A\\ncategory: physician\\n'                                 | 1 | 7 | YAML anchor
            alias                  | 'name: A\\ncategory: physician\\nrole: *x\\n'                         | 3 | 7 | alias
            empty file             | ''                                                                   | 1 | 1 | file is empty
            missing name           | 'category: physician\\n'                                             | 1 | 1 | missing required key 'name'
            missing category       | 'name: A\\n'                                                         | 1 | 1 | missing required key 'category'
            unknown category       | 'name: A\\ncategory: plumber\\n'                                     | 2 | 11 | unknown category 'plumber'
            unknown log type       | 'name: A\\ncategory: other\\nlog:\\n  - date: 2025-01-01\\n    type: dinner\\n' | 5 | 11 | unknown type 'dinner'
            unknown outcome        | 'name: A\\ncategory: other\\nlog:\\n  - {date: 2025-01-01, type: referral-in, client: C-1, outcome: maybe}\\n' | 4 | 65 | unknown outcome 'maybe'
            bad date               | 'name: A\\ncategory: other\\nsince: 2025-02-30\\n'                    | 3 | 8 | not a date
            bad duration           | 'name: A\\ncategory: other\\nfollow-up: soon\\n'                      | 3 | 12 | not a duration
            java tag               | 'name: !!javax.script.ScriptEngineManager A\\ncategory: other\\n'   | 1 | 7 | YAML tag
            """)
    void check_reports_each_unreadable_file_at_its_location(String kind, String text, int line, int column, String message)
            throws Exception {
        contact(net, "bad", text.replace("\\n", "\n"));
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.out()).as(res.toString()).startsWith(file("bad") + ":" + line + ":" + column + ": error: ").contains(message);
        assertThat(res.out().lines()).as("only the bad file is reported").hasSize(1);
    }

    @Test
    void client_code_that_is_not_opaque_is_a_privacy_error_at_the_value() throws Exception {
        contact(net, "sam", "name: Sam\ncategory: therapist\nlog:\n  - date: 2025-01-02\n    type: referral-out\n    client: John Smith\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.out()).startsWith(file("sam") + ":6:13: error: client code 'John Smith' is not an opaque code: it has a space");
    }

    @Test
    void client_details_in_a_referral_note_or_reason_are_privacy_warnings() throws Exception {
        contact(net, "sam", """
                name: Sam
                category: therapist
                log:
                  - date: 2025-01-02
                    type: referral-out
                    client: C-9
                    reason: call mom at 555-201-3344
                    note: |
                      parent: jo.parent@mail.example
                      DOB 3/4/2011
                  - date: 2025-01-03
                    type: coffee
                    note: his number is 555-201-3344
                """);
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as("warnings alone exit 0: " + res).isZero();
        assertThat(res.out().lines()).containsExactly(
                file("sam") + ":7:13: warning: the reason of this referral holds what looks like a phone number ('555-201-3344'): a client's details do not belong in refnet; keep only the opaque client code",
                file("sam") + ":8:11: warning: the note of this referral holds what looks like an e-mail address ('jo.parent@mail.example'): a client's details do not belong in refnet; keep only the opaque client code",
                file("sam") + ":8:11: warning: the note of this referral holds what looks like a date of birth ('DOB'): a client's details do not belong in refnet; keep only the opaque client code");
        assertThat(res.err()).contains("0 errors, 3 warnings");
    }

    /**
     * A note of about a mebibyte (the largest contact file refnet reads) in the shape that made
     * the privacy patterns quadratic: hours before, well under a second now. The limit only keeps
     * a regression from hanging the build; bench/check-long-text measures the time.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_mebibyte_note_on_a_referral_is_checked_in_linear_time() throws Exception {
        String note = "a".repeat((1 << 20) - 200);
        contact(net, "sam", "name: Sam\ncategory: therapist\nlog:\n  - date: 2025-01-02\n    type: referral-out\n    client: C-9\n"
                + "    note: " + note + "\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.out()).as(res.code() + res.err()).isEqualTo("no problems in 2 contacts\n");
    }

    @Test
    void a_date_or_client_code_in_a_reason_is_not_mistaken_for_a_phone_number() throws Exception {
        contact(net, "sam", "name: Sam\ncategory: therapist\nlog:\n  - date: 2025-01-02\n    type: referral-out\n    client: C-9\n"
                + "    reason: follow-up on 2025-03-10 for C-0142, session 12\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.out()).as(res.toString()).isEqualTo("no problems in 2 contacts\n");
    }

    @Test
    void symlink_and_folder_in_contacts_are_errors() throws Exception {
        Path outside = Files600.write(tmp.resolve("outside.yaml"), "name: X\ncategory: other\n");
        Files.createSymbolicLink(net.resolve("contacts/link.yaml"), outside);
        Files.createDirectory(net.resolve("contacts/dir.yaml"));
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).isEqualTo(1);
        assertThat(res.out().lines()).containsExactly(
                file("dir") + ":1:1: error: is not a regular file",
                file("link") + ":1:1: error: is a symbolic link; refnet reads only regular files inside the network");
    }

    @Test
    void two_contacts_with_one_name_or_email_are_warnings_naming_the_first() throws Exception {
        contact(net, "maria-2", "name: dr. maria lopez\ncategory: physician\nemail: MLopez@eastside.example\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out().lines()).containsExactly(
                file("maria-2") + ":1:7: warning: the name 'dr. maria lopez' is also in " + file("dr-maria-lopez") + ":1; if they are one contact, 'refnet merge dr-maria-lopez maria-2' makes one of them; if not, make them different",
                file("maria-2") + ":3:8: warning: the e-mail 'MLopez@eastside.example' is also in " + file("dr-maria-lopez") + ":3; if they are one contact, 'refnet merge dr-maria-lopez maria-2' makes one of them; if not, make them different");
    }

    @Test
    void an_id_with_capitals_or_odd_characters_is_a_warning_that_names_the_file_to_rename_to() throws Exception {
        contact(net, "Sam_Rivera", "name: Sam Rivera\ncategory: therapist\n");
        contact(net, "sam-rivera-2", "name: Sam Rivera Two\ncategory: therapist\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as("a warning alone exits 0\n" + res).isZero();
        assertThat(res.out().lines()).containsExactly(file("Sam_Rivera") + ":1:1: warning: the id 'Sam_Rivera' (the file's name)"
                + " is not one refnet would make (lower-case a-z, 0-9 and single dashes): rename the file to sam-rivera.yaml");
    }

    @Test
    void files_open_to_others_are_warnings() throws Exception {
        Files.setPosixFilePermissions(net.resolve("contacts/dr-maria-lopez.yaml"), PosixFilePermissions.fromString("rw-r--r--"));
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).isZero();
        assertThat(res.out()).startsWith(file("dr-maria-lopez") + ":1:1: warning: file is open to other users (rw-r--r--)")
                .contains("chmod 600");
    }

    @Test
    void refnet_yaml_problems_are_reported() throws Exception {
        Files600.write(net.resolve("refnet.yaml"), "practice: X\nfollow-up:\n  plumber: 3d\nlokback: 30d\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).isEqualTo(1);
        assertThat(res.out()).startsWith(net.resolve("refnet.yaml") + ":3:3: error: unknown category 'plumber' under follow-up");
        Files600.write(net.resolve("refnet.yaml"), "practice: X\nlokback: 30d\n");
        res = r.in(net, "check");
        assertThat(res.code()).isZero();
        assertThat(res.out()).startsWith(net.resolve("refnet.yaml") + ":2:1: warning: unknown setting 'lokback' is ignored");
    }

    @Test
    void leftover_temporary_files_and_stray_files_are_warnings() throws Exception {
        Files600.write(net.resolve("contacts/.dr-maria-lopez.yaml123.tmp"), "name: half");
        Files600.write(net.resolve("contacts/sam.yml"), "name: Sam\ncategory: other\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).isZero();
        assertThat(res.out().lines()).containsExactly(
                file(".dr-maria-lopez") + "123.tmp:1:1: warning: left over from an interrupted write; refnet never reads it and the contact file beside it is whole: delete it",
                net.resolve("contacts/sam.yml") + ":1:1: warning: refnet reads only files ending in .yaml: rename it to sam.yaml");
    }

    @Test
    void json_format_lists_problems_as_objects() throws Exception {
        contact(net, "bad", "name: A\n");
        RefnetRun.Result res = r.in(net, "check", "--format", "json");
        assertThat(res.code()).isEqualTo(1);
        assertThat(res.out().replaceAll("\\s+", "")).isEqualTo(("[{\"path\":\"" + file("bad") + "\",\"line\":1,\"column\":1,"
                + "\"severity\":\"error\",\"message\":\"missingrequiredkey'category'\"}]"));
        contact(net, "bad", GOOD.replace("López", "Lopez 2").replace("mlopez@", "ml2@"));
        assertThat(r.in(net, "check", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void check_reports_every_bad_file_not_just_the_first() throws Exception {
        for (String id : List.of("a", "b", "c")) {
            contact(net, id, "name: " + id + "\n");
        }
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.out().lines()).hasSize(3);
        assertThat(res.err()).contains("3 errors, 0 warnings; 1 contact read cleanly");
    }

    @Test
    void every_problem_of_a_file_that_parses_is_reported_in_one_run() throws Exception {
        contact(net, "lakeview", """
                name: Lakeview Pediatrics
                category: plumber
                since: 2026-02-30
                name: Lakeview Two
                log:
                  - date: 2026-01-05
                    type: cofee
                  - date: 2026-13-01
                    type: call
                  - date: 2026-01-07
                    type: referral-in
                """);
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.out().lines().map(l -> l.substring(file("lakeview").length()))).as(res.toString()).containsExactly(
                ":2:11: error: unknown category 'plumber'; use one of: therapist, physician, school, faith, community, online, legal, other",
                ":3:8: error: 'since' is '2026-02-30', not a date; write YYYY-MM-DD, like 2025-03-02",
                ":4:1: error: duplicate key 'name' (first on line 1): keep one of them",
                ":7:11: error: unknown type 'cofee'; use one of: coffee, call, email, letter, meeting, visit, presentation,"
                        + " workshop, event, social, thank-you, note, referral-in, referral-out",
                ":8:11: error: 'date' is '2026-13-01', not a date; write YYYY-MM-DD, like 2025-03-02",
                ":10:5: error: a referral-in entry needs 'client' (an opaque code like C-0142)");
        assertThat(res.err()).isEqualTo("refnet: 6 errors, 0 warnings; 1 contact read cleanly\n");
    }

    @Test
    void paths_are_relative_to_the_working_directory_when_the_network_is_below_it() throws Exception {
        contact(net, "bad", "name: A\ncategory: plumber\n");
        RefnetRun below = new RefnetRun(tmp);
        assertThat(below.in(net, "check").out()).startsWith("net/contacts/bad.yaml:2:11: error: unknown category 'plumber'");
        assertThat(below.in(net, "list").err()).startsWith("net/contacts/bad.yaml:2:11: unknown category 'plumber'");
        assertThat(r.in(net, "check").out()).as("elsewhere: as given").startsWith(file("bad") + ":2:11:");
    }

    @Test
    void the_file_a_duplicate_is_also_in_is_named_relative_to_the_working_directory_too() throws Exception {
        contact(net, "maria-2", "name: dr. maria lopez\ncategory: physician\n");
        RefnetRun.Result res = new RefnetRun(tmp).in(net, "check");
        assertThat(res.out()).isEqualTo("net/contacts/maria-2.yaml:1:7: warning: the name 'dr. maria lopez' is also in"
                + " net/contacts/dr-maria-lopez.yaml:1; if they are one contact, 'refnet merge dr-maria-lopez maria-2'"
                + " makes one of them; if not, make them different\n");
        RefnetRun.Result json = new RefnetRun(net).in(net, "check", "--format", "json");
        assertThat(json.out()).contains("\"path\": \"contacts/maria-2.yaml\"").contains("also in contacts/dr-maria-lopez.yaml:1;")
                .doesNotContain(tmp.toString());
    }

    @Test
    void files_open_to_others_are_one_warning_with_the_command_that_closes_them() throws Exception {
        contact(net, "sam", "name: Sam\ncategory: therapist\n");
        for (String f : List.of("contacts/dr-maria-lopez.yaml", "contacts/sam.yaml", "refnet.yaml")) {
            Files.setPosixFilePermissions(net.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(net.resolve("contacts"), PosixFilePermissions.fromString("rwxr-xr-x"));
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.code()).isZero();
        assertThat(res.out()).isEqualTo(net + ":1:1: warning: 4 files and folders of the network are open to other users"
                + " (like refnet.yaml); a referral network is private: run chmod -R go= " + net + "\n");
    }
}
