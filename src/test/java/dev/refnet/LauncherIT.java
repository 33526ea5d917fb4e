package dev.refnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/refnet} as a user would: a separate process, started from another working
 * directory, against the jar that {@code package} built (the launcher must not rebuild it).
 */
class LauncherIT {

    static final Path REPO = Path.of(System.getProperty("refnet.repo", ".")).toAbsolutePath();
    static final Path LAUNCHER = REPO.resolve("bin/refnet");
    static final Path JAR = REPO.resolve("target/refnet.jar");

    @TempDir
    Path tmp;

    FileTime jarTime;

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    @BeforeEach
    void jarIsBuilt() throws IOException {
        assertThat(JAR).as("integration tests run after 'package'").exists();
        jarTime = Files.getLastModifiedTime(JAR);
    }

    @AfterEach
    void launcherDidNotRebuild() throws IOException {
        assertThat(Files.getLastModifiedTime(JAR)).as("bin/refnet must not rebuild a fresh jar").isEqualTo(jarTime);
    }

    /** Runs a shell line in {@code tmp} with {@code $REFNET} set to the launcher. */
    Run sh(String line) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).directory(tmp.toFile());
        Map<String, String> env = pb.environment();
        env.put("REFNET", LAUNCHER.toString());
        env.put("HOME", tmp.toString());
        env.put("NO_COLOR", "1");
        env.remove("REFNET_DIR");
        env.remove("XDG_DATA_HOME");
        Path out = tmp.resolve(".out");
        Path err = tmp.resolve(".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        // A guard against a hang only: a first run trains an archive, which on a busy machine takes minutes.
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("finished: " + line).isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    Run refnet(String args) throws IOException, InterruptedException {
        return sh("\"$REFNET\" " + args);
    }

    @Test
    void version_works_from_any_directory() throws Exception {
        Run r = refnet("--version");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("refnet ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void help_lists_the_commands() throws Exception {
        Run r = refnet("--help");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: refnet").contains("init").contains("add-contact").contains("log-referral")
                .contains("outcome");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void lists_the_example_network() throws Exception {
        Run r = refnet("--dir '" + REPO.resolve("examples/harbor-light") + "' --today 2026-11-27 list");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).as("every example file loads cleanly").isEmpty();
        assertThat(r.out()).contains("Dr. María López").contains("Harbor Weekly");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ contacts");
        int count = Integer.parseInt(r.out().lines().reduce((a, b) -> b).orElseThrow().split(" ")[0]);
        assertThat(count).isBetween(40, 55);
    }

    @Test
    void a_new_network_with_git_records_each_step_as_a_commit_and_stays_private() throws Exception {
        Run init = sh("umask 000; \"$REFNET\" init referrals --practice 'Harbor Light Counseling' --clinician 'Jordan Ellis'"
                + " --clinician 'Priya Shah' --git");
        assertThat(init.code()).as(init.toString()).isZero();
        Run add = sh("umask 000; cd referrals && \"$REFNET\" add-contact 'Dr. María López' --category doctor --every 45d");
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(add.out()).isEqualTo("added Dr. María López (physician) as contacts/dr-maria-lopez.yaml, id dr-maria-lopez\n");
        Run ref = sh("cd referrals/contacts && \"$REFNET\" log-referral --from lopez --client C-0142 --reason anxiety"
                + " --clinician priya --date 2026-11-20");
        assertThat(ref.code()).as(ref.toString()).isZero();
        assertThat(ref.out()).isEqualTo("logged referral-in from Dr. María López (C-0142) to Priya Shah on 2026-11-20\n");
        Run thank = refnet("--dir referrals thank lopez --date 2026-11-21");
        assertThat(thank.code()).as(thank.toString()).isZero();

        Run log = sh("git -C referrals log --format=%s");
        assertThat(log.out().lines()).containsExactly(
                "log a thank-you to Dr. María López",
                "log referral-in from Dr. María López (C-0142)",
                "add contact Dr. María López",
                "refnet init: Harbor Light Counseling");
        assertThat(sh("git -C referrals status --porcelain").out()).isEmpty();

        Path net = tmp.resolve("referrals");
        String written = Files.readString(net.resolve("contacts/dr-maria-lopez.yaml"));
        assertThat(written.replaceFirst("since: \\d{4}-\\d{2}-\\d{2}\n", "since: TODAY\n")).isEqualTo("""
                name: Dr. María López
                category: physician
                follow-up: 45d
                since: TODAY
                log:
                  - date: 2026-11-20
                    type: referral-in
                    client: C-0142
                    to: Priya Shah
                    reason: anxiety
                  - date: 2026-11-21
                    type: thank-you
                """);
        var dirMode = PosixFilePermissions.fromString("rwx------");
        var fileMode = PosixFilePermissions.fromString("rw-------");
        assertThat(Files.getPosixFilePermissions(net)).as("even with umask 000").isEqualTo(dirMode);
        assertThat(Files.getPosixFilePermissions(net.resolve("contacts"))).isEqualTo(dirMode);
        for (String f : List.of("refnet.yaml", ".gitattributes", "contacts/dr-maria-lopez.yaml")) {
            assertThat(Files.getPosixFilePermissions(net.resolve(f))).as(f).isEqualTo(fileMode);
        }
    }

    @Test
    void bad_input_is_one_plain_line_and_the_right_exit_code() throws Exception {
        assertThat(refnet("init net --clinician 'Jordan Ellis'").code()).isZero();
        assertThat(refnet("--dir net add-contact 'Sam Rivera' --category therapist").code()).isZero();
        byte[] before = Files.readAllBytes(tmp.resolve("net/contacts/sam-rivera.yaml"));
        List<Run> bad = new ArrayList<>();
        bad.add(refnet("--dir net log-referral --from sam --client 'Jane Doe'"));
        bad.add(refnet("--dir net log sam coffee --date 2025-02-30"));
        bad.add(refnet("--dir net list --colour"));
        for (Run r : bad) {
            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).as(r.toString()).isEmpty();
            assertThat(r.err().lines()).as(r.toString()).hasSize(1);
            assertThat(r.err()).as(r.toString()).startsWith("refnet: ").doesNotContain("Exception").doesNotContain("at dev.refnet");
        }
        assertThat(bad.get(0).err()).contains("looks like a name");
        Run missing = refnet("--dir net show nobody");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(missing.err()).doesNotContain("Exception");
        assertThat(Files.readAllBytes(tmp.resolve("net/contacts/sam-rivera.yaml"))).isEqualTo(before);
    }

    @Test
    void the_classes_of_a_run_come_from_the_start_up_archive() throws Exception {
        // The speed of every run rests on the archive, and a JVM that refuses one says nothing
        // (the launcher turns its warnings off); so look at where the classes came from.
        Path log = tmp.resolve("classes.log");
        Run r = sh("REFNET_CDS=1 JAVA_TOOL_OPTIONS='-Xlog:class+load:file=" + log + "' \"$REFNET\" --dir '"
                + REPO.resolve("examples/harbor-light") + "' --today 2026-11-27 due");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> loaded = Files.readAllLines(log);
        for (String name : List.of("dev.refnet.Main", "dev.refnet.cli.DueCommand", "picocli.CommandLine", "java.lang.Object")) {
            assertThat(loaded).as(name).anyMatch(l -> l.contains(" " + name + " source: shared objects file"));
        }
        long fromJar = loaded.stream().filter(l -> l.contains("source: file:")).count();
        assertThat(fromJar).as("classes read from the jar rather than the archive").isZero();
    }

    @Test
    void an_archive_the_jvm_refuses_is_made_again_once_and_then_given_up_for_that_jar() throws Exception {
        // A checkout of its own (launcher and jar only), so that its archive is this test's.
        Path checkout = tmp.resolve("checkout");
        Files.createDirectories(checkout.resolve("bin"));
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(LAUNCHER, checkout.resolve("bin/refnet"), StandardCopyOption.COPY_ATTRIBUTES);
        Path jar = checkout.resolve("target/refnet.jar");
        Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);
        Instant now = Instant.now();
        Files.setLastModifiedTime(jar, FileTime.from(now.minus(Duration.ofHours(2))));
        String run = "REFNET_CDS=1 '" + checkout.resolve("bin/refnet") + "' --dir '" + REPO.resolve("examples/harbor-light")
                + "' --today 2026-11-27 list";
        Path cds = checkout.resolve("target/cds");

        Run first = sh(run);
        assertThat(first.code()).as(first.toString()).isZero();
        Path archive;
        try (Stream<Path> files = Files.list(cds)) {
            archive = files.filter(f -> f.toString().endsWith(".jsa")).findFirst().orElseThrow();
        }
        Path refused = Path.of(archive + ".refused");
        Path failed = Path.of(archive + ".failed");
        Object made = fileKey(archive);
        assertThat(sh(run).out()).isEqualTo(first.out());
        assertThat(fileKey(archive)).as("kept while the JVM uses it").isEqualTo(made);
        assertThat(refused).doesNotExist();

        // A JVM that cannot use the archive (here a damaged one; a JDK updated in place or another
        // JDK behind the same java command alike) runs without it, silently, and says so for the launcher.
        damage(archive, now.minus(Duration.ofHours(1)));
        Run refusedRun = sh(run);
        assertThat(refusedRun.code()).as(refusedRun.toString()).isZero();
        assertThat(refusedRun.out()).isEqualTo(first.out());
        assertThat(refusedRun.err()).isEmpty();
        assertThat(refused).exists();
        assertThat(failed).doesNotExist();

        Run remade = sh(run);
        assertThat(remade.code()).as(remade.toString()).isZero();
        assertThat(remade.out()).isEqualTo(first.out());
        assertThat(remade.err()).isEmpty();
        assertThat(fileKey(archive)).as("made again").isNotEqualTo(made);
        assertThat(refused).doesNotExist();

        // Refused again within a minute of being made: made by this very JVM, so no loop of remaking;
        // the launcher runs without an archive until the jar changes.
        damage(archive, Instant.now());
        assertThat(sh(run).code()).isZero();
        assertThat(failed).exists();
        Object damaged = fileKey(archive);
        Run givenUp = sh(run);
        assertThat(givenUp.code()).as(givenUp.toString()).isZero();
        assertThat(givenUp.out()).isEqualTo(first.out());
        assertThat(givenUp.err()).isEmpty();
        assertThat(fileKey(archive)).as("not made again for this jar").isEqualTo(damaged);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** Overwrites the archive's header, then sets its modification time (still newer than the jar). */
    private static void damage(Path archive, Instant modified) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
            f.write(new byte[64]);
        }
        Files.setLastModifiedTime(archive, FileTime.from(modified));
    }
}
