package dev.refnet.cli;

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
}
