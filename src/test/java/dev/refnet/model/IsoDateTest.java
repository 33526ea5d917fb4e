package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {

    /** What refnet used before IsoDate: the answers must not change for what people write. */
    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static LocalDate formatter(String text) {
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void everyDayOfSixCenturiesReadsAsTheFormatterReadsIt() {
        for (LocalDate d = LocalDate.of(1700, 1, 1); d.isBefore(LocalDate.of(2300, 1, 1)); d = d.plusDays(1)) {
            assertThat(IsoDate.parse(d.toString())).isEqualTo(d);
        }
    }

    @Test
    void everyMonthAndDayNumberAgreesWithTheFormatterIncludingDaysThatDoNotExist() {
        for (int year : new int[] {1900, 2000, 2023, 2024, 2025, 2100}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    assertThat(IsoDate.parse(text)).as(text).isEqualTo(formatter(text));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025", "2025-1-05", "2025-01-5", "25-01-05", "2025/01/05", "2025-01-05 ",
        " 2025-01-05", "2025-01-05x", "2025-0a-05", "２０２５-01-05", "2025-02-30", "2023-02-29", "2025-13-01",
        "2025-00-10", "2025-04-31", "-025-01-05", "2025--1-05"})
    void whatIsNotADateIsNull(String text) {
        assertThat(IsoDate.parse(text)).isNull();
    }

    @Test
    void leapDays() {
        assertThat(IsoDate.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDate.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(IsoDate.parse("1900-02-29")).isNull();
    }

    @Test
    void sharedDaysAreTheRightDaysAcrossSlotCollisions() {
        // Six centuries touch every slot of the small caches many times over, so each lookup
        // must tell a hit from another day that shares its slot.
        for (long day = LocalDate.of(1800, 1, 1).toEpochDay(); day < LocalDate.of(2400, 1, 1).toEpochDay(); day += 7) {
            LocalDate expected = LocalDate.ofEpochDay(day);
            assertThat(IsoDate.ofEpochDay(day)).isEqualTo(expected);
            assertThat(IsoDate.of(expected.getYear(), expected.getMonthValue(), expected.getDayOfMonth())).isEqualTo(expected);
            assertThat(IsoDate.parse(expected.toString())).isEqualTo(expected);
        }
    }

    @Test
    void aDayReadTwiceIsOneObject() {
        assertThat(IsoDate.parse("2025-03-03")).isSameAs(IsoDate.parse("2025-03-03"));
        long day = LocalDate.of(2025, 3, 3).toEpochDay();
        assertThat(IsoDate.ofEpochDay(day)).isSameAs(IsoDate.ofEpochDay(day));
    }
}
