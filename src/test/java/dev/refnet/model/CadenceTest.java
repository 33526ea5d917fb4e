package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CadenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"30d, P30D", "6w, P42D", "2m, P2M", "1y, P1Y", "P60D, P60D", "p2m, P2M", "45D, P45D", "0d, P0D"})
    void parses_short_and_iso_forms(String text, String period) {
        Cadence c = Cadence.parse(text);
        assertThat(c.period()).isEqualTo(Period.parse(period));
        assertThat(c.text()).as("kept as written").isEqualTo(text);
        assertThat(c).hasToString(text);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  ", "30", "d", "30 days", "-5d", "P-5D", "1.5w", "3x", "P", "PT5H1", "999999d", "soon"})
    void refuses_what_is_not_a_duration_saying_what_is_accepted(String text) {
        assertThatThrownBy(() -> Cadence.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a duration")
                .hasMessageContaining("30d, 6w, 2m or 1y")
                .hasMessageContaining("P60D");
    }

    @Test
    void null_is_refused_like_an_empty_duration() {
        assertThatThrownBy(() -> Cadence.parse(null)).hasMessageContaining("is not a duration");
    }

    @Test
    void months_are_calendar_months_so_jan_31_plus_1m_is_the_end_of_february() {
        assertThat(Cadence.parse("1m").addTo(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Cadence.parse("1m").addTo(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Cadence.parse("P1M").addTo(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void days_and_weeks_add_exact_days_and_subtract_back() {
        LocalDate d = LocalDate.of(2025, 2, 10);
        assertThat(Cadence.parse("6w").addTo(d)).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(Cadence.parse("30d").subtractFrom(d)).isEqualTo(LocalDate.of(2025, 1, 11));
        assertThat(Cadence.parse("1y").addTo(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void of_days_writes_the_short_form() {
        assertThat(Cadence.ofDays(90).text()).isEqualTo("90d");
        assertThat(Cadence.ofDays(90).period()).isEqualTo(Period.ofDays(90));
    }
}
