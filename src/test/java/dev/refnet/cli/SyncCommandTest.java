package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.store.MergeDriver;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refnet sync} through the real command line, with real git, a bare remote and clones of it. */
class SyncCommandTest {

    @TempDir
    Path tmp;

    static final String LOPEZ = "name: Dr. María López\ncategory: physician\nphone: 555-0100\nlog:\n  - date: 2025-02-10\n"
            + "    type: referral-in\n    client: C-0142\n";

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    /** A network pushed to a bare remote (main), and {@code names.length} clones of it, each with its own git user. */
    Path[] practice(String... names) throws Exception {
        Path net = Networks.make(tmp, "dr-maria-lopez", LOPEZ, "sam-rivera", "name: Sam Rivera\ncategory: therapist\n",
                "st-marks", "name: St. Mark's Church\ncategory: faith\n");
        MergeDriver.ensureAttributes(net); // as 'refnet init --git' writes them: sync has nothing to add
        Networks.gitInit(net);
        Path remote = tmp.resolve("remote.git");
        git(tmp, "init", "-q", "--bare", remote.toString());
        git(remote, "symbolic-ref", "HEAD", "refs/heads/main");
        git(net, "push", "-q", remote.toString(), "HEAD:refs/heads/main");
        Path[] clones = new Path[names.length];
        for (int i = 0; i < names.length; i++) {
            clones[i] = tmp.resolve("laptop-" + (i + 1));
            git(tmp, "clone", "-q", remote.toString(), clones[i].toString());
            git(clones[i], "config", "user.name", names[i]);
            git(clones[i], "config", "user.email", "c" + i + "@example.org");
        }
        return clones;
    }

