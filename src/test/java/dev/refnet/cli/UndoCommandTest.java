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

/** {@code refnet undo} and {@code undo --list} with a real git repository (issue 16, item 7). */
class UndoCommandTest {

    static final String GREER = "# keep\nname: Dr. Samuel Greer\ncategory: physician\nlog:\n  - date: 2025-01-10\n    type: coffee\n";

    @TempDir
    Path tmp;

    Path net;
    Path greer;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-samuel-greer", GREER, "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        greer = net.resolve("contacts/dr-samuel-greer.yaml");
        Files.setPosixFilePermissions(greer, PosixFilePermissions.fromString("rw-r-----"));
        Networks.gitInit(net);
    }

    RefnetRun.Result ok(String... args) {
        RefnetRun.Result r = new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3)).in(net, args);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    RefnetRun.Result fails(int code, String... args) throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        String head = git(net, "rev-parse", "HEAD");
        RefnetRun.Result r = new RefnetRun(tmp).in(net, args);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(Networks.snapshot(net)).as("nothing written").isEqualTo(before);
        assertThat(git(net, "rev-parse", "HEAD")).as("nothing committed").isEqualTo(head);
        return r;
    }

    String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void undo_takes_back_the_last_change_in_a_new_commit_and_then_the_one_before() throws Exception {
        ok("log", "greer", "call", "--date", "2025-03-01");
        String afterLog = Files.readString(greer);
        ok("archive", "greer");
        String archived = git(net, "rev-parse", "HEAD").strip();
        RefnetRun.Result r = ok("undo");
        assertThat(r.out()).matches("took back 'archive Dr\\. Samuel Greer' \\([0-9a-f]{7}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\):"
                + " contacts/dr-samuel-greer\\.yaml is as before\n");
        assertThat(Files.readString(greer)).isEqualTo(afterLog);
        assertThat(git(net, "log", "-1", "--format=%B").strip()).isEqualTo("undo archive Dr. Samuel Greer\n\n"
                + "Refnet-Command: undo\nRefnet-Undoes: " + archived);
        assertThat(git(net, "rev-list", "--count", "HEAD").strip()).as("history kept: start, log, archive, undo").isEqualTo("4");
        ok("undo");
        assertThat(Files.readString(greer)).isEqualTo(GREER);
        assertThat(mode(greer)).as("the file's mode is kept").isEqualTo("rw-r-----");
        assertThat(git(net, "status", "--porcelain", "contacts")).isEmpty();
        assertThat(fails(1, "undo").err()).contains("there is no change by refnet to take back");
    }

    @Test
    void a_removed_contact_comes_back_private() throws Exception {
        Path sam = net.resolve("contacts/sam-rivera.yaml");
        String text = Files.readString(sam);
        ok("remove", "rivera", "--yes");
        assertThat(sam).doesNotExist();
        ok("undo");
        assertThat(Files.readString(sam)).isEqualTo(text);
        assertThat(mode(sam)).isEqualTo("rw-------");
        assertThat(new RefnetRun(tmp).in(net, "check").out()).doesNotContain("sam-rivera.yaml:1:1: warning");
    }

    @Test
    void a_rename_with_a_new_id_is_taken_back_whole() throws Exception {
        ok("rename", "greer", "Dr. Sam Greer-Hall", "--id");
        ok("undo");
        assertThat(Files.readString(greer)).isEqualTo(GREER);
        assertThat(net.resolve("contacts/dr-sam-greer-hall.yaml")).doesNotExist();
        assertThat(git(net, "status", "--porcelain", "contacts")).isEmpty();
    }

    @Test
    void a_file_changed_since_is_left_alone_with_one_line_saying_why() throws Exception {
        ok("archive", "greer");
        Files.writeString(greer, Files.readString(greer) + "notes: added by hand\n");
        String err = fails(1, "undo").err();
        assertThat(err).startsWith("refnet: " + greer + " changed since 'archive Dr. Samuel Greer' (")
                .contains("so undo will not take that back; nothing was written");
        git(net, "commit", "-qam", "notes by hand");
        assertThat(fails(1, "undo").err()).contains("changed since 'archive Dr. Samuel Greer'");
    }

    @Test
    void commits_not_made_by_refnet_are_never_taken_back() throws Exception {
        ok("pause", "greer");
        Files.writeString(net.resolve("contacts/sam-rivera.yaml"), "name: Sam Rivera\ncategory: therapist\nrole: LMFT\n");
        git(net, "commit", "-qam", "Sam is an LMFT");
        ok("undo");
        assertThat(Files.readString(greer)).isEqualTo(GREER);
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml"))).contains("role: LMFT");
    }

    @Test
    void list_shows_the_last_ten_changes_newest_first_and_which_one_undo_takes_back() throws Exception {
        for (int day = 1; day <= 11; day++) {
            ok("log", "rivera", "call", "--date", String.format("2025-02-%02d", day));
        }
        ok("undo");
        List<String> lines = ok("undo", "--list").out().lines().toList();
        assertThat(lines).hasSize(10);
        String when = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  [0-9a-f]{7}  ";
        assertThat(lines.get(0)).matches(when + "undo log call with Sam Rivera");
        assertThat(lines.get(1)).matches(when + "log call with Sam Rivera  \\(undone\\)");
        assertThat(lines.get(2)).matches(when + "log call with Sam Rivera  <- 'refnet undo' takes back this");
        assertThat(lines.subList(3, 10)).allMatch(l -> l.matches(when + "log call with Sam Rivera"));
    }

    @Test
    void list_in_a_network_without_refnet_commits_says_so() {
        assertThat(ok("undo", "--list").out()).isEqualTo("refnet has committed no change in this network yet\n");
    }

    @Test
    void outside_git_undo_says_it_needs_a_git_network() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Path p = Networks.make(plain, "sam", "name: Sam\ncategory: therapist\n");
        RefnetRun.Result r = new RefnetRun(tmp).in(p, "undo");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("refnet: undo needs a git network: " + p + " is not in a git repository");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void undo_will_not_run_without_committing() throws Exception {
        ok("archive", "greer");
        assertThat(fails(2, "--no-commit", "undo").err()).contains("cannot run with --no-commit");
    }
}
