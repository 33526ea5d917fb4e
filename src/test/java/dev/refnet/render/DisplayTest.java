package dev.refnet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void latinTextIsOneCellACharacterAccentsIncluded() {
        assertThat(Display.width("Dr. María López")).isEqualTo(15);
        assertThat(Display.width("Zoë Müller-Øberg")).isEqualTo(16);
    }

    @Test
    void marksAndFormatCharactersTakeNoCell() {
        assertThat(Display.width("e\u0301")).isEqualTo(1); // e + combining acute
        assertThat(Display.width("co\u00ADop")).isEqualTo(4); // soft hyphen
        assertThat(Display.width("a\u200Bb")).isEqualTo(2); // zero-width space
    }

    @Test
    void wideCharactersTakeTwo() {
        assertThat(Display.width("山田")).isEqualTo(4);
        assertThat(Display.width("김민준")).isEqualTo(6);
        assertThat(Display.width("🙂")).isEqualTo(2);
    }

    @Test
    void wrappingMeasuresEachLineAsItGoes() {
        assertThat(Display.wrap("  ", "one two three four five six seven eight nine ten eleven twelve", 24))
                .containsExactly("  one two three four", "  five six seven eight", "  nine ten eleven twelve");
        assertThat(Display.wrap("  ", "山田 山田 山田 山田 山田 山田", 24))
                .allSatisfy(line -> assertThat(Display.width(line)).isLessThanOrEqualTo(24));
    }

    @Test
    void a_unit_holding_spaces_is_never_broken_and_goes_whole_onto_a_line_of_its_own() {
        assertThat(Display.wrap("  ", java.util.List.of("thank", "Dr.", "López;", "next:", "refnet draft thank dr-maria-lopez"), 30))
                .containsExactly("  thank Dr. López; next:", "  refnet draft thank dr-maria-lopez");
    }

    @Test
    void later_lines_hang_under_the_text_after_the_prefix() {
        assertThat(Display.wrap("  fees:  ", "Intake $220; therapy $160 a session", 30))
                .containsExactly("  fees:  Intake $220; therapy", "         $160 a session");
    }
}
