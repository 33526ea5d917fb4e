package dev.refnet.cli;

import dev.refnet.support.Golden;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The messages of {@code refnet draft}, case by case (src/test/resources/golden/draft/): each consent
 * level and each kind for every category, as text and as mailto: links, with accented names,
 * apostrophes and a contact file saved with Windows line ends; and the one-line errors.
 */
class DraftGoldenTest {

    @TestFactory
    Stream<DynamicTest> draft_output_matches_golden_files() throws IOException {
        return Golden.cases("draft", LocalDate.of(2025, 3, 3), 100);
    }
}
