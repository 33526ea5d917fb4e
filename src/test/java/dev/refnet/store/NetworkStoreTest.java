package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.RefnetException;
import dev.refnet.yaml.YamlException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkStoreTest {

    @TempDir
    Path tmp;

    Path net;
    NetworkStore store;

    @BeforeEach
    void network() throws Exception {
        net = tmp.resolve("net");
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "practice: Harbor Light\nclinicians: [Jordan Ellis]\n");
        store = new NetworkStore(net);
    }

    private Path contact(String id, String text) throws Exception {
        return Files.writeString(net.resolve("contacts/" + id + ".yaml"), text);
    }

    private static Contact simple(String id, String name) {
        return Contact.builder(id, name, Category.THERAPIST).with(ContactFields.SINCE, LocalDate.of(2025, 1, 1))
                .build();
    }

    @Test
    void one_bad_file_among_good_ones_is_reported_and_the_rest_load() throws Exception {
        contact("a-good", "name: A\ncategory: school\n");
        Path bad = contact("b-bad", "name: B\ncategory: school\nname: again\n");
        contact("c-good", "name: C\ncategory: faith\n");
        NetworkStore.Loaded loaded = store.load();
        assertThat(loaded.network().contacts()).extracting(Contact::id).containsExactly("a-good", "c-good");
        assertThat(loaded.problems()).hasSize(1);
        Problem p = loaded.problems().get(0);
        assertThat(p.located()).isEqualTo(bad + ":3:1: duplicate key 'name' (first on line 1): keep one of them");
        assertThat(loaded.network().config().practice()).isEqualTo("Harbor Light");
    }

    @Test
    void non_utf8_bytes_are_located_at_the_first_bad_byte() throws Exception {
        Path f = net.resolve("contacts/latin1.yaml");
        byte[] head = "name: Ren".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 20];
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] rest = "\u00e9e\ncategory: other\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(rest, 0, bytes, head.length, rest.length);
        Files.write(f, java.util.Arrays.copyOf(bytes, head.length + rest.length));
        contact("ok", "name: Ok\ncategory: other\n");
        NetworkStore.Loaded loaded = store.load();
        assertThat(loaded.network().contacts()).extracting(Contact::id).containsExactly("ok");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("not UTF-8 text (byte 0xE9); save the file as UTF-8");
        });
    }

    @Test
    void decode_accepts_exactly_what_a_strict_utf8_decoder_accepts() {
        byte[][] cases = {
            "plain ascii\n".getBytes(StandardCharsets.UTF_8),
            "Zoë, María, 日本, 😀\n".getBytes(StandardCharsets.UTF_8),
            "\uFEFFname: bom\n".getBytes(StandardCharsets.UTF_8),
            "a real \uFFFD replacement character".getBytes(StandardCharsets.UTF_8),
            {'a', (byte) 0xC3}, // truncated sequence
            {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate written as UTF-8
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {'x', (byte) 0xFF, 'y'},
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xE9}, // a real U+FFFD, then a bad byte
        };
        for (byte[] bytes : cases) {
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = null;
            }
            if (strict == null) {
                assertThatThrownBy(() -> NetworkStore.decode(bytes)).as(java.util.Arrays.toString(bytes))
                        .isInstanceOf(YamlException.class).hasMessageStartingWith("not UTF-8 text");
            } else {
                assertThat(NetworkStore.decode(bytes)).isEqualTo(strict);
            }
        }
    }

    @Test
    void non_utf8_on_a_later_line_counts_characters_not_bytes() throws Exception {
        byte[] good = "name: Zoë\ncategory: other\nrole: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xff;
        bytes[good.length + 1] = '\n';
        Files.write(net.resolve("contacts/z.yaml"), bytes);
        Problem p = store.load().problems().get(0);
        assertThat(List.of(p.line(), p.column())).containsExactly(3, 7);
    }

    @Test
    void a_conflicted_file_is_skipped_with_its_location() throws Exception {
        Path f = contact("conflicted", "name: A\n<<<<<<< HEAD\ncategory: school\n=======\ncategory: faith\n>>>>>>> x\n");
        Problem p = store.load().problems().get(0);
        assertThat(p.located()).startsWith(f + ":2:1: git merge conflict marker");
    }

    @Test
    void a_missing_network_suggests_init() {
        NetworkStore none = new NetworkStore(tmp.resolve("nowhere"));
        assertThatThrownBy(none::load).isInstanceOf(RefnetException.class).hasMessageContaining("refnet init");
    }

    @Test
    void new_contact_files_are_0600_and_new_folders_0700() throws Exception {
        NetworkStore fresh = new NetworkStore(tmp.resolve("fresh"));
        Files.createDirectories(fresh.dir());
        NetworkStore.Change change = fresh.create(simple("sam", "Sam"));
        assertThat(Files.getPosixFilePermissions(change.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(fresh.contactsDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(fresh.dir().resolve(NetworkLock.FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void an_edited_file_keeps_the_mode_its_owner_gave_it() throws Exception {
        // A practice may share the folder by group; only new files are made private (docs/format.md#section-4).
        Path f = contact("sam", "name: Sam\ncategory: therapist\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        store.appendEntry("sam", LogEntry.of(LocalDate.of(2025, 1, 2), EntryType.CALL, null));
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
        assertThat(Files.list(f.getParent())).as("no temporary file left behind")
                .extracting(p -> p.getFileName().toString()).containsExactly("sam.yaml");
    }

    @Test
    void private_folders_are_made_with_missing_parents() throws Exception {
        Path deep = tmp.resolve("a/b/c");
        AtomicFiles.createPrivateDirectories(deep);
        assertThat(Files.getPosixFilePermissions(deep)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(tmp.resolve("a"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void a_symlinked_contact_file_is_reported_and_not_followed() throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.yaml"), "name: Secret\ncategory: other\n");
        Path link = Files.createSymbolicLink(net.resolve("contacts/secret.yaml"), outside);
        contact("ok", "name: Ok\ncategory: other\n");
        NetworkStore.Loaded loaded = store.load();
        assertThat(loaded.network().contacts()).extracting(Contact::id).containsExactly("ok");
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.located())
                .isEqualTo(link + ":1:1: is a symbolic link; refnet reads only regular files inside the network"));
        assertThatThrownBy(() -> store.appendEntry("secret", LogEntry.of(LocalDate.of(2025, 1, 2), EntryType.CALL, null)))
                .isInstanceOf(RefnetException.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(outside)).isEqualTo("name: Secret\ncategory: other\n");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"../../x", "a/b", "../refnet", ".hidden", "", "a\\b"})
    void contact_path_refuses_ids_that_could_leave_contacts(String id) {
        assertThatThrownBy(() -> store.contactPath(id)).isInstanceOf(RefnetException.class)
                .satisfies(e -> assertThat(((RefnetException) e).exitCode()).isEqualTo(2))
                .hasMessageContaining("cannot be a contact id");
    }

    @Test
    void contact_path_of_a_safe_id_is_inside_contacts() {
        assertThat(store.contactPath("dr-maria-lopez")).isEqualTo(net.resolve("contacts/dr-maria-lopez.yaml"));
    }

    @Test
    void create_takes_the_next_free_id_under_the_lock_and_leaves_the_taken_file_alone() throws Exception {
        Path f = contact("sam", "# mine\nname: Sam\ncategory: therapist\n");
        NetworkStore.Change change = store.create(simple("sam", "Sam"));
        assertThat(change.after().id()).isEqualTo("sam-2");
        assertThat(change.file()).isEqualTo(net.resolve("contacts/sam-2.yaml"));
        assertThat(Files.readString(f)).isEqualTo("# mine\nname: Sam\ncategory: therapist\n");
    }

    @Test
    void a_bad_file_is_never_written_to() throws Exception {
        String text = "name: Sam\ncategory: therapist\nstatus: retired\n";
        Path f = contact("sam", text);
        assertThatThrownBy(() -> store.appendEntry("sam", LogEntry.of(LocalDate.of(2025, 1, 2), EntryType.CALL, null)))
                .isInstanceOf(RefnetException.class).hasMessageContaining(f + ":3:9: unknown status 'retired'");
        assertThat(Files.readString(f)).isEqualTo(text);
    }

    @Test
    void hidden_files_and_other_extensions_are_not_contacts() throws Exception {
        contact("a", "name: A\ncategory: other\n");
        Files.writeString(net.resolve("contacts/.a.yaml123.tmp"), "garbage: [");
        Files.writeString(net.resolve("contacts/.hidden.yaml"), "garbage: [");
        Files.writeString(net.resolve("contacts/readme.txt"), "hello");
        NetworkStore.Loaded loaded = store.load();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.network().contacts()).extracting(Contact::id).containsExactly("a");
    }

    @Test
    void the_example_network_loads_without_a_problem() {
        Path example = Path.of(System.getProperty("refnet.repo", "."), "examples/harbor-light");
        NetworkStore.Loaded loaded = new NetworkStore(example).load();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.network().contacts()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(loaded.network().contacts()).extracting(Contact::category).containsAll(List.of(Category.values()));
        assertThat(loaded.network().config().clinicians()).containsExactly("Jordan Ellis", "Priya Shah", "Marcus Webb");
        assertThat(loaded.network().byId("dr-maria-lopez").orElseThrow().extra()).isEqualTo(Map.of());
        assertThat(loaded.network().byId("st-marks-church").orElseThrow().extra()).containsEntry("birthday-card", "yes");
    }

    @Test
    void temporary_files_are_new_private_and_distinct() throws Exception {
        Path dir = java.nio.file.Files.createDirectory(tmp.resolve("temps"));
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            Path t = AtomicFiles.createTemp(dir, ".x.yaml");
            assertThat(t.getParent()).isEqualTo(dir);
            assertThat(t.getFileName().toString()).startsWith(".x.yaml").endsWith(".tmp");
            assertThat(t).isEmptyFile();
            if (AtomicFiles.POSIX) {
                assertThat(PosixFilePermissions.fromString("rw-------")).containsAll(
                        java.nio.file.Files.getPosixFilePermissions(t, java.nio.file.LinkOption.NOFOLLOW_LINKS));
            }
            made.add(t);
        }
        assertThat(made).hasSize(200);
    }

    @Test
    void a_refused_write_is_explained_in_words_not_by_the_temporary_file_path() {
        // Tests run as root here, where chmod cannot refuse a write; the exception is what Java throws then.
        String why = AtomicFiles.why(new java.nio.file.AccessDeniedException("/n/contacts/.sam.yaml123.tmp"));
        assertThat(why).startsWith("permission denied").doesNotContain(".tmp");
        assertThat(AtomicFiles.why(new java.nio.file.FileSystemException("/n/x", null, "Not a directory"))).isEqualTo("not a directory");
        assertThat(AtomicFiles.why(new java.nio.file.NoSuchFileException("/n/x"))).isEqualTo("no such file or folder");
    }

    @Test
    void outcome_goes_to_the_entry_that_was_picked_even_when_an_entry_was_added_above_it_meanwhile() throws Exception {
        Path f = contact("lopez", "name: Lopez\ncategory: physician\nlog:\n  - date: 2025-02-10\n    type: referral-in\n    client: C-1\n");
        LogEntry picked = store.read("lopez").contact().log().get(0);
        store.appendEntry("lopez", LogEntry.referral(LocalDate.of(2025, 2, 1), EntryType.REFERRAL_IN, "C-0", null, null, null, null));
        store.setOutcome("lopez", picked, dev.refnet.model.Outcome.SEEN);
        assertThat(Files.readString(f)).isEqualTo("name: Lopez\ncategory: physician\nlog:\n"
                + "  - date: 2025-02-01\n    type: referral-in\n    client: C-0\n"
                + "  - date: 2025-02-10\n    type: referral-in\n    client: C-1\n    outcome: seen\n");
    }

    @Test
    void a_file_with_a_lone_carriage_return_is_refused_for_edits_and_left_as_it_was() throws Exception {
        String text = "name: Q\ncategory: therapist\nnotes: \"first\rsecond\"\nlog:\n  - date: 2025-02-10\n"
                + "    type: referral-in\n    client: C-9\n    outcome: seen\n    # keep: this comment\n";
        Path f = contact("q", text);
        LogEntry entry = store.read("q").contact().log().get(0);
        assertThatThrownBy(() -> store.setOutcome("q", entry, dev.refnet.model.Outcome.SEEN))
                .isInstanceOf(RefnetException.class).hasMessageStartingWith(f + ":3:14: a carriage return without a line feed");
        assertThat(Files.readString(f)).isEqualTo(text);
    }
    @Test
    void an_entry_edited_or_doubled_since_it_was_read_is_refused_by_outcome_and_by_removal_and_the_file_is_left() throws Exception {
        String one = "name: Lopez\ncategory: physician\nlog:\n  - date: 2025-02-10\n    type: referral-in\n    client: C-1\n";
        Path f = contact("lopez", one);
        LogEntry picked = store.read("lopez").contact().log().get(0);
        String edited = one.replace("C-1", "C-2");
        Files.writeString(f, edited);
        assertThatThrownBy(() -> store.setOutcome("lopez", picked, dev.refnet.model.Outcome.SEEN))
                .isInstanceOf(RefnetException.class).hasMessage(f + " changed since refnet read it and no longer holds that"
                        + " referral as it was; nothing was written. Run the command again");
        assertThatThrownBy(() -> store.removeEntry("lopez", picked))
                .isInstanceOf(RefnetException.class).hasMessage(f + " changed since refnet read it and no longer holds that"
                        + " entry as it was; nothing was written. Run the command again");
        assertThat(Files.readString(f)).isEqualTo(edited);

        String twice = one + "  - date: 2025-02-10\n    type: referral-in\n    client: C-1\n";
        Files.writeString(f, twice);
        assertThatThrownBy(() -> store.setOutcome("lopez", picked, dev.refnet.model.Outcome.SEEN))
                .isInstanceOf(RefnetException.class).hasMessage(f + " holds that referral twice; record the outcome by hand");
        assertThatThrownBy(() -> store.removeEntry("lopez", picked))
                .isInstanceOf(RefnetException.class).hasMessage(f + " holds that entry twice, word for word; remove one by hand");
        assertThat(Files.readString(f)).isEqualTo(twice);
    }
    @Test
    void set_works_on_the_file_as_it_is_under_the_lock_so_a_change_made_meanwhile_is_kept_or_refused() throws Exception {
        Path f = contact("kim", "name: Kim\ncategory: therapist\ninsurance: [Aetna]\n");
        store.read("kim"); // what the command showed the user
        Files.writeString(f, "name: Kim\ncategory: therapist\ninsurance: [Aetna, Cigna]  # added by hand\n");
        NetworkStore.Assigned added = store.assign("kim", List.of(
                new NetworkStore.Assignment(ContactFields.INSURANCE, NetworkStore.Assignment.Op.ADD, "Optum")));
        assertThat(added.written()).isTrue();
        assertThat(Files.readString(f)).isEqualTo("name: Kim\ncategory: therapist\ninsurance: [Aetna, Cigna, Optum]  # added by hand\n");

        Files.writeString(f, "name: Kim\ncategory: therapist\ninsurance: [Cigna]\n");
        assertThatThrownBy(() -> store.assign("kim", List.of(
                new NetworkStore.Assignment(ContactFields.INSURANCE, NetworkStore.Assignment.Op.REMOVE, "Aetna"))))
                .isInstanceOf(RefnetException.class)
                .hasMessageStartingWith(f.toString())
                .hasMessageContaining("'insurance' has no 'Aetna' (the file changed since refnet read it); nothing was written");
        assertThat(Files.readString(f)).isEqualTo("name: Kim\ncategory: therapist\ninsurance: [Cigna]\n");
    }
}
