package dev.refnet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

/**
 * What a command may know of the world outside its arguments: the environment variables, the
 * working directory, the clock and whether a person sits at a terminal. Tests pass their own.
 */
public record Environment(Map<String, String> env, Path cwd, Clock clock, boolean stdinIsTerminal, boolean stdoutIsTerminal) {

    public static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), new SystemClock(), console, console);
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
