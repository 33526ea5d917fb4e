package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.render.Display;
import dev.refnet.support.Golden;
import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The text of {@code refnet show}, case by case: src/test/resources/golden/show/<case>/. On a
 * terminal long notes and values wrap between words under their value; to a pipe they stay whole.
 */
class ShowGoldenTest {

    @TestFactory
    Stream<DynamicTest> show_text_output_matches_golden_files() throws IOException {
        return Golden.cases("show", LocalDate.of(2025, 3, 3), 120);
    }

    @Test
    void without_COLUMNS_show_wraps_at_the_width_the_terminal_reports() {
        RefnetRun.Result r = new RefnetRun(Golden.repo()).env("COLUMNS", null).terminal(true).terminalColumns(64)
                .env("XDG_CACHE_HOME", Golden.repo().resolve("target/golden-cache").toString()).today(LocalDate.of(2025, 3, 3))
                .in(Golden.repo().resolve("src/test/resources/networks/long-text"), "show", "whitfield");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> !l.contains("https://")))
                .allSatisfy(l -> assertThat(Display.width(l)).as(l).isLessThanOrEqualTo(64));
        assertThat(r.out()).contains("  fees:                Intake $220; therapy $160 a session;\n"
                + "                       sliding scale down to $60 for families on\n"
                + "                       MaineCare waitlists\n");
    }
}
