package dev.refnet.cli;

import dev.refnet.support.Golden;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code refnet report}'s exact output for each case under src/test/resources/golden/report/. */
class ReportGoldenTest {

    @TestFactory
    Stream<DynamicTest> report_output_matches_the_golden_files() throws IOException {
        return Golden.cases("report", LocalDate.of(2026, 1, 15), 80);
    }
}
