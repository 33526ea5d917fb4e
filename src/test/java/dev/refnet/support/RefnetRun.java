package dev.refnet.support;

import dev.refnet.cli.Refnet;
import dev.refnet.console.Environment;
import dev.refnet.console.Prompts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the real refnet command line in-process with captured output, a fixed clock and a
 * controlled environment (picocli's "Testing the Output"; kcctl's KcctlCommandContext).
 */
public final class RefnetRun {

    /** What one run printed and returned. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private Path cwd;
    private LocalDate today = LocalDate.of(2025, 3, 3);
    private boolean terminal;
    private int terminalColumns;
    private String typed;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    public RefnetRun(Path cwd) {
        this.cwd = cwd;
        env.put("HOME", cwd.toString());
        env.put("NO_COLOR", "1");
        env.put("COLUMNS", "120");
    }

    public RefnetRun env(String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
        return this;
    }

    public RefnetRun cwd(Path dir) {
        this.cwd = dir;
        return this;
    }

    /** The system date the run sees (its {@code --today} default). */
    public RefnetRun today(LocalDate date) {
        this.today = date;
        return this;
    }

    /** Pretend standard input and output are a terminal (colour still needs NO_COLOR unset). */
    public RefnetRun terminal(boolean on) {
        this.terminal = on;
        return this;
    }

    /** The width the pretend terminal reports (0: none), as JLine would read it from a real one. */
    public RefnetRun terminalColumns(int columns) {
        this.terminalColumns = columns;
        return this;
    }

    /**
     * A pretend terminal where the user types {@code typed} (lines ending in a newline) at refnet's
     * prompts; {@link #screen()} then holds what the prompts showed. Each run reads it afresh.
     */
    public RefnetRun typing(String typed) {
        this.typed = typed;
        this.terminal = true;
        return this;
    }

    /** What the prompts showed on the pretend terminal of {@link #typing}, over every run so far. */
    public String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    public Environment environment() {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        int columns = terminalColumns;
        return new Environment(Map.copyOf(env), cwd, clock, terminal, terminal, () -> columns);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Function<Environment, Prompts> opener = Prompts.opener;
        if (typed != null) {
            byte[] keys = typed.getBytes(StandardCharsets.UTF_8);
            Prompts.opener = env -> Prompts.on(new ByteArrayInputStream(keys), screen);
        }
        try {
            int code = Refnet.run(environment(), new PrintWriter(out), new PrintWriter(err), args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            Prompts.opener = opener;
        }
    }

    /** Runs with {@code --dir DIR} in front of the arguments. */
    public Result in(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
