package dev.refnet.console;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The width of the terminal refnet's output goes to, from JLine (which asks the tty itself),
 * measured once per run and only when text is laid out for a terminal with COLUMNS unset.
 */
public final class TerminalColumns {

    private static int measured = -1;

    private TerminalColumns() {
    }

    /** The columns of the process's terminal, or 0 when it cannot be told. */
    public static synchronized int measure() {
        if (measured < 0) {
            measured = 0;
            try (Terminal t = TerminalBuilder.builder().system(true).dumb(true)
                    .systemOutput(TerminalBuilder.SystemOutput.SysOut)
                    .nativeSignals(false).signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
                measured = Math.max(0, t.getWidth());
            } catch (IOException | RuntimeException | LinkageError e) {
                // no terminal size to be had: the caller's default applies
            }
        }
        return measured;
    }
}
