package dev.refnet.console;

import dev.refnet.model.Visible;
import dev.refnet.render.Style;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard output and error as they reach a person: the one place where text from the network
 * (a name, a note, a reason, written by anyone) meets the terminal. Every character that
 * {@link Visible} escapes is written in its escaped form ({@code \e}, {@code \0},
 * {@code \u202E}), whichever command or renderer wrote it, so a clear-screen, window-title or
 * clipboard sequence in a contact file is shown, never obeyed. CRLF passes (CSV and ICS rows end
 * with it); a lone CR is {@code \r}.
 *
 * <p>refnet's own colours are the one exception: {@link Style} writes them with {@link Style#MARK}
 * in place of ESC, and only a mark that starts a colour sequence ({@code [}, digits and
 * semicolons, {@code m}) becomes ESC again, and only when colour is on. Any other mark is escaped
 * like the rest, so text in a file can at most ask for a colour, never move the cursor or talk to
 * the terminal.
 */
public final class VisibleWriter extends Writer {

    private final Writer out;
    private final boolean colour;
    /** A CR waiting to see whether a line feed follows it. */
    private boolean carriageReturn;
    /** A mark and what followed it so far, while it may still be a colour sequence; empty otherwise. */
    private final StringBuilder sequence = new StringBuilder();

    public VisibleWriter(Writer out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int plain = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (sequence.isEmpty() && !carriageReturn && c != '\r' && c != Style.MARK && !Visible.escaped(c)) {
                continue;
            }
            out.write(buf, plain, i - plain);
            plain = i + 1;
            one(c);
        }
        if (plain < end) {
            out.write(buf, plain, end - plain);
        }
    }

    private void one(char c) throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            if (c == '\n') {
                out.write("\r\n");
                return;
            }
            out.write(Visible.escape('\r'));
        }
        if (!sequence.isEmpty()) {
            sequence.append(c);
            boolean open = sequence.length() > 32 ? false
                    : sequence.length() == 2 ? c == '[' : (c >= '0' && c <= '9') || c == ';';
            if (c == 'm' && sequence.length() > 2 && sequence.length() <= 32) {
                out.write('\u001B');
                out.write(sequence.substring(1));
                sequence.setLength(0);
                return;
            }
            if (open) {
                return;
            }
            String held = sequence.toString();
            sequence.setLength(0);
            out.write(escapedMark());
            write(held.substring(1).toCharArray(), 0, held.length() - 1);
            return;
        }
        if (c == '\r') {
            carriageReturn = true;
        } else if (c == Style.MARK && colour) {
            sequence.append(c);
        } else if (c == Style.MARK) {
            out.write(escapedMark());
        } else if (Visible.escaped(c)) {
            out.write(Visible.escape(c));
        } else {
            out.write(c);
        }
    }

    private static String escapedMark() {
        return String.format("\\u%04X", (int) Style.MARK);
    }

    /** Writes out what is held back (a CR, the start of a sequence) as it stands. */
    private void release() throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            out.write(Visible.escape('\r'));
        }
        if (!sequence.isEmpty()) {
            String held = sequence.toString();
            sequence.setLength(0);
            out.write(escapedMark());
            write(held.substring(1).toCharArray(), 0, held.length() - 1);
        }
    }

    /** What was held back goes out as it stands: refnet flushes after whole lines, never inside a CRLF or a colour. */
    @Override
    public void flush() throws IOException {
        release();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        release();
        out.close();
    }
}
