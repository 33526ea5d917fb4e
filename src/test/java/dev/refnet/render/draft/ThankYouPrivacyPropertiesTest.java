package dev.refnet.render.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.engine.Due;
import dev.refnet.engine.DueItem;
import dev.refnet.model.Category;
import dev.refnet.model.Consent;
import dev.refnet.model.Contact;
import dev.refnet.model.DraftKind;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The privacy rule of thank-yous over random networks: without a release in force, a drafted
 * thank-you holds no client code, no date and no number (names here have no digits, so a digit
 * could only come from a code, a date or a count), and it is the same message whichever
 * referrals it thanks for; with a release, it still never holds a client code.
 */
class ThankYouPrivacyPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final DraftTemplate THANK = DraftTemplate.compile(DraftKind.THANK, "built-in", BuiltInTemplates.text(DraftKind.THANK));

    /** Names as people write them: accents, apostrophes, ampersands, commas; never a digit. */
    @Provide
    Arbitrary<String> name() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéèñüøçÅÖ'-&.,")
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> title = Arbitraries.of("", "Dr. ", "Rev. ", "Ms. ", "Señora ");
        return Combinators.combine(title, word.list().ofMinSize(1).ofMaxSize(3)).as((t, w) -> t + String.join(" ", w))
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<String> code() {
        return Combinators.combine(Arbitraries.of("C", "K", "X", "intake", "2024"), Arbitraries.of("-", "_", "#", "."),
                Arbitraries.integers().between(0, 99999)).as((a, sep, n) -> a + sep + String.format("%04d", n));
    }

    record Referral(int daysAgo, String code, String to, Consent consent, Integer releaseDays) {
    }

    @Provide
    Arbitrary<Referral> referral() {
        return Combinators.combine(Arbitraries.integers().between(0, 200), code(),
                Arbitraries.of("Jordan Ellis", "Priya Shah", "Zoë O'Neil").injectNull(0.4),
                Arbitraries.of(Consent.values()).injectNull(0.3), Arbitraries.integers().between(-60, 60).injectNull(0.5))
                .as(Referral::new);
    }

    @Provide
    Arbitrary<Contact> contact() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8), name(),
                Arbitraries.of(Category.values()), referral().list().ofMaxSize(5),
                Arbitraries.integers().between(-1, 200).list().ofMaxSize(2))
                .as((id, name, category, referrals, thanks) -> {
                    List<LogEntry> log = new ArrayList<>();
                    for (Referral r : referrals) {
                        log.add(referralIn(TODAY.minusDays(r.daysAgo()), r.code(), r.to(), r.consent(),
                                r.releaseDays() == null ? null : TODAY.plusDays(r.releaseDays())));
                    }
                    for (int daysAgo : thanks) {
                        if (daysAgo >= 0) {
                            log.add(LogEntry.of(TODAY.minusDays(daysAgo), EntryType.THANK_YOU, null));
                        }
                    }
                    return Contact.builder(id, name, category).log(log).build();
                });
    }

    @Provide
    Arbitrary<Network> network() {
        Arbitrary<NetworkConfig> config = Combinators.combine(name().injectNull(0.2), name().list().ofMaxSize(3),
                name().list().ofMaxSize(3)).as((practice, clinicians, specialties) ->
                        new NetworkConfig(practice, clinicians, Map.of(), null, null, null, null, true, specialties));
        return Combinators.combine(config, contact().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Contact::id))
                .as(Network::new);
    }

    /** A referral-in as a person writes it, with its consent keys. */
    static LogEntry referralIn(LocalDate date, String client, String to, Consent consent, LocalDate releaseUntil) {
        return LogEntry.referral(date, EntryType.REFERRAL_IN, client, to, null, null, null).toBuilder()
                .with(EntryFields.CONSENT, consent).with(EntryFields.RELEASE_UNTIL, releaseUntil).build();
    }

    @Property(tries = 300)
    void a_thank_you_without_a_release_holds_no_code_date_or_count_and_never_names_a_client(@ForAll("network") Network network) {
        List<String> codes = network.contacts().stream().flatMap(c -> c.log().stream())
                .filter(e -> e.type() == EntryType.REFERRAL_IN).map(LogEntry::client).toList();
        for (DueItem item : Due.compute(network, TODAY, Due.Options.defaults()).items()) {
            if (!(item instanceof DueItem.ThankYou thanks)) {
                continue;
            }
            Message m = THANK.render(DraftValues.of(DraftKind.THANK, thanks.contact(), network.config(), TODAY, thanks));
            String text = m.text();
            for (String code : codes) {
                assertThat(text).as("client code " + code).doesNotContain(code);
            }
            boolean release = thanks.referrals().stream().anyMatch(r -> r.consentOn(TODAY) == Consent.RELEASE);
            if (release) {
                continue;
            }
            assertThat(text).as("a digit: a code, a date or a count").doesNotContainPattern("[0-9]");
            // The same message for any other set of referrals without a release: nothing in it depends on them.
            boolean consented = thanks.referrals().stream().allMatch(r -> r.consentOn(TODAY) != Consent.NONE);
            String signer = DraftValues.signer(DraftKind.THANK, network.config(), thanks);
            DueItem.ThankYou other = new DueItem.ThankYou(thanks.contact(), TODAY, 0, List.of(new DueItem.Referral(
                    TODAY.minusDays(1), "Z-9999", signer.isEmpty() ? null : signer, consented ? Consent.GENERIC : Consent.NONE, null)));
            assertThat(m).isEqualTo(THANK.render(DraftValues.of(DraftKind.THANK, thanks.contact(), network.config(), TODAY, other)));
        }
    }
}
