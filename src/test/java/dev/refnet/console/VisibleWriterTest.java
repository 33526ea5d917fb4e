package dev.refnet.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.render.Style;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class VisibleWriterTest {

    static String through(boolean colour, String... writes) throws IOException {
        StringWriter sw = new StringWriter();
        VisibleWriter w = new VisibleWriter(sw, colour);
        for (String s : writes) {
            w.write(s);
        }
        w.flush();
        return sw.toString();
    }

    @Test
    void control_characters_are_written_escaped_and_text_is_untouched() throws IOException {
        assertThat(through(false, "Eve\u001b]0;owned\u0007 Smith")).isEqualTo("Eve\\e]0;owned\\u0007 Smith");
        assertThat(through(false, "a\u0000b\u202Ec\u2066d\u009Be")).isEqualTo("a\\0b\\u202Ec\\u2066d\\u009Be");
        assertThat(through(false, "Dr. María López\ttab\nline 李医生 C:\\path")).isEqualTo("Dr. María López\ttab\nline 李医生 C:\\path");
    }

    @Test
    void crlf_passes_and_a_lone_carriage_return_is_escaped_even_across_writes() throws IOException {
        assertThat(through(false, "a,b\r\nc,d\r\n")).isEqualTo("a,b\r\nc,d\r\n");
        assertThat(through(false, "a\r", "\nb")).isEqualTo("a\r\nb");
        assertThat(through(false, "a\rb")).isEqualTo("a\\rb");
        assertThat(through(false, "end\r")).isEqualTo("end\\r");
    }

    @Test
    void refnet_s_own_colours_reach_the_terminal_and_nothing_else_does() throws IOException {
        String red = Style.apply(Ansi.ON, "red", "overdue");
        assertThat(red).doesNotContain("\u001b");
        assertThat(through(true, red)).isEqualTo(Ansi.ON.string("@|red overdue|@")).contains("\u001b[31m");
        assertThat(through(false, red)).as("colour off: a mark is escaped too").doesNotContain("\u001b");
        assertThat(through(true, Style.MARK + "]52;c;ZXZpbA==\u0007")).as("a mark that starts no colour")
                .isEqualTo("\\uFDD0]52;c;ZXZpbA==\\u0007");
        assertThat(through(true, "\u001b[31mred")).as("ESC from text, even a colour").isEqualTo("\\e[31mred");
        assertThat(through(true, Style.apply(Ansi.ON, "bold", "Eve\u001b[2J"))).contains("\u001b[1m").contains("Eve\\e[2J")
                .doesNotContain("\u001b[2J");
    }
}
