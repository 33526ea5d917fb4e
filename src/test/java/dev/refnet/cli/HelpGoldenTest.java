package dev.refnet.cli;

import dev.refnet.support.Golden;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code --help} at a given width, case by case: src/test/resources/golden/help/<case>/. A long
 * example wraps between shell words with a hanging indent, never onto a line at column 0.
 */
class HelpGoldenTest {

    @TestFactory
    Stream<DynamicTest> help_output_matches_golden_files() throws IOException {
        return Golden.cases("help", LocalDate.of(2025, 3, 3), 80);
    }
}
