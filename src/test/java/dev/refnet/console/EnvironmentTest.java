package dev.refnet.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void theSystemClocksTodayIsTheLocalDateJavaTimeGives() {
        Environment env = Environment.system();
        LocalDate before = LocalDate.now();
        LocalDate today = env.systemToday();
        LocalDate after = LocalDate.now();
        assertThat(today).isBetween(before, after);
        assertThat(env.clock().getZone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void theLocalDateFollowsTheDefaultZonesOffsetEitherSideOfMidnightUtc() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Asia/Kathmandu", "UTC"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(Environment.SystemClock.today()).as(zone).isEqualTo(LocalDate.now(ZoneId.of(zone)));
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void aTestsFixedClockIsUsedAsGiven() {
        Clock fixed = Clock.fixed(Instant.parse("2025-03-03T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
        Environment env = new Environment(Map.of(), Path.of("."), fixed, false, false);
        assertThat(env.systemToday()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void width_comes_from_the_terminal_itself_and_columns_overrides_it() {
        Clock c = Clock.systemUTC();
        Path here = Path.of(".");
        assertThat(new Environment(Map.of(), here, c, true, true, () -> 80).width()).as("the terminal's own width").isEqualTo(80);
        assertThat(new Environment(Map.of("COLUMNS", "132"), here, c, true, true, () -> 80).width()).as("COLUMNS overrides").isEqualTo(132);
        assertThat(new Environment(Map.of(), here, c, true, true, () -> 0).width()).as("a terminal that tells nothing").isEqualTo(80);
        assertThat(new Environment(Map.of(), here, c, false, false, () -> 80).width()).as("a pipe").isEqualTo(100);
        int[] asked = {0};
        new Environment(Map.of("COLUMNS", "90"), here, c, true, true, () -> ++asked[0]).width();
        assertThat(asked[0]).as("the terminal is not asked when COLUMNS says").isZero();
    }
}
