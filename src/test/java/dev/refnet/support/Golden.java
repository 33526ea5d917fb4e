package dev.refnet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden tests in the manner of hledger's: each folder under
 * {@code src/test/resources/golden/<suite>/<case>/} holds {@code args} (one argument per line;
 * blank lines and lines starting with {@code #} are skipped), optionally {@code env}
 * ({@code KEY=VALUE} lines, on top of NO_COLOR=1 and COLUMNS=80), and {@code out}, the exact
 * standard output expected with exit code 0 and nothing on standard error. refnet runs with the
 * repository as its working directory, so {@code --dir examples/harbor-light} works. Adding a
 * case is adding a folder; {@code -Dgolden.update=true} rewrites every {@code out} on purpose.
 */
public final class Golden {

    private Golden() {
    }

    /** The repository root (surefire passes it as {@code refnet.repo}). */
    public static Path repo() {
        return Path.of(System.getProperty("refnet.repo", "")).toAbsolutePath();
    }

    /** One dynamic test per case folder of the suite, in name order. */
    public static Stream<DynamicTest> cases(String suite) {
        Path root = repo().resolve("src/test/resources/golden").resolve(suite);
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(p -> Files.isRegularFile(p.resolve("args"))).sorted().forEach(dirs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(dirs).as("golden cases under " + root).isNotEmpty();
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(suite + "/" + dir.getFileName(), () -> check(dir)));
    }

    static void check(Path dir) throws IOException {
        List<String> args = lines(dir.resolve("args"));
        RefnetRun run = new RefnetRun(repo()).today(LocalDate.of(2026, 1, 15)).env("COLUMNS", "80");
        Path env = dir.resolve("env");
        if (Files.isRegularFile(env)) {
            for (String kv : lines(env)) {
                int eq = kv.indexOf('=');
                run.env(kv.substring(0, eq), eq == kv.length() - 1 ? null : kv.substring(eq + 1));
            }
        }
        RefnetRun.Result r = run.run(args.toArray(String[]::new));
        assertThat(r.code()).as("exit code of refnet %s%n%s", String.join(" ", args), r).isZero();
        assertThat(r.err()).as("standard error of refnet %s", String.join(" ", args)).isEmpty();
        Path out = dir.resolve("out");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(out, r.out(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(out).as("%s is missing; run the tests once with -Dgolden.update=true and review the diff", out)
                .isRegularFile();
        assertThat(r.out()).as("output of refnet %s (differs from %s; if the change is meant,"
                + " rerun with -Dgolden.update=true and review 'git diff')", String.join(" ", args), out)
                .isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
