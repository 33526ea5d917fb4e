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
 * Golden tests in the manner of hledger's: each folder {@code src/test/resources/golden/<group>/<case>/}
 * holds {@code args} (one argument per line; {@code #} starts a comment line), the expected
 * {@code out}, and optionally {@code err} (expected standard error; absent means empty),
 * {@code code} (expected exit code; absent means 0), {@code network} (the network folder,
 * relative to the repository; default {@code src/test/resources/networks/messy}, unless {@code args}
 * names {@code --dir} itself), {@code env} ({@code KEY=VALUE} lines, e.g. {@code COLUMNS=60}) and
 * {@code terminal} (when present, standard input and output are a terminal, as a person at one sees it).
 * refnet runs with the repository as its working directory, so {@code --dir examples/harbor-light}
 * works; each suite gives the date refnet takes for today and the terminal width.
 *
 * <p>Adding a case is adding a folder. The network's path is written {@code NETWORK} in the
 * expected output. Run with {@code -Dgolden.update=true} to (re)write {@code out}, {@code err}
 * and {@code code} from what refnet prints now; review the diff before committing it.
 */
public final class Golden {

    public static final String DEFAULT_NETWORK = "src/test/resources/networks/messy";

    private Golden() {
    }

    public static Path repo() {
        return Path.of(System.getProperty("refnet.repo", "")).toAbsolutePath();
    }

    /** One dynamic test per case folder of {@code group}, in name order. */
    public static Stream<DynamicTest> cases(String group, LocalDate today, int columns) throws IOException {
        Path dir = repo().resolve("src/test/resources/golden").resolve(group);
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p.resolve("args"))).sorted().forEach(cases::add);
        }
        assertThat(cases).as("golden cases in " + dir).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), c.toUri(), () -> check(c, today, columns)));
    }

    static void check(Path dir, LocalDate today, int columns) throws IOException {
        Path network = repo().resolve(read(dir.resolve("network")).orElse(DEFAULT_NETWORK).strip());
        // HOME is the repository here: keep the contact cache in target/, not in the work tree.
        RefnetRun run = new RefnetRun(repo()).today(today).env("COLUMNS", String.valueOf(columns))
                .env("XDG_CACHE_HOME", repo().resolve("target/golden-cache").toString());
        run.terminal(Files.exists(dir.resolve("terminal")));
        for (String line : read(dir.resolve("env")).orElse("").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String value = line.substring(eq + 1).strip();
                run.env(line.substring(0, eq).strip(), value.isEmpty() ? null : value);
            }
        }
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                args.add(line.strip());
            }
        }
        if (!args.contains("--dir")) {
            args.addAll(0, List.of("--dir", network.toString()));
        }
        RefnetRun.Result r = run.run(args.toArray(String[]::new));
        // refnet names files relative to the working directory (the repository) when they are below it.
        String relative = repo().relativize(network).toString();
        String out = r.out().replace(network.toString(), "NETWORK").replace(relative, "NETWORK");
        String err = r.err().replace(network.toString(), "NETWORK").replace(relative, "NETWORK");
        if (Boolean.getBoolean("golden.update")) {
            write(dir.resolve("out"), out);
            if (err.isEmpty()) {
                Files.deleteIfExists(dir.resolve("err"));
            } else {
                write(dir.resolve("err"), err);
            }
            if (r.code() == 0) {
                Files.deleteIfExists(dir.resolve("code"));
            } else {
                write(dir.resolve("code"), r.code() + "\n");
            }
            return;
        }
        String context = "golden case " + dir + " (regenerate with -Dgolden.update=true)\n" + r;
        assertThat(out).as(context).isEqualTo(read(dir.resolve("out")).orElse(""));
        assertThat(err).as(context).isEqualTo(read(dir.resolve("err")).orElse(""));
        assertThat(r.code()).as(context).isEqualTo(Integer.parseInt(read(dir.resolve("code")).orElse("0").strip()));
    }

    private static java.util.Optional<String> read(Path p) {
        try {
            return Files.exists(p) ? java.util.Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
