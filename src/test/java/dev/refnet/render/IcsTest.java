package dev.refnet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsTest {

    @Test
    void text_values_escape_backslash_semicolon_comma_and_newlines() {
        assertThat(Ics.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void long_lines_fold_at_75_octets_without_splitting_a_character() {
        String value = "é".repeat(100);  // two octets each
        String out = new Ics().text("SUMMARY", value).toString();
        String[] lines = out.split("\r\n");
        assertThat(lines.length).isGreaterThan(2);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith(" ");
        }
        assertThat(out.replace("\r\n ", "")).isEqualTo("SUMMARY:" + value + "\r\n");
    }

    @Test
    void a_line_of_exactly_75_octets_is_not_folded() {
        String line = "X".repeat(75);
        assertThat(new Ics().line(line).toString()).isEqualTo(line + "\r\n");
        assertThat(new Ics().line(line + "Y").toString()).isEqualTo(line + "\r\n Y\r\n");
    }
}
