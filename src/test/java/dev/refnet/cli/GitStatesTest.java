package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.store.MergeDriver;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git states that used to fail silently (issue 14 item 3): a stale index.lock, commits that fail, uncommitted files. */
class GitStatesTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void repository() throws Exception {
        net = Networks.make(tmp,
                "dr-maria-lopez", "name: Dr. María López\ncategory: physician\nlog:\n  - date: 2025-02-10\n"
                        + "    type: referral-in\n    client: C-0142\n",
                "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        MergeDriver.ensureAttributes(net); // as 'refnet init --git' writes them: sync has nothing to add
        Networks.gitInit(net);
        try (var files = Files.walk(net)) {
            for (Path p : files.filter(p -> !net.relativize(p).toString().startsWith(".git")).toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    int commits() throws Exception {
        return Integer.parseInt(git(net, "rev-list", "--count", "HEAD").strip());
    }

    Path indexLock(Instant made) throws Exception {
        Path lock = net.resolve(".git/index.lock");
        Files.writeString(lock, "");
        Files.setLastModifiedTime(lock, FileTime.from(made));
        return lock;
    }

    @Test
    void an_index_lock_left_by_a_git_that_stopped_long_ago_is_reported_by_check_and_removed_by_the_next_write() throws Exception {
        Path lock = indexLock(Instant.now().minus(2, ChronoUnit.HOURS));
        RefnetRun.Result check = run().in(net, "check");
        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(tmp.relativize(lock) + ":1:1: error: left behind by a git that stopped; no commit can be made"
                + " while it is there: remove it with: rm '" + lock + "'\n");
        assertThat(lock).exists();
        int n = commits();
        RefnetRun.Result r = run().in(net, "thank", "lopez");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(lock).doesNotExist();
        assertThat(commits()).isEqualTo(n + 1);
        assertThat(run().in(net, "check").code()).isZero();
    }

    @Test
    void a_fresh_index_lock_stops_a_write_before_anything_is_written_with_the_command_that_clears_it() throws Exception {
        Path lock = indexLock(Instant.now());
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "log", "sam", "call");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("refnet: git's lock file " + lock + " is in the way (a git command is running, or one"
                + " was interrupted): if no git program is running, remove it with: rm '" + lock + "'; then run the"
                + " command again. Nothing was written\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
        assertThat(run().in(net, "--no-commit", "log", "sam", "call").code()).as("nothing to commit, nothing in the way").isZero();
    }

    @Test
    void a_commit_that_fails_after_the_write_says_so_and_sync_commits_the_entry_later() throws Exception {
        // A signing program that always fails makes every commit fail, as a full disk or a broken hook would.
        git(net, "config", "commit.gpgsign", "true");
        git(net, "config", "gpg.program", "false");
        int n = commits();
        RefnetRun.Result r = run().in(net, "log", "sam", "coffee");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("logged coffee with Sam Rivera on 2025-03-03\n");
        assertThat(r.err()).startsWith("refnet: warning: written to contacts/sam-rivera.yaml but not committed to git (")
                .endsWith("); 'refnet sync' will commit it\n");
        assertThat(commits()).isEqualTo(n);
        RefnetRun.Result check = run().in(net, "check");
        assertThat(check.code()).as("uncommitted files are a warning").isZero();
        assertThat(check.out()).isEqualTo(tmp.relativize(net.resolve("contacts/sam-rivera.yaml")) + ":1:1: warning: changed but not"
                + " committed to git: 'refnet sync' checks and commits it ('git diff' shows the change)\n");
        git(net, "config", "commit.gpgsign", "false");
        RefnetRun.Result sync = run().in(net, "sync");
        assertThat(sync.out()).startsWith("committed 1 file not committed before: contacts/sam-rivera.yaml\n");
        assertThat(commits()).isEqualTo(n + 1);
        assertThat(run().in(net, "check").out()).startsWith("no problems");
    }

    @Test
    void check_flags_an_outcome_on_an_entry_that_is_not_a_referral() throws Exception {
        Path sam = net.resolve("contacts/sam-rivera.yaml");
        Files.writeString(sam, "name: Sam Rivera\ncategory: therapist\nlog:\n  - date: 2025-02-11\n    type: coffee\n"
                + "    outcome: seen\n");
        git(net, "commit", "-q", "-am", "by hand");
        RefnetRun.Result check = run().in(net, "check");
        assertThat(check.out()).isEqualTo(tmp.relativize(sam) + ":6:14: warning: an outcome belongs to a referral, and this is a coffee"
                + " entry: if it was meant for a referral (it may have moved here when two sides were merged by hand),"
                + " move it to that referral's entry\n");
    }

    @Test
    void init_git_makes_a_plain_git_pull_merge() throws Exception {
        Path fresh = tmp.resolve("fresh");
        assertThat(run().run("init", fresh.toString(), "--git").code()).isZero();
        assertThat(git(fresh, "config", "--local", "pull.rebase").strip()).isEqualTo("false");
    }

    @Test
    void check_in_a_merge_that_is_settled_but_not_committed_warns_and_a_git_hook_lets_it_through() throws Exception {
        Files.writeString(net.resolve(".git/MERGE_HEAD"), git(net, "rev-parse", "HEAD"));
        RefnetRun.Result check = run().in(net, "check");
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out()).isEqualTo(tmp.relativize(net.resolve(".git")) + ":1:1: warning: a git merge is settled but not committed:"
                + " 'refnet sync' (or 'git commit') commits it\n");
        RefnetRun.Result hook = run().env("GIT_INDEX_FILE", ".git/index").in(net, "check");
        assertThat(hook.code()).isZero();
        assertThat(hook.out()).startsWith("no problems");
    }

    @Test
    void the_lock_file_stays_out_of_git_status_in_a_network_put_in_git_by_hand() throws Exception {
        git(net, "rm", "-q", ".gitignore");
        git(net, "commit", "-q", "-m", "no .gitignore, as in a folder put in git by hand");
        RefnetRun.Result logged = run().in(net, "log", "sam-rivera", "coffee");
        assertThat(logged.code()).as(logged.toString()).isZero();
        assertThat(Files.exists(net.resolve(".refnet.lock"))).isTrue();
        assertThat(git(net, "status", "--porcelain")).isEmpty();
        assertThat(run().in(net, "log", "sam-rivera", "call").code()).isZero();
        String exclude = Files.readString(net.resolve(".git/info/exclude"));
        assertThat(exclude.lines().filter(".refnet.lock"::equals)).as("named once\n" + exclude).hasSize(1);
    }
}
