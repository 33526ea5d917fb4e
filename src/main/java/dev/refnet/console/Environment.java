package dev.refnet.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.IntSupplier;

/**
 * What a command may know of the world outside its arguments: the environment variables, the
 * working directory, the clock and whether a person sits at a terminal. Tests pass their own.
 */
public record Environment(Map<String, String> env, Path cwd, Clock clock, boolean stdinIsTerminal, boolean stdoutIsTerminal,
        IntSupplier terminalColumns) {

    /** A world whose terminal, if any, has no size to tell (tests; COLUMNS still counts). */
    public Environment(Map<String, String> env, Path cwd, Clock clock, boolean stdinIsTerminal, boolean stdoutIsTerminal) {
        this(env, cwd, clock, stdinIsTerminal, stdoutIsTerminal, () -> 0);
    }

    public static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), new SystemClock(), console, console,
                TerminalColumns::measure);
    }

    public LocalDate systemToday() {
        return clock instanceof SystemClock ? SystemClock.today() : LocalDate.now(clock);
    }

    /**
     * The system clock in the default time zone, which it looks up only when asked: every run
     * makes an Environment, but java.time's zone rules read the whole time-zone database at
     * first use, and the local date needs only the zone's offset now.
     */
    static final class SystemClock extends Clock {

        static LocalDate today() {
            long now = System.currentTimeMillis();
            return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), 86_400_000L));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or TERM is dumb. */
    public boolean colour() {
        String noColor = env.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /**
     * How wide human-facing text may be: {@code COLUMNS} when set (bash does not export it, so it
     * is an override); else, when standard output is a terminal, the terminal's own width, asked
     * once and only when text is laid out; else 100 (a pipe or file, where nothing wraps).
     */
    public int width() {
        try {
            int w = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
            if (w >= 40) {
                return w;
            }
        } catch (NumberFormatException e) {
            // not a number: as if unset
        }
        if (stdoutIsTerminal) {
            int w = terminalColumns.getAsInt();
            return w >= 20 ? w : 80;
        }
        return 100;
    }

    /** The width for picocli's --help: {@link #width()} on a terminal or when COLUMNS says so, else picocli's 80. */
    public int helpWidth() {
        boolean told = env.containsKey("COLUMNS") || stdoutIsTerminal;
        return Math.max(55, told ? width() : 80); // picocli's narrowest usage width is 55
    }
}
