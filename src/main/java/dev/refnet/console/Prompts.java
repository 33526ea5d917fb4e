package dev.refnet.console;

import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Questions asked on a real terminal for values missing from the command line, one per
 * field with a default and completion of known values (hledger's {@code add} is the model).
 * Built on a JLine line reader: line editing, Tab completion, and the answer checked on the spot.
 */
public abstract class Prompts implements AutoCloseable {

    /**
     * How prompts are opened. Tests swap in {@link #on(InputStream, OutputStream)}; a terminal
     * cannot be handed through {@link Environment}, which holds only plain values.
     */
    public static Function<Environment, Prompts> opener = env -> system();

    /** A prompt on the user's terminal, or null when standard input is not one (then nothing is asked). */
    public static Prompts open(Environment env) {
        return env.stdinIsTerminal() ? opener.apply(env) : null;
    }

    /**
     * Asks until {@code validate} returns null for the answer; an empty answer takes
     * {@code defaultValue}. {@code candidates} complete on Tab.
     */
    public abstract String ask(String question, String defaultValue, List<String> candidates, Function<String, String> validate);

    @Override
    public abstract void close();

    /** Prompts on the process's terminal, or null when JLine cannot open it. */
    public static Prompts system() {
        try {
            Terminal t = TerminalBuilder.builder().system(true).dumb(false).build();
            if (t.getWidth() <= 0) {
                // A pseudo-terminal nobody sized (a script, an editor's shell): JLine would draw nothing.
                t.setSize(new Size(80, 24));
            }
            return new JLine(t);
        } catch (IOException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * Prompts on given streams through JLine's stream terminal: for tests, and the same code path as
     * a real one. It claims to be an ANSI terminal, because JLine turns completion off on "dumb" ones.
     */
    public static Prompts on(InputStream in, OutputStream out) {
        try {
            Terminal t = new DumbTerminal("refnet", "ansi", in, out, StandardCharsets.UTF_8);
            t.setSize(new Size(120, 40));
            return new JLine(t);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JLine implementation. */
    static final class JLine extends Prompts {

        private final Terminal terminal;
        private final LineReader reader;
        private List<String> candidates = List.of();

        JLine(Terminal terminal) {
            this.terminal = terminal;
            this.reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("refnet")
                    .parser(new WholeLine())
                    .completer((r, line, out) -> {
                        for (String c : candidates) {
                            // Shown escaped as all output is: a name may hold terminal controls.
                            out.add(new Candidate(c, Visible.of(c), null, null, null, null, false));
                        }
                    })
                    .option(LineReader.Option.CASE_INSENSITIVE, true)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.AUTO_LIST, true)
                    // Tab lists the choices and completes only what was typed: a second Tab must not
                    // put the first choice in the answer (Tab, Tab, Enter once recorded "declined").
                    .option(LineReader.Option.AUTO_MENU, false)
                    .option(LineReader.Option.MENU_COMPLETE, false)
                    .build();
        }

        @Override
        public String ask(String question, String defaultValue, List<String> candidates, Function<String, String> validate) {
            this.candidates = new ArrayList<>(candidates);
            boolean hasDefault = defaultValue != null && !defaultValue.isEmpty();
            String prompt = Visible.oneLine(question + (hasDefault ? " [" + defaultValue + "]" : "")) + ": ";
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt);
                } catch (UserInterruptException | EndOfFileException e) {
                    throw RefnetException.usage("no answer for " + question.toLowerCase(java.util.Locale.ROOT)
                            + "; nothing was written");
                }
                String answer = line.strip();
                if (answer.isEmpty() && defaultValue != null) {
                    answer = defaultValue;
                }
                String why = validate.apply(answer);
                if (why == null) {
                    return answer;
                }
                // Wrapped at spaces to the terminal's width, so the terminal never breaks a word.
                int width = terminal.getWidth() > 20 ? terminal.getWidth() - 1 : 79;
                for (String l : dev.refnet.render.Display.wrap(Visible.oneLine(why) + "; try again (Tab shows choices, Ctrl-D gives up)", width - 2)) {
                    terminal.writer().println("  " + l);
                }
                terminal.writer().flush();
            }
        }

        @Override
        public void close() {
            try {
                terminal.close();
            } catch (IOException e) {
                // nothing left to do with a terminal that will not close
            }
        }
    }

    /** The whole answer is one word, so Tab completes names with spaces and nothing is escaped. */
    private static final class WholeLine implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            return new Line(line, cursor);
        }
    }

    private record Line(String line, int cursor) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(0, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(line);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return cursor;
        }

        @Override
        public int rawWordLength() {
            return cursor;
        }
    }
}
