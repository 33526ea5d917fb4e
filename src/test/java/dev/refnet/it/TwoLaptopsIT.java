package dev.refnet.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One network, two laptops, a bare remote, real git. Both log a different entry for the same
 * contact; the pull conflicts (refnet keeps git's default text merge on purpose). Every command
 * then reports the conflict with what to do; after the user resolves it, both entries are there
 * and check passes on both laptops.
 */
class TwoLaptopsIT {

    @TempDir
    Path tmp;

    static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0 && !(args[0].equals("pull") && out.contains("CONFLICT"))) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + code + ": " + out);
        }
        return out;
    }

    @Test
    void both_laptops_entries_survive_a_conflicting_pull_and_every_command_says_how_to_resolve_it() throws Exception {
        RefnetRun r = new RefnetRun(tmp);
        Path remote = tmp.resolve("remote.git");
        Path a = tmp.resolve("laptop-a");
        Path b = tmp.resolve("laptop-b");
        git(tmp, "init", "-q", "--bare", remote.toString());
        assertThat(r.run("init", a.toString(), "--git", "--practice", "Harbor Light", "--clinician", "Jordan Ellis").code()).isZero();
        assertThat(Files.isExecutable(a.resolve(".git/hooks/pre-commit"))).as("init --git installs the check hook").isTrue();
        assertThat(r.in(a, "add-contact", "Dr. María López", "--category", "physician", "--since", "2025-01-01").code()).isZero();
        git(a, "remote", "add", "origin", remote.toString());
        git(a, "push", "-q", "origin", "HEAD:refs/heads/main");
        git(tmp, "clone", "-q", "-b", "main", remote.toString(), b.toString());

        RefnetRun.Result logA = r.in(a, "log", "lopez", "coffee", "--date", "2025-03-01", "--note", "laptop A");
        assertThat(logA.code()).as(logA.toString()).isZero();
        git(a, "push", "-q", "origin", "HEAD:refs/heads/main");
        RefnetRun.Result logB = r.in(b, "log", "lopez", "call", "--date", "2025-03-02", "--note", "laptop B");
        assertThat(logB.code()).as(logB.toString()).isZero();
        assertThat(git(b, "log", "--format=%s", "-1")).as("refnet committed on laptop B").startsWith("log call");
        String pull = git(b, "pull", "--no-rebase", "--no-edit", "origin", "main");
        assertThat(pull).contains("CONFLICT");

        Path file = b.resolve("contacts/dr-maria-lopez.yaml");
        RefnetRun.Result check = r.in(b, "check");
        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains(tmp.relativize(file) + ":").contains(": error: git merge conflict marker '<<<<<<<': a git merge left"
                + " this file unsettled; 'refnet sync' shows what differs and how to settle it")
                .contains(tmp.relativize(b.resolve(".git")) + ":1:1: error: a git merge left 1 file unsettled: 'refnet sync' shows what differs");
        RefnetRun.Result list = r.in(b, "list");
        assertThat(list.code()).isZero();
        assertThat(list.err()).contains("git merge conflict marker").contains("skipped 1 file");
        byte[] conflicted = Files.readAllBytes(file);
        RefnetRun.Result write = r.in(b, "log", "lopez", "email");
        assertThat(write.code()).isEqualTo(1);
        assertThat(write.err()).contains("git merge conflict marker").contains("fix it by hand");
        assertThat(Files.readAllBytes(file)).as("refnet never writes a conflicted file").isEqualTo(conflicted);

        // The user keeps both sides' lines and deletes the markers, as the message says.
        String resolved = Files.readString(file).lines().filter(l -> !l.matches("(<{7}|={7}|>{7}).*"))
                .reduce("", (x, l) -> x + l + "\n");
        Files.writeString(file, resolved);
        git(b, "add", "contacts/dr-maria-lopez.yaml");
        git(b, "commit", "-q", "--no-edit");
        RefnetRun.Result after = r.in(b, "check");
        assertThat(after.code()).as(after.toString()).isZero();
        RefnetRun.Result show = r.in(b, "show", "lopez");
        assertThat(show.out()).contains("laptop A").contains("laptop B");
        git(b, "push", "-q", "origin", "HEAD:refs/heads/main");
        git(a, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
        RefnetRun.Result checkA = r.in(a, "check");
        assertThat(checkA.code()).as(checkA.toString()).isZero();
        assertThat(r.in(a, "show", "lopez").out()).contains("laptop A").contains("laptop B");
    }

    @Test
    void the_pre_commit_hook_refuses_a_commit_that_check_finds_an_error_in() throws Exception {
        RefnetRun r = new RefnetRun(tmp);
        Path a = tmp.resolve("net");
        assertThat(r.run("init", a.toString(), "--git").code()).isZero();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path refnet = bin.resolve("refnet");
        Files.writeString(refnet, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.refnet.Main \"$@\"\n");
        refnet.toFile().setExecutable(true);
        Files.writeString(a.resolve("contacts/bad.yaml"), "name: Bad\n");
        git(a, "add", "contacts/bad.yaml");
        ProcessBuilder pb = new ProcessBuilder("git", "-C", a.toString(), "commit", "-q", "-m", "bad").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isNotZero();
        assertThat(out).contains("bad.yaml:1:1: error: missing required key 'category'");
        pb.environment().put("PATH", "/usr/bin:/bin");
        p = pb.start();
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("without refnet on PATH the hook lets the commit through: " + out).isZero();
        assertThat(out).contains("'refnet' is not on PATH");
    }
}
