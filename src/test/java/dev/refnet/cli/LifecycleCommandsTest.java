package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * archive, pause, activate, rename, unlog and remove (issue 16, items 3, 4, 6 and 7's unlog) end to
 * end through the real command line and a real git repository. The bytes each leaves in a
 * hand-written file are golden cases in golden/append (AppendGoldenTest).
 */
class LifecycleCommandsTest {

    static final String GREER = """
            # Retiring at the end of the year
            name: Dr. Samuel Greer
            category: physician
            phone: 555-0193   # office
            log:
              - date: 2025-01-10
                type: coffee
              - date: 2025-02-10
                type: referral-in
                client: C-0142
              - date: 2025-02-10
                type: referral-in
                client: C-0143
            """;

    @TempDir
    Path tmp;

    Path net;
    Path greer;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-samuel-greer", GREER, "sam-rivera", "name: Sam Rivera\ncategory: therapist\nstatus: paused\n");
        greer = net.resolve("contacts/dr-samuel-greer.yaml");
        Networks.gitInit(net);
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    RefnetRun.Result ok(RefnetRun r, String... args) {
        RefnetRun.Result res = r.in(net, args);
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.err()).as(res.toString()).isEmpty();
        return res;
    }

    String lastMessage() throws Exception {
        return git(net, "log", "-1", "--format=%B").strip();
    }

    int commits() throws Exception {
        return Integer.parseInt(git(net, "rev-list", "--count", "HEAD").strip());
    }

    /** Runs a command that must fail: its one line, its exit code, and not a byte or commit changed. */
    void refused(int code, String expected, String... args) throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        int n = commits();
        RefnetRun.Result r = run().in(net, args);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(r.err()).as(r.toString()).contains(expected).doesNotContain("Exception");
        assertThat(Networks.snapshot(net)).as("nothing written").isEqualTo(before);
        assertThat(commits()).as("nothing committed").isEqualTo(n);
    }

    // --- archive, pause, activate ---

    @Test
    void archive_writes_the_status_says_what_changes_in_due_and_commits_with_a_plain_message() throws Exception {
        assertThat(ok(run(), "due", "--kind", "check-in", "--upcoming", "60d").out()).contains("Dr. Samuel Greer");
        RefnetRun.Result r = ok(run(), "archive", "greer");
        assertThat(r.out()).isEqualTo("archived Dr. Samuel Greer (it was active): 'refnet due' lists no more check-ins"
                + " with them; thank-yous and outcomes of their referrals still show\n");
        assertThat(Files.readString(greer)).isEqualTo(GREER.replace("log:\n", "status: archived\nlog:\n"));
        assertThat(lastMessage()).isEqualTo("archive Dr. Samuel Greer\n\nRefnet-Command: archive");
        assertThat(git(net, "show", "--name-only", "--format=", "HEAD").strip()).isEqualTo("contacts/dr-samuel-greer.yaml");
        assertThat(ok(run(), "due", "--kind", "check-in", "--upcoming", "60d").out()).doesNotContain("Greer");
        assertThat(ok(run(), "due").out()).contains("thank-you to Dr. Samuel Greer");
    }

    @Test
    void pause_names_the_command_that_ends_it_and_activate_says_when_the_next_check_in_is_due() throws Exception {
        assertThat(ok(run(), "pause", "greer").out()).isEqualTo("paused Dr. Samuel Greer (it was active): 'refnet due' lists"
                + " no check-ins with them until 'refnet activate dr-samuel-greer'; thank-yous and outcomes of their"
                + " referrals still show\n");
        assertThat(lastMessage()).startsWith("pause Dr. Samuel Greer\n");
        assertThat(ok(run(), "activate", "greer").out()).isEqualTo("activated Dr. Samuel Greer (it was paused): 'refnet due'"
                + " lists check-ins with them again, every 60d; the next is due on 2025-04-11\n");
        assertThat(Files.readString(greer)).isEqualTo(GREER.replace("log:\n", "status: active\nlog:\n"));
        assertThat(ok(run(), "activate", "rivera").out()).isEqualTo("activated Sam Rivera (it was paused): 'refnet due' lists"
                + " check-ins with them again, every 90d; the next is due today\n");
        assertThat(ok(run().today(LocalDate.of(2025, 5, 1)), "due", "--kind", "check-in").out()).contains("Greer");
    }

    @Test
    void a_status_the_contact_already_has_writes_and_commits_nothing() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        int n = commits();
        assertThat(ok(run(), "pause", "rivera").out()).isEqualTo("Sam Rivera is already paused; nothing changed\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
        assertThat(commits()).isEqualTo(n);
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive", "pause", "activate", "remove", "unlog"})
    void an_unknown_contact_is_one_line_exit_1_and_nothing_written(String command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(command, "nobody"));
        if (command.equals("unlog")) {
            args.addAll(List.of("--date", "2025-01-10", "--type", "coffee"));
        }
        refused(1, "no contact matches 'nobody'", args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive", "pause", "activate", "remove"})
    void a_file_broken_on_disk_is_named_with_its_line_and_left_alone(String command) throws Exception {
        Files.writeString(net.resolve("contacts/broken.yaml"), "name: Broken Clinic\ncategory: [physician\n");
        git(net, "add", ".");
        git(net, "commit", "-qm", "broken");
        List<String> args = new java.util.ArrayList<>(List.of(command, "broken"));
        args.add(command.equals("remove") ? "--yes" : "--no-commit");
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        // The network's skipped-file notice comes first, as for every command; the error is the last line.
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).as(r.toString())
                .startsWith("refnet: " + net.resolve("contacts/broken.yaml") + ":3:1: not valid YAML")
                .endsWith("(refnet cannot read this file, so it will not change it: fix it by hand, then run the command again)");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void a_one_line_flow_file_is_refused_rather_than_rewritten() throws Exception {
        Files.writeString(net.resolve("contacts/flow.yaml"), "{name: Flow Clinic, category: physician}\n");
        git(net, "add", ".");
        git(net, "commit", "-qm", "flow");
        refused(1, "refnet edits only files written one key per line", "archive", "flow");
    }

    @Test
    void help_of_each_command_shows_examples() {
        for (String command : List.of("archive", "pause", "activate", "rename", "unlog", "remove", "undo")) {
            RefnetRun.Result r = run().run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Examples:").contains("refnet " + command + " ");
        }
    }

    // --- rename ---

    @Test
    void rename_changes_only_the_name_keeps_the_id_and_commits() throws Exception {
        RefnetRun.Result r = ok(run(), "rename", "greer", "Dr. Sam Greer-Hall");
        assertThat(r.out()).isEqualTo("renamed Dr. Samuel Greer to Dr. Sam Greer-Hall (the id stays dr-samuel-greer;"
                + " add --id to change it too)\n");
        assertThat(Files.readString(greer)).isEqualTo(GREER.replace("name: Dr. Samuel Greer", "name: Dr. Sam Greer-Hall"));
        assertThat(lastMessage()).startsWith("rename Dr. Samuel Greer to Dr. Sam Greer-Hall\n");
    }

    @Test
    void rename_with_id_moves_the_file_through_git_so_that_its_history_follows() throws Exception {
        ok(run(), "log", "greer", "call");
        RefnetRun.Result r = ok(run(), "rename", "greer", "Dr. Sam Greer-Hall", "--id");
        Path moved = net.resolve("contacts/dr-sam-greer-hall.yaml");
        assertThat(r.out()).isEqualTo("renamed Dr. Samuel Greer to Dr. Sam Greer-Hall; its id is now dr-sam-greer-hall"
                + " (the file is " + moved + ")\n");
        assertThat(greer).doesNotExist();
        assertThat(Files.readString(moved)).startsWith("# Retiring at the end of the year\nname: Dr. Sam Greer-Hall\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(moved))).isEqualTo(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(net.resolve("contacts/sam-rivera.yaml"))));
        assertThat(git(net, "show", "-M", "--name-status", "--format=", "HEAD").strip())
                .matches("R\\d+\tcontacts/dr-samuel-greer.yaml\tcontacts/dr-sam-greer-hall.yaml");
        assertThat(git(net, "log", "--follow", "--format=%s", "--", "contacts/dr-sam-greer-hall.yaml").lines())
                .containsExactly("rename Dr. Samuel Greer to Dr. Sam Greer-Hall (id dr-samuel-greer to dr-sam-greer-hall)",
                        "log call with Dr. Samuel Greer", "start");
        assertThat(git(net, "status", "--porcelain", "contacts")).isEmpty();
        assertThat(ok(run(), "show", "dr-sam-greer-hall").out()).contains("Dr. Sam Greer-Hall");
    }

    @Test
    void rename_with_a_given_id_and_outside_git_is_a_plain_move() throws Exception {
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain);
        Path p = Networks.make(plain, "eastside-clinic", "name: Eastside Clinic\ncategory: physician\n");
        RefnetRun.Result r = new RefnetRun(tmp).in(p, "rename", "eastside", "Eastside Family Medicine", "--id=eastside");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(p.resolve("contacts/eastside-clinic.yaml")).doesNotExist();
        assertThat(Files.readString(p.resolve("contacts/eastside.yaml"))).isEqualTo("name: Eastside Family Medicine\ncategory: physician\n");
    }

    @Test
    void rename_refuses_an_id_that_is_taken_and_one_that_cannot_be_an_id() throws Exception {
        refused(1, "the id 'sam-rivera' is taken", "rename", "greer", "Sam Rivera", "--id");
        refused(2, "'Greer Hall' cannot be an id: use lower-case a-z, 0-9 and single dashes, like greer-hall",
                "rename", "greer", "Greer Hall", "--id=Greer Hall");
        refused(2, "NEW-NAME must be one line of text", "rename", "greer", " ");
    }

    // --- unlog ---

    @Test
    void unlog_removes_the_one_entry_that_fits_and_commits() throws Exception {
        RefnetRun.Result r = ok(run(), "unlog", "greer", "--date", "2025-02-10", "--type", "referral-in", "--client", "C-0143");
        assertThat(r.out()).isEqualTo("removed referral-in of C-0143 from Dr. Samuel Greer on 2025-02-10 from the log\n");
        assertThat(Files.readString(greer)).isEqualTo(GREER.replace("""
                  - date: 2025-02-10
                    type: referral-in
                    client: C-0143
                """, ""));
        assertThat(lastMessage()).startsWith("unlog referral-in of C-0143 from Dr. Samuel Greer on 2025-02-10\n");
    }

    @Test
    void unlog_refuses_a_description_that_fits_none_or_more_than_one() throws Exception {
        refused(1, "2 entries in Dr. Samuel Greer's log fit referral-in on 2025-02-10: referral-in of C-0142,"
                + " referral-in of C-0143; say which with --client", "unlog", "greer", "--date", "2025-02-10", "--type", "referral-in");
        refused(1, "no call on 2025-01-10 in Dr. Samuel Greer's log; that day it has: coffee",
                "unlog", "greer", "--date", "2025-01-10", "--type", "call");
        refused(1, "no coffee on 2025-01-11 in Dr. Samuel Greer's log (it has no entry that day)",
                "unlog", "greer", "--date", "2025-01-11", "--type", "coffee");
        refused(2, "unknown entry type 'cofee'", "unlog", "greer", "--date", "2025-01-10", "--type", "cofee");
        refused(2, "Missing required option: '--type=TYPE'", "unlog", "greer", "--date", "2025-01-10");
    }

    // --- remove ---

    @Test
    void remove_without_a_terminal_needs_yes() throws Exception {
        refused(2, "there is no terminal to ask on: add --yes to remove Dr. Samuel Greer (dr-samuel-greer)", "remove", "greer");
    }

    @Test
    void remove_asks_on_a_terminal_and_no_keeps_the_file() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun typing = run().typing("no\n");
        RefnetRun.Result r = ok(typing, "remove", "greer");
        assertThat(typing.screen()).contains("Remove Dr. Samuel Greer (" + greer + ", 3 log entries)? yes or no");
        assertThat(r.out()).isEqualTo("kept Dr. Samuel Greer; nothing was removed\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void remove_on_yes_deletes_commits_and_says_how_to_get_it_back() throws Exception {
        RefnetRun typing = run().typing("maybe\nyes\n");
        RefnetRun.Result r = ok(typing, "remove", "greer");
        assertThat(typing.screen()).contains("answer yes or no; try again");
        assertThat(r.out()).isEqualTo("removed Dr. Samuel Greer; " + greer + " stays in git history: 'refnet undo' brings it"
                + " back now, 'git log --all -- " + greer + "' finds it later\n");
        assertThat(greer).doesNotExist();
        assertThat(lastMessage()).startsWith("remove Dr. Samuel Greer\n");
        assertThat(git(net, "show", "--name-status", "--format=", "HEAD").strip()).isEqualTo("D\tcontacts/dr-samuel-greer.yaml");
        assertThat(git(net, "status", "--porcelain", "contacts")).isEmpty();
    }

    @Test
    void remove_outside_git_says_the_file_is_gone_for_good() throws Exception {
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain);
        Path p = Networks.make(plain, "oops", "name: Oops\ncategory: other\n");
        RefnetRun.Result r = new RefnetRun(tmp).in(p, "remove", "oops", "--yes");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("removed Oops; the file is gone (this network is not in git, so there is no copy to get back)\n");
        assertThat(p.resolve("contacts/oops.yaml")).doesNotExist();
    }

    @Test
    void remove_with_no_commit_says_git_checkout_brings_it_back() throws Exception {
        RefnetRun.Result r = ok(run(), "--no-commit", "remove", "greer", "--yes");
        assertThat(r.out()).isEqualTo("removed Dr. Samuel Greer; not committed: 'git checkout -- " + greer + "' brings it back\n");
        git(net, "checkout", "--", "contacts/dr-samuel-greer.yaml");
        assertThat(Files.readString(greer)).isEqualTo(GREER);
    }
}
