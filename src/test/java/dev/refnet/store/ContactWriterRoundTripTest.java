package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import dev.refnet.yaml.YamlText;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContactWriterRoundTripTest {

    static Stream<String> hostile() {
        return Stream.of("007", "no", "No", "yes", "on", "off", "y", "n", "true", "null", "~", "1e3", "-1", "+5", ".5", "0x1F",
                "0o17", ".inf", "-.nan", "2025-01-01", "12:30", "a: b", "key:", ": x", "#hash", "a #b", "a#b", "'quoted'",
                "\"double\"", "it's", "line one\nline two", "trailing newline\n", "two trailing\n\n", "\nleading newline",
                "emoji 🎉 ok", "  leading spaces", "trailing spaces  ", "-", "- item", "-dash", "@x", "`tick", "!bang",
                "&amp", "*star", "|pipe", ">fold", "%pct", "[a, b]", "{a: b}", "a, b", "tab\there", "cr\rhere",
                "bell\u0007", "nbsp\u00a0end", "bom\ufeff", "?", "? q", "<<", "=", "é", "");
    }

    private static Contact contact(String s) {
        String v = s.isEmpty() ? "x" : s;
        LogEntry ref = LogEntry.builder(LocalDate.of(2025, 2, 10), EntryType.REFERRAL_IN).with(EntryFields.NOTE, s)
                .with(EntryFields.CLIENT, "C-0142").with(EntryFields.TO, v).with(EntryFields.REASON, s)
                .with(EntryFields.OUTCOME, Outcome.SEEN).build();
        LogEntry out = LogEntry.builder(LocalDate.of(2025, 3, 1), EntryType.REFERRAL_OUT)
                .with(EntryFields.CLIENT, "C#7").with(EntryFields.FROM, v).build();
        return Contact.builder("id", v, Category.SCHOOL).with(ContactFields.ORGANIZATION, s)
                .with(ContactFields.ROLE, s).with(ContactFields.SPECIALTIES, List.of(v, "plain"))
                .with(ContactFields.EMAIL, s).with(ContactFields.PHONE, s).with(ContactFields.TAGS, List.of(v))
                .with(ContactFields.STATUS, Status.PROSPECT).with(ContactFields.FOLLOW_UP, Cadence.parse("6w"))
                .with(ContactFields.SINCE, LocalDate.of(2024, 3, 2))
                .with(ContactFields.ACCEPTING_REFERRALS, Boolean.FALSE).with(ContactFields.NOTES, s)
                .log(List.of(LogEntry.of(LocalDate.of(2025, 1, 4), EntryType.COFFEE, s), ref, out)).build();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostile")
    void written_then_read_gives_the_same_contact(String s) {
        Contact c = contact(s);
        String text = ContactWriter.write(c);
        Contact back = ContactReader.read("id", text).contact();
        assertThat(back).as(text).isEqualTo(normalised(c));
    }

    /** An empty string is written as nothing at all, which reads back as absent. */
    private static Contact normalised(Contact c) {
        if (!"".equals(c.organization())) {
            return c;
        }
        return ContactReader.read("id", ContactWriter.write(c)).contact();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostile")
    void a_quoted_scalar_reads_back_as_the_same_string(String s) {
        String doc = "k: " + YamlText.scalar(s) + "\nl: [" + YamlText.flowScalar(s) + "]\n";
        dev.refnet.yaml.YNode.Mapping m = (dev.refnet.yaml.YNode.Mapping) dev.refnet.yaml.YamlReader.parse(doc);
        assertThat(((dev.refnet.yaml.YNode.Scalar) m.get("k").orElseThrow()).value()).as(doc).isEqualTo(s);
        dev.refnet.yaml.YNode.Sequence l = (dev.refnet.yaml.YNode.Sequence) m.get("l").orElseThrow();
        assertThat(((dev.refnet.yaml.YNode.Scalar) l.items().get(0)).value()).as(doc).isEqualTo(s);
    }

    @Test
    void written_files_look_hand_written() {
        Contact c = Contact.builder("dr-maria-lopez", "Dr. María López", Category.PHYSICIAN)
                .with(ContactFields.ORGANIZATION, "Eastside Family Medicine")
                .with(ContactFields.SPECIALTIES, List.of("adolescents", "anxiety"))
                .with(ContactFields.EMAIL, "mlopez@eastside.example").with(ContactFields.PHONE, "+1 555 0100")
                .with(ContactFields.SINCE, LocalDate.of(2024, 3, 2))
                .with(ContactFields.NOTES, "Prefers email.\nMet at the fair.\n")
                .log(List.of(LogEntry.of(LocalDate.of(2025, 1, 4), EntryType.COFFEE, "Talked about trauma referrals")))
                .build();
        assertThat(ContactWriter.write(c)).isEqualTo("""
                name: Dr. María López
                category: physician
                organization: Eastside Family Medicine
                specialties: [adolescents, anxiety]
                email: mlopez@eastside.example
                phone: +1 555 0100
                since: 2024-03-02
                notes: |
                  Prefers email.
                  Met at the fair.
                log:
                  - date: 2025-01-04
                    type: coffee
                    note: Talked about trauma referrals
                """);
    }

    @Test
    void a_phone_and_a_code_like_007_stay_strings() {
        String text = ContactWriter.write(Contact.builder("a", "007", Category.OTHER)
                .with(ContactFields.PHONE, "5550100").build());
        assertThat(text).isEqualTo("name: '007'\ncategory: other\nphone: '5550100'\n");
    }
}
