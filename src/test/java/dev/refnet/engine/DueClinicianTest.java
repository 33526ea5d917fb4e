package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each due item names its clinician (format reference, section 7), and --clinician keeps one's items. */
class DueClinicianTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    static final NetworkConfig PRACTICE = new NetworkConfig("Harbor", List.of("Jordan Ellis", "Priya Shah", "Marcus Webb"),
            Map.of(), null, null, null, null, true);

    static LogEntry referral(String date, EntryType type, String client, String clinician) {
        return LogEntry.referral(LocalDate.parse(date), type, client, clinician, null, null, null);
    }

    static Contact contact(String id, String owner, LogEntry... log) {
        return Contact.builder(id, "Name of " + id, Category.PHYSICIAN).with(ContactFields.OWNER, owner)
                .with(ContactFields.SINCE, LocalDate.parse("2025-03-01")).log(List.of(log)).build();
    }

    static Network network() {
        return new Network(PRACTICE, List.of(
                contact("lopez", null, referral("2025-02-27", EntryType.REFERRAL_IN, "C-1", "Priya Shah"),
                        referral("2025-02-28", EntryType.REFERRAL_IN, "C-2", null)),
                contact("rivera", "marcus webb", referral("2025-02-20", EntryType.REFERRAL_OUT, "C-3", "Marcus Webb"))));
    }

    static List<DueItem> due(String clinician) {
        return Due.compute(network(), TODAY, new Due.Options(EveryDay.UPCOMING, null, null, clinician)).items();
    }

    /** Far enough ahead that every item of the little network is listed. */
    static final class EveryDay {
        static final dev.refnet.model.Cadence UPCOMING = dev.refnet.model.Cadence.parse("100d");
    }

    @Test
    void a_thank_you_names_the_clinician_of_each_referral_and_an_outcome_its_referral_s() {
        List<DueItem> items = due(null);
        DueItem.ThankYou thanks = items.stream().filter(DueItem.ThankYou.class::isInstance).map(DueItem.ThankYou.class::cast)
                .findFirst().orElseThrow();
        assertThat(thanks.referrals()).extracting(DueItem.Referral::clinician).containsExactly("Priya Shah", "Jordan Ellis");
        assertThat(thanks.clinicians()).containsExactly("Priya Shah", "Jordan Ellis");
        assertThat(items).filteredOn(i -> i instanceof DueItem.Outcome && i.client().equals("C-3"))
                .singleElement().extracting(DueItem::clinicians).isEqualTo(List.of("Marcus Webb"));
    }

    @Test
    void a_check_in_names_the_owner_else_the_first_clinician() {
        List<DueItem> checkIns = due(null).stream().filter(DueItem.CheckIn.class::isInstance).toList();
        assertThat(checkIns).extracting(i -> i.contact().id() + ":" + i.clinicians().get(0))
                .containsExactlyInAnyOrder("lopez:Jordan Ellis", "rivera:marcus webb");
    }

    @Test
    void a_clinician_keeps_the_items_that_name_them_in_any_spelling() {
        assertThat(due("Marcus Webb")).extracting(i -> i.kind() + " " + i.contact().id())
                .containsExactlyInAnyOrder("outcome rivera", "check-in rivera");
        assertThat(due("Priya Shah")).extracting(i -> i.kind() + " " + i.contact().id() + " " + i.client())
                .containsExactlyInAnyOrder("thank-you lopez C-1", "outcome lopez C-1");
        assertThat(due("Jordan Ellis")).extracting(i -> i.kind() + " " + i.contact().id())
                .containsExactlyInAnyOrder("thank-you lopez", "outcome lopez", "check-in lopez");
    }
}
