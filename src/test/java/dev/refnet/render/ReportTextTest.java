package dev.refnet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pieces of the text and Markdown reports that are easy to get subtly wrong. */
class ReportTextTest {

    @Test
    void bars_scale_to_the_largest_value_in_eighths_of_a_cell() {
        assertThat(ReportText.bar(10, 10, 4)).isEqualTo("████");
        assertThat(ReportText.bar(5, 10, 4)).isEqualTo("██");
        assertThat(ReportText.bar(3, 10, 4)).isEqualTo("█▎");   // 9.6 eighths -> 10: a cell and 2/8
        assertThat(ReportText.bar(1, 10, 4)).isEqualTo("▍");    // 3.2 eighths -> 3
        assertThat(ReportText.bar(0, 10, 4)).isEmpty();
    }

    @Test
    void a_value_above_zero_always_shows_at_least_an_eighth() {
        assertThat(ReportText.bar(1, 1000, 10)).isEqualTo("▏");
    }

    @Test
    void prose_wraps_at_spaces_to_the_width() {
        assertThat(ReportText.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
        assertThat(ReportText.wrap("unbreakableword here", 5)).containsExactly("unbreakableword", "here");
    }

    @Test
    void markdown_escapes_what_would_break_a_table_or_start_formatting() {
        assertThat(ReportMarkdown.escape("A | B *C* _d_ <e> [f](g) `h` #1 \\")).isEqualTo(
                "A \\| B \\*C\\* \\_d\\_ \\<e\\> \\[f\\](g) \\`h\\` \\#1 \\\\");
        assertThat(ReportMarkdown.escape("two\nlines")).isEqualTo("two lines");
    }
}
