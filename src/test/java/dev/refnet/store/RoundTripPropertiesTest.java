package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.Category;
import dev.refnet.model.ClientCode;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Ids;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Outcome;
import dev.refnet.model.RefnetException;
import dev.refnet.yaml.YamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of what refnet writes and names: ids from any Unicode name are safe file names
 * inside contacts/, client codes are judged by the rule of docs/format.md#section-1-4, and hostile strings survive a
 * write and a read unchanged, through {@link ContactWriter} and through {@link NetworkStore#appendEntry}.
 */
class RoundTripPropertiesTest {

    static final List<String> HOSTILE = List.of("007", "no", "No", "yes", "~", "null", "1e3", "0x1F", "+1 555 0100", ": ", "a: b",
            "#", "# not a comment", "a #b", "'", "\"", "''", "\"quoted\"", "-", "- x", "? x", "!tag", "&a", "*a", "|", ">",
            "[x]", "{y}", "@home", "%x", "`", "line one\nline two", "ends with newline\n", "\n", " leading", "trailing ",
            "tab\there", "emoji 😀 🧠", "Zoë Ångström", "2025-02-30", "2025-01-01", ".inf", "<<", "=", "---", "...",
            "\u2028", "\uFEFFbom", "\r\n", "C:\\path", "<<<<<<< HEAD", "=======", "a\u0085b", "\u0007bell", "true");

    /** Hostile strings, and arbitrary ones over all of Unicode's basic plane and beyond. */
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of(HOSTILE),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("ab :#'\"\n-|>~{}[],&*!%@`\\0123456789eE.\t😀").ofMaxLength(20),
                Combinators.combine(Arbitraries.of(HOSTILE), Arbitraries.of(HOSTILE)).as((a, b) -> a + b))
                .filter(RoundTripPropertiesTest::wellFormed);
    }

    /** A lone UTF-16 surrogate has no UTF-8 form: no command line or file can give refnet one (see the test below). */
    static boolean wellFormed(String s) {
        return java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }

    @org.junit.jupiter.api.Test
    void a_string_that_has_no_utf8_form_is_refused_and_nothing_is_written() throws IOException {
        Path dir = Files.createTempDirectory("refnet-prop");
        NetworkStore store = new NetworkStore(dir);
        store.create(Contact.builder("p", "P", Category.OTHER).build());
        byte[] before = Files.readAllBytes(store.contactPath("p"));
        assertThatThrownBy(() -> store.appendEntry("p", LogEntry.of(LocalDate.of(2025, 1, 1), EntryType.CALL, "x\uD800y")))
                .isInstanceOf(RefnetException.class).hasMessageContaining("nothing was written");
        assertThat(Files.readAllBytes(store.contactPath("p"))).isEqualTo(before);
    }

    @Provide
    Arbitrary<List<String>> hostileList() {
        return hostile().list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> anyName() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("../../etc/passwd", "a/b", "..", ".", "", "Dr. María López", "\u0000", "CON", "–—", "ﬁ ǅ Ⅻ"));
    }

    @Property(tries = 2000)
    void id_from_any_name_is_a_safe_file_name_inside_contacts(@ForAll("anyName") String name) {
        String id = Ids.fromName(name);
        assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Ids.MAX_LENGTH);
        assertThat(Ids.isSafe(id)).isTrue();
        Path contacts = Path.of("/net/contacts");
        Path file = new NetworkStore(Path.of("/net")).contactPath(id);
        assertThat(file.normalize().getParent()).isEqualTo(contacts);
        String unique = Ids.unique(id, Set.of(id, id + "-2"));
        assertThat(unique).isNotIn(id, id + "-2").hasSizeLessThanOrEqualTo(Ids.MAX_LENGTH).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Property(tries = 2000)
    void any_id_given_on_the_command_line_names_a_file_inside_contacts_or_is_refused(@ForAll("anyName") String id) {
        NetworkStore store = new NetworkStore(Path.of("/net"));
        try {
            Path file = store.contactPath(id);
            assertThat(file.normalize().getParent()).isEqualTo(Path.of("/net/contacts"));
            assertThat(file.getFileName().toString()).isEqualTo(id + ".yaml");
        } catch (RefnetException e) {
            assertThat(e.exitCode()).isEqualTo(RefnetException.USAGE);
        } catch (java.nio.file.InvalidPathException e) {
            throw new AssertionError("an id reached the file system unchecked: " + e.getMessage(), e);
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("ABCXYZabcxyz0123456789-_.#").ofMinLength(1).ofMaxLength(32);
    }

    @Property(tries = 1000)
    void codes_of_the_allowed_characters_have_an_acceptable_shape(@ForAll("codes") String code) {
        assertThat(ClientCode.shape(code)).isEmpty();
    }

    @Property(tries = 1000)
    void codes_with_a_space_an_at_sign_or_over_32_characters_are_refused(@ForAll("codes") String code,
            @ForAll("breaker") String breaker) {
        String bad = breaker.equals("long") ? code + "x".repeat(33) : code + breaker;
        assertThat(ClientCode.problem(bad)).hasValueSatisfying(why -> assertThat(why).contains("C-0142"));
    }

    @Provide
    Arbitrary<String> breaker() {
        return Arbitraries.of(" Smith", "@mail.example", "long", "é", "/", "\n", ":");
    }

    @Property(tries = 500)
    void a_contact_written_by_refnet_reads_back_equal(@ForAll("hostile") String name, @ForAll("hostile") String org,
            @ForAll("hostile") String notes, @ForAll("hostileList") List<String> tags,
            @ForAll("hostile") String phone, @ForAll("hostile") String note, @ForAll("codes") String client) {
        if (name.isBlank()) {
            name = "x" + name;
        }
        LogEntry entry = LogEntry.builder(LocalDate.of(2025, 2, 10), EntryType.REFERRAL_IN)
                .with(EntryFields.NOTE, note).with(EntryFields.CLIENT, client).with(EntryFields.TO, phone)
                .with(EntryFields.REASON, org).with(EntryFields.OUTCOME, Outcome.SEEN).build();
        Contact c = Contact.builder("id", name, Category.PHYSICIAN).with(ContactFields.ORGANIZATION, org)
                .with(ContactFields.ROLE, note).with(ContactFields.SPECIALTIES, tags).with(ContactFields.EMAIL, phone)
                .with(ContactFields.PHONE, phone).with(ContactFields.TAGS, tags)
                .with(ContactFields.SINCE, LocalDate.of(2024, 3, 2))
                .with(ContactFields.ACCEPTING_REFERRALS, Boolean.TRUE).with(ContactFields.NOTES, notes)
                .log(List.of(entry, LogEntry.of(LocalDate.of(2025, 2, 11),
                        EntryType.THANK_YOU, notes))).build();
        String text = ContactWriter.write(c);
        Contact back;
        try {
            back = ContactReader.read("id", text).contact();
        } catch (YamlException e) {
            throw new AssertionError("refnet wrote a file it cannot read (" + e.located() + "):\n" + text, e);
        }
        assertThat(back).as(text).isEqualTo(c);
    }

    @Property(tries = 300)
    void an_entry_appended_by_refnet_reads_back_equal_and_leaves_the_rest_unchanged(@ForAll("hostile") String note,
            @ForAll("hostile") String reason, @ForAll("hostile") String clinician, @ForAll("codes") String client,
            @ForAll("hostile") String existing) throws IOException {
        Path dir = Files.createTempDirectory("refnet-prop");
        try {
            NetworkStore store = new NetworkStore(dir);
            Contact c = Contact.builder("p", "Partner", Category.SCHOOL).with(ContactFields.NOTES, existing)
                    .log(List.of(LogEntry.of(LocalDate.of(2025, 1, 5), EntryType.CALL, existing))).build();
            Files.createDirectories(store.contactsDir());
            store.create(c);
            byte[] before = Files.readAllBytes(store.contactPath("p"));
            LogEntry entry = LogEntry.referral(LocalDate.of(2025, 1, 9), EntryType.REFERRAL_OUT, client, clinician,
                    reason, null, note);
            store.appendEntry("p", entry);
            String after = Files.readString(store.contactPath("p"));
            assertThat(after).as("only lines are added").startsWith(new String(before, java.nio.charset.StandardCharsets.UTF_8));
            Contact back = ContactReader.read("p", after).contact();
            assertThat(back.log()).as(after).containsExactly(c.log().get(0), entry);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 200)
    void a_path_like_id_never_escapes(@ForAll("anyName") String name) {
        NetworkStore store = new NetworkStore(Path.of("/net"));
        String evil = "../" + name;
        assertThatThrownBy(() -> store.contactPath(evil)).isInstanceOf(RefnetException.class);
    }
}
