package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of edits to hand-written files (issue 3, item 3): each folder under
 * {@code golden/append/} holds {@code before.yaml}, {@code args} (one argument a line,
 * {@code \n} for a line break) and {@code expected.yaml}; the file after the command must
 * equal {@code expected.yaml} byte for byte. Regenerate on purpose only, with
 * {@code -Dgolden.update=true}, and read the diff before committing it.
 */
class AppendGoldenTest {

    static final Path CASES = Path.of(System.getProperty("refnet.repo", "."), "src/test/resources/golden/append");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path tmp;

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<String> args(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8)) {
            out.add(line.replace("\\n", "\n"));
        }
        return out;
    }

    /** Cases whose command only adds lines (the others change or remove some: outcome, archive, rename, unlog...). */
    static boolean isAppend(List<String> args) {
        return List.of("log", "thank", "log-referral").contains(args.get(0));
    }

    /** A network with two clinicians and the case's file as contacts/pat.yaml. */
    static Path network(Path root, Path caseDir) throws IOException {
        Path net = root.resolve(caseDir.getFileName().toString());
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "clinicians: [Jordan Ellis, Priya Shah]\n");
        Files.write(net.resolve("contacts/pat.yaml"), Files.readAllBytes(caseDir.resolve("before.yaml")));
        return net;
    }

    @TestFactory
    Stream<DynamicTest> each_edit_gives_exactly_the_expected_bytes() throws IOException {
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path net = network(tmp, dir);
            // A day after every case's --date: an entry dated after today is refused.
            RefnetRun.Result r = new RefnetRun(tmp).today(java.time.LocalDate.of(2026, 1, 1)).in(net, args(dir).toArray(String[]::new));
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out().lines()).as("one line saying what was recorded").hasSize(1);
            byte[] after = Files.readAllBytes(net.resolve("contacts/pat.yaml"));
            Path expected = dir.resolve("expected.yaml");
            if (UPDATE) {
                Files.write(expected, after);
            }
            assertThat(new String(after, StandardCharsets.UTF_8))
                    .isEqualTo(new String(Files.readAllBytes(expected), StandardCharsets.UTF_8));
            assertThat(after).isEqualTo(Files.readAllBytes(expected));
            byte[] before = Files.readAllBytes(dir.resolve("before.yaml"));
            if (isAppend(args(dir)) && before.length > 0 && before[before.length - 1] == '\n') {
                assertThat(onlyAdded(before, after)).as("every byte of the old file kept, in order, only lines added").isTrue();
            }
        }));
    }

    /** Whether {@code after} is {@code before} with whole lines inserted. */
    static boolean onlyAdded(byte[] before, byte[] after) {
        List<String> a = lines(new String(before, StandardCharsets.UTF_8));
        List<String> b = lines(new String(after, StandardCharsets.UTF_8));
        int i = 0;
        for (String line : b) {
            if (i < a.size() && a.get(i).equals(line)) {
                i++;
            }
        }
        return i == a.size() && b.size() > a.size() || sameLineGrew(a, b);
    }

    /** A flow list on one line grows in place: the only change is text inserted into one line. */
    private static boolean sameLineGrew(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        int changed = 0;
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).equals(b.get(k))) {
                changed++;
            }
        }
        return changed == 1;
    }

    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int lf = s.indexOf('\n', start);
            int end = lf < 0 ? s.length() : lf + 1;
            out.add(s.substring(start, end));
            start = end;
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> in_git_an_append_is_a_diff_of_only_added_lines() throws IOException {
        return cases().stream().filter(dir -> {
            try {
                return isAppend(args(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path net = network(tmp, dir);
            git(net, "init", "-q");
            git(net, "add", ".");
            git(net, "commit", "-q", "-m", "hand-written");
            // A day after every case's --date: an entry dated after today is refused.
            RefnetRun.Result r = new RefnetRun(tmp).today(java.time.LocalDate.of(2026, 1, 1)).in(net, args(dir).toArray(String[]::new));
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.err()).as("no git warning").isEmpty();
            assertThat(git(net, "rev-list", "--count", "HEAD").strip()).as("refnet committed").isEqualTo("2");
            String numstat = git(net, "diff", "--numstat", "HEAD~1", "HEAD").strip();
            String diff = git(net, "diff", "HEAD~1", "HEAD");
            List<String> changed = diff.lines().dropWhile(l -> !l.startsWith("@@"))
                    .filter(l -> !l.startsWith("@@") && !l.startsWith(" ") && !l.startsWith("\\")).toList();
            byte[] before = Files.readAllBytes(dir.resolve("before.yaml"));
            boolean endsWithNewline = before[before.length - 1] == '\n';
            // A flow list written on one line must change that line; one written an item a line
            // (flow-log-multiline*) gets its new entry on a line of its own.
            String name = dir.getFileName().toString();
            boolean oneLineFlow = name.startsWith("flow-log") && !name.startsWith("flow-log-multiline");
            if (endsWithNewline && !oneLineFlow) {
                assertThat(numstat).as(diff).matches("\\d+\t0\tcontacts/pat\\.yaml");
                assertThat(changed).as(diff).isNotEmpty().allMatch(l -> l.startsWith("+"));
            } else {
                // A last line without its newline, or a one-line flow list, must change in place:
                // one line out, the same text with more in.
                assertThat(numstat).as(diff).matches("\\d+\t1\tcontacts/pat\\.yaml");
                String removed = changed.stream().filter(l -> l.startsWith("-")).findFirst().orElseThrow().substring(1);
                assertThat(changed.stream().filter(l -> l.startsWith("+")).map(l -> l.substring(1)))
                        .as(diff).anyMatch(added -> keepsInOrder(removed, added));
            }
        }));
    }

    /** Whether every character of {@code old} is in {@code now}, in order: text was only inserted. */
    static boolean keepsInOrder(String old, String now) {
        int i = 0;
        for (int k = 0; k < now.length() && i < old.length(); k++) {
            if (now.charAt(k) == old.charAt(i)) {
                i++;
            }
        }
        return i == old.length();
    }

    static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return out;
    }
}