    RefnetRun.Result ok(Path dir, String... args) {
        RefnetRun.Result r = run().in(dir, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    /** Runs git as clinician {@code who} (the tests' environment names one author for every commit otherwise). */
    static void gitAs(String who, Path dir, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GIT_AUTHOR_NAME", who);
        pb.environment().put("GIT_COMMITTER_NAME", who);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(cmd + "\n" + out).isZero();
    }

    @Test
    void sync_says_what_came_in_by_whom_and_sends_what_is_new() throws Exception {
        Path[] c = practice("Jordan Ellis", "Priya Shah");
        ok(c[1], "--no-commit", "log-referral", "--from", "lopez", "--client", "C-0412", "--date", "2025-03-01");
        ok(c[1], "--no-commit", "thank", "lopez", "--date", "2025-03-02");
        gitAs("Priya Shah", c[1], "commit", "-q", "-am", "two entries");
        ok(c[1], "--no-commit", "log", "sam", "coffee", "--date", "2025-03-02");
        gitAs("Priya Shah", c[1], "commit", "-q", "-am", "one entry");
        RefnetRun.Result sent = ok(c[1], "sync");
        assertThat(sent.out()).isEqualTo("nothing new from origin/main\nsent 2 commits to origin/main\n");
        ok(c[0], "--no-commit", "snooze", "st-marks", "2025-04-01");
        ok(c[0], "--no-commit", "add-contact", "Noor Haddad", "--category", "therapist");
        gitAs("Jordan Ellis", c[0], "add", "contacts/noor-haddad.yaml");
        gitAs("Jordan Ellis", c[0], "commit", "-q", "-am", "Jordan's day");
        RefnetRun.Result r = ok(c[0], "sync");
        assertThat(r.out()).isEqualTo("3 entries from Priya Shah: referral-in from Dr. María López (C-0412),"
                + " thank-you to Dr. María López, coffee with Sam Rivera\n"
                + "sent 2 commits to origin/main\n");
        assertThat(r.err()).isEmpty();
        RefnetRun.Result back = ok(c[1], "sync");
        assertThat(back.out()).isEqualTo("from Jordan Ellis: added Noor Haddad (therapist); snoozed St. Mark's Church"
                + " until 2025-04-01\nnothing of yours to send; up to date with origin/main\n");
        assertThat(ok(c[1], "show", "noor").out()).contains("Noor Haddad");
        ok(c[1], "--no-commit", "outcome", "lopez", "C-0142", "seen");
        gitAs("Priya Shah", c[1], "commit", "-q", "-am", "outcome");
        ok(c[1], "sync");
        assertThat(ok(c[0], "sync").out()).isEqualTo("from Priya Shah: outcome seen for the referral-in from Dr. María López"
                + " (C-0142), 2025-02-10\nnothing of yours to send; up to date with origin/main\n");
        assertThat(ok(c[0], "check").out()).startsWith("no problems");
        assertThat(git(c[0], "config", "pull.rebase").strip()).isEqualTo("false");
    }

    @Test
    void files_git_wrote_are_made_private() throws Exception {
        Path[] c = practice("Jordan Ellis");
        Path file = c[0].resolve("contacts/dr-maria-lopez.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(c[0].resolve("contacts"), PosixFilePermissions.fromString("rwxr-xr-x"));
        ok(c[0], "sync");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(c[0].resolve("contacts")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(c[0].resolve(".git")))).isEqualTo("rwx------");
    }

    @Test
    void without_a_remote_sync_commits_and_says_how_to_add_one() throws Exception {
        Path net = Networks.make(tmp, "dr-maria-lopez", LOPEZ);
        Networks.gitInit(net);
        ok(net, "--no-commit", "thank", "lopez");
        RefnetRun.Result r = run().in(net, "sync");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("committed 1 file not committed before: contacts/dr-maria-lopez.yaml\n");
        assertThat(r.err()).isEqualTo("refnet: this network has no remote to sync with: add your practice's shared"
                + " repository with 'git remote add origin URL', then run 'refnet sync' again (your changes are committed here)\n");
        assertThat(git(net, "status", "--porcelain")).isEmpty();
    }

    @Test
    void an_unreachable_remote_keeps_the_local_commit_and_says_it_sends_next_time() throws Exception {
        Path[] c = practice("Jordan Ellis");
        git(c[0], "remote", "set-url", "origin", tmp.resolve("gone.git").toString());
        ok(c[0], "--no-commit", "log", "sam", "call");
        RefnetRun.Result r = run().in(c[0], "sync");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("committed 1 file not committed before: contacts/sam-rivera.yaml\n");
        assertThat(r.err()).startsWith("refnet: could not reach origin/main (")
                .endsWith("): your changes are committed here, and 'refnet sync' sends them next time\n");
        assertThat(git(c[0], "log", "-1", "--format=%s").strip()).isEqualTo("sync: changes not committed before (sam-rivera.yaml)");
    }

    @Test
    void a_pending_file_that_fails_check_stops_sync_before_anything_is_pulled() throws Exception {
        Path[] c = practice("Jordan Ellis", "Priya Shah");
        ok(c[1], "thank", "sam");
        ok(c[1], "sync");
        Path sam = c[0].resolve("contacts/sam-rivera.yaml");
        Files.writeString(sam, "name: Sam Rivera\ncategory: therapst\n");
        String head = git(c[0], "rev-parse", "HEAD");
        RefnetRun.Result r = run().in(c[0], "sync");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("refnet: " + sam + ":2:11: ")
                .endsWith("refnet: sync stopped before pulling or sending anything: fix the file above"
                        + " ('refnet check' lists every problem), then run 'refnet sync' again\n");
        assertThat(git(c[0], "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(Files.readString(c[0].resolve("contacts/dr-maria-lopez.yaml"))).isEqualTo(LOPEZ);
    }

    @Test
    void a_network_outside_git_is_told_what_sync_needs() throws Exception {
        Path net = Networks.make(tmp, "dr-maria-lopez", LOPEZ);
        RefnetRun.Result r = run().in(net, "sync");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("refnet: " + net + " is not in a git repository, so there is nothing to sync with");
        RefnetRun.Result usage = run().in(net, "--no-commit", "sync");
        assertThat(usage.code()).isEqualTo(2);
    }

    @Test
    void a_contact_removed_on_one_laptop_and_logged_to_on_another_is_kept_and_sync_says_so() throws Exception {
        Path[] c = practice("Jordan Ellis", "Priya Shah");
        git(c[1], "rm", "-q", "contacts/sam-rivera.yaml");
        gitAs("Priya Shah", c[1], "commit", "-q", "-m", "remove Sam");
        ok(c[1], "sync");
        ok(c[0], "log", "sam", "coffee", "--note", "still here");
        RefnetRun.Result r = ok(c[0], "sync");
        assertThat(r.out()).startsWith("kept Sam Rivera (contacts/sam-rivera.yaml): Priya Shah removed this contact while"
                + " you changed it, so your file stays\n");
        ok(c[1], "sync");
        assertThat(ok(c[1], "show", "sam").out()).contains("still here");
        // and the other way round: removed here, changed there
        git(c[0], "rm", "-q", "contacts/dr-maria-lopez.yaml");
        git(c[0], "commit", "-q", "-m", "remove López");
        ok(c[1], "--no-commit", "thank", "lopez");
        gitAs("Priya Shah", c[1], "commit", "-q", "-am", "thanks");
        ok(c[1], "sync");
        RefnetRun.Result back = ok(c[0], "sync");
        assertThat(back.out()).startsWith("kept Dr. María López (contacts/dr-maria-lopez.yaml): you removed this contact"
                + " while Priya Shah changed it, so it is back with their changes;");
        assertThat(ok(c[0], "show", "lopez").out()).contains("thank-you");
    }

    @Test
    void a_value_changed_differently_on_two_laptops_stops_sync_with_both_values_and_is_settled_by_keep_theirs() throws Exception {
        Path[] c = practice("Jordan Ellis", "Priya Shah");
        Path lopez1 = c[1].resolve("contacts/dr-maria-lopez.yaml");
        Files.writeString(lopez1, LOPEZ.replace("555-0100", "555-0111"));
        gitAs("Priya Shah", c[1], "commit", "-q", "-am", "phone");
        ok(c[1], "sync");
        Path lopez0 = c[0].resolve("contacts/dr-maria-lopez.yaml");
        Files.writeString(lopez0, LOPEZ.replace("555-0100", "555-0199"));
        ok(c[0], "log", "sam", "call");
        RefnetRun.Result r = run().in(c[0], "sync");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("refnet: Dr. María López (contacts/dr-maria-lopez.yaml) was changed on both sides,"
                + " yours and Priya Shah's, and could not be merged:\n")
                .contains("'phone': yours '555-0199', Priya Shah's '555-0111'")
                .contains("  refnet sync --keep-mine dr-maria-lopez ").contains("  refnet sync --keep-theirs dr-maria-lopez ");
        // Meanwhile the rest of the network works, and the unsettled contact is skipped with a pointer to sync.
        RefnetRun.Result list = ok(c[0], "list");
        assertThat(list.out()).contains("Sam Rivera").doesNotContain("López");
        assertThat(list.err()).contains("'refnet sync' shows what differs");
        RefnetRun.Result logged = ok(c[0], "log", "sam", "email");
        assertThat(logged.err()).contains("'refnet sync' commits it once that is settled");
        RefnetRun.Result check = run().in(c[0], "check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("a git merge left 1 file unsettled: 'refnet sync' shows what differs");

        RefnetRun.Result settled = ok(c[0], "sync", "--keep-theirs", "dr-maria-lopez");
        assertThat(settled.out()).startsWith("committed the merge you settled\n"
                + "committed 1 file not committed before: contacts/sam-rivera.yaml\n");
        assertThat(Files.readString(lopez0)).isEqualTo(LOPEZ.replace("555-0100", "555-0111"));
        assertThat(git(c[0], "status", "--porcelain")).isEmpty();
        ok(c[1], "sync");
        assertThat(ok(c[1], "show", "sam").out()).contains("call").contains("email");
        assertThat(ok(c[1], "check").out()).startsWith("no problems");
    }

    @Test
    void keeping_one_side_that_would_drop_an_entry_is_refused_and_nothing_is_written() throws Exception {
        Path[] c = practice("Jordan Ellis", "Priya Shah");
        ok(c[1], "log", "sam", "coffee", "--date", "2025-03-01", "--note", "Priya's");
        ok(c[1], "sync");
        ok(c[0], "log", "sam", "call", "--date", "2025-03-01", "--note", "Jordan's");
        assertThat(run().in(c[0], "sync").code()).isEqualTo(1); // git's own line merge, without refnet's driver
        Path sam = c[0].resolve("contacts/sam-rivera.yaml");
        byte[] before = Files.readAllBytes(sam);
        RefnetRun.Result r = run().in(c[0], "sync", "--keep-mine", "sam-rivera");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("refnet: " + sam + ": keeping your side would drop the coffee entry of 2025-03-01;"
                + " nothing was written: open the file and keep both sides' entries between the markers, delete the"
                + " marker lines, then run 'refnet sync'\n");
        assertThat(Files.readAllBytes(sam)).isEqualTo(before);
    }
}
