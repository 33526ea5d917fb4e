package dev.refnet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a command may know of the world outside its arguments: the environment variables, the
 * working directory, the clock and whether a person sits at a terminal. Tests pass their own.
 */
public record Environment(Map<String, String> env, Path cwd, Clock clock, boolean stdinIsTerminal, boolean stdoutIsTerminal) {

    public static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), Clock.systemDefaultZone(), console, console);
    }

    public LocalDate systemToday() {
        return LocalDate.now(clock);
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or TERM is dumb. */
    public boolean colour() {
        String noColor = env.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /** The terminal's width when known (COLUMNS), else 100. */
    public int width() {
        try {
            int w = Integer.parseInt(env.getOrDefault("COLUMNS", ""));
            return w >= 40 ? w : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
