package dev.refnet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * refnet's merge driver with real git and the real launcher: a network made by {@code init --git},
 * pushed to a bare remote, two plain {@code git clone}s. One refnet command in a clone names the
 * driver in its settings; from then on a plain {@code git pull} merges contact files through it.
 */
class MergeDriverIT {

    static final Path REPO = Path.of(System.getProperty("refnet.repo", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    record Run(int code, String out) {
    }

    /** A shell line in {@code tmp}, {@code $R} the launcher, standard error with standard output. */
    Run sh(String line) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).directory(tmp.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("R", REPO.resolve("bin/refnet").toString());
        env.put("HOME", tmp.toString());
        env.remove("REFNET_DIR");
        env.remove("REFNET_LAUNCHER");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(line).isTrue();
        return new Run(p.exitValue(), out);
    }

    Run ok(String line) throws IOException, InterruptedException {
        Run r = sh(line);
        assertThat(r.code()).as(line + "\n" + r.out()).isZero();
        return r;
    }

    /** The example of a practice: a remote, and clones a and b made with a plain git clone. */
    void twoClones() throws IOException, InterruptedException {
        ok("git init -q --bare remote.git && \"$R\" init first --git --clinician 'Jordan Ellis' --clinician 'Priya Shah'"
                + " && \"$R\" --dir first add-contact 'Dr. María López' --category physician --since 2025-01-01"
                + " && git -C first push -q \"$PWD/remote.git\" HEAD:refs/heads/main"
                + " && git clone -q -b main remote.git a && git clone -q -b main remote.git b"
                + " && git -C a config pull.rebase false && git -C b config pull.rebase false");
    }

    @Test
    void after_a_plain_clone_and_one_refnet_command_git_pull_merges_both_clinicians_entries() throws Exception {
        twoClones();
        assertThat(sh("git -C b config --get merge.refnet.driver").code()).as("a plain clone has no driver yet").isNotZero();
        ok("\"$R\" --dir a log-referral --from lopez --client C-0412 --clinician 'Jordan Ellis' --date 2025-03-03 && git -C a push -q");
        ok("\"$R\" --dir b log lopez coffee --date 2025-03-01 --note 'Met at the fair'"
                + " && \"$R\" --dir b log-referral --from lopez --client C-0413 --clinician 'Priya Shah' --date 2025-03-04");
        assertThat(ok("git -C b config --get merge.refnet.driver").out()).startsWith(REPO.resolve("bin/refnet") + " merge-file %O %A %B %P");
        assertThat(Files.readString(tmp.resolve("b/.gitattributes"))).contains("contacts/*.yaml merge=refnet");

        Run pull = sh("git -C b pull --no-edit");
        assertThat(pull.code()).as(pull.out()).isZero();
        assertThat(pull.out()).doesNotContain("CONFLICT");
        String file = Files.readString(tmp.resolve("b/contacts/dr-maria-lopez.yaml"));
        assertThat(file).doesNotContain("<<<<<<<");
        assertThat(file.indexOf("2025-03-01")).isLessThan(file.indexOf("C-0412")).isPositive();
        assertThat(file.indexOf("C-0412")).isLessThan(file.indexOf("C-0413"));
        assertThat(ok("git -C b log --format=%s -1").out()).startsWith("Merge branch");
        assertThat(ok("git -C b status --porcelain").out()).isEmpty();
        assertThat(sh("\"$R\" --dir b check").code()).isZero();

        // Both set the outcome of one referral differently: a real conflict, left for a person.
        ok("git -C b push -q && git -C a pull -q --no-edit");
        ok("\"$R\" --dir a outcome lopez C-0412 seen && git -C a push -q");
        ok("\"$R\" --dir b outcome lopez C-0412 declined");
        Run conflict = sh("git -C b pull --no-edit");
        assertThat(conflict.code()).as(conflict.out()).isNotZero();
        assertThat(conflict.out()).contains("'outcome' of the referral-in of C-0412 on 2025-03-03 is 'declined' on this side and 'seen' on the other");
        String marked = Files.readString(tmp.resolve("b/contacts/dr-maria-lopez.yaml"));
        assertThat(marked).contains("<<<<<<< ours\n", "    outcome: declined\n||||||| ancestor\n", "=======\n", "    outcome: seen\n>>>>>>> theirs\n");
        assertThat(ok("git -C b status --porcelain").out()).contains("UU contacts/dr-maria-lopez.yaml");
    }

    @Test
    void a_driver_whose_launcher_is_gone_still_leaves_both_sides_in_the_file() throws Exception {
        twoClones();
        ok("\"$R\" --dir a log lopez call --date 2025-03-02 && git -C a push -q");
        ok("\"$R\" --dir b log lopez email --date 2025-03-03");
        String driver = ok("git -C b config --get merge.refnet.driver").out().strip();
        ok("git -C b config merge.refnet.driver \"" + driver.replace(REPO.resolve("bin/refnet").toString(), "/nonexistent/refnet")
                .replace("\"", "\\\"").replace("$", "\\$") + "\"");
        Run pull = sh("git -C b pull --no-edit");
        assertThat(pull.code()).as(pull.out()).isNotZero();
        String file = Files.readString(tmp.resolve("b/contacts/dr-maria-lopez.yaml"));
        assertThat(file).as("git's own markers, both entries inside").contains("<<<<<<< ours", "type: call", "type: email", ">>>>>>> theirs");
    }
}
