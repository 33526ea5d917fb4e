package dev.refnet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group practice on one network (docs/format.md#section-7, issue 14): a bare remote, three clones of the example
 * network, three clinicians and one working day of them, run as users run it (bin/refnet and
 * real git, each clinician committing under their own name). After the syncs every entry any of
 * them was told was logged is on all three laptops, no value moved to another entry, every file
 * is private and check is clean; the one real disagreement is reported and settled.
 */
class GroupPracticeIT {

    static final Path REPO = Path.of(System.getProperty("refnet.repo", ".")).toAbsolutePath();
    static final Path LAUNCHER = REPO.resolve("bin/refnet");
    static final String TODAY = "2026-12-02";

    @TempDir
    Path tmp;

    Path remote;
    final Map<String, Path> laptops = new HashMap<>();

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Runs {@code cmd} in {@code dir} as clinician {@code who}. */
    Run as(String who, Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", tmp.toString());
        env.put("NO_COLOR", "1");
        env.put("GIT_AUTHOR_NAME", who);
        env.put("GIT_COMMITTER_NAME", who);
        env.remove("REFNET_DIR");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        // A guard against a hang only: a first run may train the launcher's archive.
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("finished: " + cmd).isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** bin/refnet on {@code who}'s laptop. */
    Run refnet(String who, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString(), "--today", TODAY));
        cmd.addAll(List.of(args));
        return as(who, laptops.get(who), cmd);
    }

    /** A refnet command that must succeed: what it says it did is what the day expects. */
    Run ok(String who, String... args) throws IOException, InterruptedException {
        Run r = refnet(who, args);
        assertThat(r.code()).as(who + ": refnet " + String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    String git(String who, Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Run r = as(who, dir, cmd);
        assertThat(r.code()).as("git " + String.join(" ", args) + "\n" + r).isZero();
        return r.out();
    }

    static final String JORDAN = "Jordan Ellis";
    static final String PRIYA = "Priya Shah";
    static final String MARCUS = "Marcus Webb";

    /** The practice's remote and the three laptops, each joined with a clone and one 'refnet sync'. */
    void practice() throws Exception {
        Path origin = tmp.resolve("origin");
        try (Stream<Path> files = Files.walk(REPO.resolve("examples/harbor-light"))) {
            for (Path p : files.toList()) {
                Path to = origin.resolve(REPO.resolve("examples/harbor-light").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        // One file as Windows writes it: a byte-order mark and CRLF line ends.
        Path sam = origin.resolve("contacts/sam-rivera.yaml");
        Files.writeString(sam, "\uFEFF" + Files.readString(sam).replace("\n", "\r\n"));
        Files.writeString(origin.resolve(".gitattributes"), "*.yaml -text diff\n");
        remote = tmp.resolve("practice.git");
        git(JORDAN, tmp, "init", "-q", "--bare", "-b", "main", remote.toString());
        git(JORDAN, origin, "init", "-q", "-b", "main");
        git(JORDAN, origin, "add", "-A");
        git(JORDAN, origin, "commit", "-q", "-m", "the practice's network");
        git(JORDAN, origin, "push", "-q", remote.toString(), "main");
        for (String who : List.of(JORDAN, PRIYA, MARCUS)) {
            Path laptop = tmp.resolve(who.split(" ")[0].toLowerCase());
            git(who, tmp, "clone", "-q", remote.toString(), laptop.toString());
            laptops.put(who, laptop);
            // Joining is one command: the first sync sets the clone up (merge driver, pull.rebase, modes).
            ok(who, "sync");
        }
    }

    @Test
    void a_working_day_of_three_clinicians_keeps_every_entry_in_its_place_on_every_laptop() throws Exception {
        practice();
        assertThat(Files.readString(laptops.get(MARCUS).resolve(".gitattributes")))
                .as("the first sync sent contact files to refnet's merge driver, for every clone")
                .contains("*.yaml -text diff\n").contains("contacts/*.yaml merge=refnet\n");
        assertThat(git(MARCUS, laptops.get(MARCUS), "config", "--get", "merge.refnet.driver")).contains("merge-file %O %A %B %P");
        List<String> before = exportLog(JORDAN);

        // Two clinicians log a referral from the same physician.
        ok(JORDAN, "log-referral", "--from", "dr-ellen-park", "--client", "C-0901", "--reason", "anxiety");
        ok(PRIYA, "log-referral", "--from", "dr-ellen-park", "--client", "C-0902", "--reason", "grief");
        // A referral and a thank-you to one partner.
        ok(JORDAN, "log-referral", "--from", "harbor-ymca", "--client", "C-0903");
        ok(MARCUS, "thank", "harbor-ymca");
        // An outcome set while another logs.
        ok(PRIYA, "outcome", "dr-hannah-okafor", "C-0335", "scheduled");
        ok(JORDAN, "log", "dr-hannah-okafor", "call", "--note", "asked about ADHD groups");
        // Notes edited by hand while another appends.
        Path stMarks = laptops.get(MARCUS).resolve("contacts/st-marks-church.yaml");
        String marks = Files.readString(stMarks);
        assertThat(marks).contains("notes:");
        Files.writeString(stMarks, marks.replaceFirst("notes: ?\\|?\\n", "$0  Marcus: the new pastor starts in January.\n"));
        ok(PRIYA, "log", "st-marks-church", "coffee", "--note", "met the youth leader");
        // The same contact added on two laptops, with different details.
        ok(JORDAN, "add-contact", "Dr. Ken Ito", "--category", "physician", "--phone", "555-0101");
        ok(PRIYA, "add-contact", "Dr. Ken Ito", "--category", "physician", "--email", "ito@example.org");
        // A CRLF file with a byte-order mark, logged to on two laptops.
        ok(JORDAN, "log", "sam-rivera", "coffee");
        ok(MARCUS, "log", "sam-rivera", "call");
        // A snooze while another logs.
        ok(MARCUS, "snooze", "harbor-senior-center", "2027-01-15");
        ok(JORDAN, "log", "harbor-senior-center", "email", "--note", "sent the grief group flyer");
        // A contact removed on one laptop and logged to on another.
        git(PRIYA, laptops.get(PRIYA), "rm", "-q", "contacts/harbor-weekly.yaml");
        git(PRIYA, laptops.get(PRIYA), "commit", "-q", "-m", "harbor weekly closed");
        ok(MARCUS, "log", "harbor-weekly", "call", "--note", "the editor still wants an article");
        // The same referral logged on two laptops.
        ok(JORDAN, "log-referral", "--from", "rev-claire-dunmore", "--client", "C-0904", "--reason", "grief",
                "--clinician", "Jordan Ellis");
        ok(MARCUS, "log-referral", "--from", "rev-claire-dunmore", "--client", "C-0904", "--reason", "grief",
                "--clinician", "Jordan Ellis");
        // Both set one outcome differently: the one real disagreement.
        ok(JORDAN, "outcome", "dr-maria-lopez", "C-0357", "seen");
        ok(PRIYA, "outcome", "dr-maria-lopez", "C-0357", "declined");

        Run jordan = ok(JORDAN, "sync");
        assertThat(jordan.out()).contains("sent ");
        Run priya = refnet(PRIYA, "sync");
        assertThat(priya.code()).as(priya.toString()).isEqualTo(1);
        assertThat(priya.err()).contains("Dr. María López (contacts/dr-maria-lopez.yaml)")
                .contains("outcome").contains("seen").contains("declined").contains("C-0357")
                .contains("refnet sync --keep-mine dr-maria-lopez").contains("refnet sync --keep-theirs dr-maria-lopez");
        assertThat(priya.err().lines().filter(l -> l.contains("was changed on both sides")).count())
                .as("only the real disagreement stops sync\n" + priya).isEqualTo(1);
        // Meanwhile Priya keeps working on the rest of the network.
        Path lopez = laptops.get(PRIYA).resolve("contacts/dr-maria-lopez.yaml");
        byte[] unsettled = Files.readAllBytes(lopez);
        Run due = refnet(PRIYA, "due");
        assertThat(due.code()).as(due.toString()).isZero();
        assertThat(due.err()).contains("refnet sync");
        ok(PRIYA, "log", "noor-haddad", "coffee", "--note", "lunch between sessions");
        assertThat(refnet(PRIYA, "log", "dr-maria-lopez", "call").code()).isEqualTo(1);
        assertThat(Files.readAllBytes(lopez)).as("nothing writes the unsettled file").isEqualTo(unsettled);
        Run settled = ok(PRIYA, "sync", "--keep-mine", "dr-maria-lopez");
        assertThat(settled.out()).startsWith("committed the merge you settled\n");

        Run marcus = ok(MARCUS, "sync");
        assertThat(marcus.out()).contains("entries from Jordan Ellis").contains("entries from Priya Shah");
        Run busy = ok(JORDAN, "sync");
        System.out.println("A busy day's sync, as Jordan saw it:\n" + busy.out());
        ok(PRIYA, "sync");
        ok(MARCUS, "sync");
        ok(JORDAN, "sync");

        String head = git(JORDAN, laptops.get(JORDAN), "rev-parse", "HEAD");
        for (String who : List.of(PRIYA, MARCUS)) {
            assertThat(git(who, laptops.get(who), "rev-parse", "HEAD")).as(who + " has what Jordan has").isEqualTo(head);
        }
        List<String> after = exportLog(JORDAN);
        List<String> added = without(after, before);
        List<String> gone = without(before, after);
        assertThat(gone).as("only the two outcomes changed an existing entry").hasSize(2)
                .anyMatch(r -> r.startsWith("dr-hannah-okafor,") && r.contains(",C-0335,"))
                .anyMatch(r -> r.startsWith("dr-maria-lopez,") && r.contains(",C-0357,"));
        assertThat(added).extracting(GroupPracticeIT::key).containsExactlyInAnyOrder(
                "dr-ellen-park referral-in C-0901 ", "dr-ellen-park referral-in C-0902 ",
                "harbor-ymca referral-in C-0903 ", "harbor-ymca thank-you  ",
                "dr-hannah-okafor referral-in C-0335 scheduled", "dr-hannah-okafor call  ",
                "st-marks-church coffee  ", "sam-rivera coffee  ", "sam-rivera call  ",
                "harbor-senior-center email  ", "harbor-weekly call  ", "rev-claire-dunmore referral-in C-0904 ",
                "dr-maria-lopez referral-in C-0357 declined", "noor-haddad coffee  ");
        for (String who : List.of(PRIYA, MARCUS)) {
            assertThat(exportLog(who)).as(who + "'s log is Jordan's").isEqualTo(after);
        }
        for (String who : List.of(JORDAN, PRIYA, MARCUS)) {
            Path laptop = laptops.get(who);
            Run check = ok(who, "check");
            assertThat(check.out()).as(who + "\n" + check).startsWith("no problems in ");
            assertThat(git(who, laptop, "status", "--porcelain")).as(who).isEmpty();
            String ito = Files.readString(laptop.resolve("contacts/dr-ken-ito.yaml"));
            assertThat(ito).contains("555-0101").contains("ito@example.org");
            assertThat(Files.readString(laptop.resolve("contacts/st-marks-church.yaml"))).contains("the new pastor starts in January");
            assertThat(Files.readString(laptop.resolve("contacts/harbor-senior-center.yaml"))).contains("snooze-until: 2027-01-15");
            byte[] samBytes = Files.readAllBytes(laptop.resolve("contacts/sam-rivera.yaml"));
            String samText = new String(samBytes, StandardCharsets.UTF_8);
            assertThat(samText).startsWith("\uFEFF");
            assertThat(samText.replace("\r\n", "")).as("CRLF kept on every line").doesNotContain("\n");
            try (Stream<Path> files = Files.walk(laptop)) {
                for (Path p : files.filter(p -> !laptop.relativize(p).toString().startsWith(".git")).toList()) {
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                    assertThat(mode).as(who + ": " + p).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
                }
            }
        }
    }

    /** The log as CSV rows, header aside, sorted. */
    List<String> exportLog(String who) throws IOException, InterruptedException {
        Run r = ok(who, "export", "log", "--format", "csv");
        return r.out().lines().skip(1).sorted().toList();
    }

    static List<String> without(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String s : b) {
            rest.remove(s);
        }
        return rest;
    }

    /** contact, type, client and outcome of an exported row (contact,name,category,date,type,client,to,from,reason,outcome,note). */
    static String key(String row) {
        List<String> f = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(row, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            parser.getRecords().get(0).forEach(f::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return f.get(0) + " " + f.get(4) + " " + f.get(5) + " " + f.get(9);
    }

    @Test
    void the_pre_commit_hook_lets_a_settled_merge_commit_through() throws Exception {
        Path net = tmp.resolve("solo");
        List<String> init = List.of(LAUNCHER.toString(), "init", net.toString(), "--git", "--clinician", JORDAN);
        assertThat(as(JORDAN, tmp, init).code()).isZero();
        laptops.put("solo", net);
        ok("solo", "add-contact", "Dr. Ken Ito", "--category", "physician");
        git(JORDAN, net, "checkout", "-q", "-b", "other");
        ok("solo", "log", "dr-ken-ito", "coffee");
        git(JORDAN, net, "checkout", "-q", "-");
        ok("solo", "log", "dr-ken-ito", "call", "--date", "2026-11-30");
        git(JORDAN, net, "merge", "-q", "--no-ff", "--no-commit", "other");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("refnet"), LAUNCHER);
        ProcessBuilder pb = new ProcessBuilder("git", "commit", "--no-edit").directory(net.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("HOME", tmp.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("the hook ran refnet check on the merged files and let the commit through:\n" + out).isZero();
        assertThat(git(JORDAN, net, "log", "-1", "--format=%p").strip().split(" ")).as("a merge commit").hasSize(2);
    }
}
