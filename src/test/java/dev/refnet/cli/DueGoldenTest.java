package dev.refnet.cli;

import dev.refnet.support.Golden;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The text of {@code refnet due}, case by case: src/test/resources/golden/due/<case>/{args,out}. */
class DueGoldenTest {

    @TestFactory
    Stream<DynamicTest> due_text_output_matches_golden_files() throws IOException {
        return Golden.cases("due", LocalDate.of(2025, 3, 3), 120);
    }
}
