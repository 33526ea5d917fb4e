package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's table by clinician: referrals in and out, partners, outcomes. */
class ReportClinicianTest {

    static LogEntry referral(String date, EntryType type, String client, String clinician, Outcome outcome) {
        return LogEntry.referral(LocalDate.parse(date), type, client, clinician, null, outcome, null);
    }

    static Contact contact(String id, LogEntry... log) {
        return Contact.builder(id, "Name of " + id, Category.THERAPIST).log(List.of(log)).build();
    }

    @Test
    void each_clinician_counts_referrals_partners_and_outcomes_including_those_with_none() {
        NetworkConfig config = new NetworkConfig(null, List.of("Jordan Ellis", "Priya Shah", "Marcus Webb"), Map.of(),
                null, null, null, null, true);
        Network n = new Network(config, List.of(
                contact("a", referral("2025-01-05", EntryType.REFERRAL_IN, "C-1", "priya shah", Outcome.SEEN),
                        referral("2025-01-06", EntryType.REFERRAL_IN, "C-2", null, null),
                        referral("2025-01-07", EntryType.REFERRAL_OUT, "C-3", "Priya Shah", Outcome.DECLINED)),
                contact("b", referral("2025-01-08", EntryType.REFERRAL_IN, "C-4", "Priya Shah", Outcome.SEEN),
                        referral("2024-01-08", EntryType.REFERRAL_IN, "C-0", "Priya Shah", Outcome.SEEN))));
        Report r = Report.compute(n, LocalDate.parse("2025-01-31"), LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-31"), new Query.All());
        assertThat(r.byClinician()).extracting(c -> c.clinician() + " in " + c.in() + " out " + c.out() + " partners "
                + c.partners() + " seen " + c.outcomes().count(Outcome.SEEN) + " declined "
                + c.outcomes().count(Outcome.DECLINED) + " open " + c.outcomes().open())
                .containsExactly(
                        "Priya Shah in 2 out 1 partners 2 seen 2 declined 1 open 0",
                        "Jordan Ellis in 1 out 0 partners 1 seen 0 declined 0 open 1",
                        "Marcus Webb in 0 out 0 partners 0 seen 0 declined 0 open 0");
    }
}
