package dev.refnet.cli;

import dev.refnet.support.Golden;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code refnet match} on the example network, case by case: src/test/resources/golden/match/<case>/{args,out}. */
class MatchGoldenTest {

    @TestFactory
    Stream<DynamicTest> match_output_matches_golden_files() throws IOException {
        return Golden.cases("match", LocalDate.of(2026, 11, 27), 100);
    }
}
