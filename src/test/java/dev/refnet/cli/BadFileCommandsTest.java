package dev.refnet.cli;

import static dev.refnet.support.Files600.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Files600;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command survives a bad file: it is reported once with its location, the rest works, and it is never rewritten. */
class BadFileCommandsTest {

    static final String CONFLICTED = """
            name: Sam Rivera
            category: therapist
            log:
              - date: 2025-01-04
                type: coffee
            <<<<<<< HEAD
              - date: 2025-02-01
                type: call
            =======
              - date: 2025-02-02
                type: email
            >>>>>>> origin/main
            """;

    @TempDir
    Path tmp;

    Path net;
    Path bad;
    byte[] badBytes;
    RefnetRun r;

    @BeforeEach
    void setUp() throws Exception {
        net = Files600.network(tmp.resolve("net"));
        contact(net, "dr-maria-lopez", "name: Dr. María López\ncategory: physician\nlog:\n  - date: 2025-01-10\n    type: coffee\n");
        bad = contact(net, "sam-rivera", CONFLICTED);
        badBytes = Files.readAllBytes(bad);
        r = new RefnetRun(tmp).cwd(Files.createDirectories(tmp.resolve("elsewhere")));
    }

    String located() {
        return bad + ":6:1: git merge conflict marker '<<<<<<<': a git merge left this file unsettled; 'refnet sync' shows what differs and how to settle it";
    }

    static List<List<String>> readingCommands() {
        return List.of(List.of("list"), List.of("list", "--format", "json"), List.of("list", "--format", "csv"),
                List.of("show", "lopez"), List.of("show", "lopez", "--format", "json"),
                List.of("due", "--upcoming", "2w"), List.of("due", "--upcoming", "2w", "--format", "json"),
                List.of("export", "contacts"));
    }

    @Test
    void report_and_check_name_the_bad_file_and_go_on_with_the_rest() {
        RefnetRun.Result report = r.in(net, "report", "--format", "json");
        assertThat(report.code()).as(report.toString()).isZero();
        assertThat(report.out()).contains("\"totals\"");
        assertThat(report.err()).as("reported once, with its location").isEqualTo(located() + "\n"
                + "refnet: skipped 1 file that could not be read; 'refnet check' lists every problem\n");
        RefnetRun.Result check = r.in(net, "check");
        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("sam-rivera.yaml:6:1: error: git merge conflict marker");
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void reading_commands_report_the_bad_file_once_and_show_the_rest(List<String> args) {
        RefnetRun.Result res = r.in(net, args.toArray(String[]::new));
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).contains("Dr. María López").doesNotContain("Sam Rivera");
        assertThat(res.err()).as("reported once, with its location").isEqualTo(located() + "\n"
                + "refnet: skipped 1 file that could not be read; 'refnet check' lists every problem\n");
    }

    static List<List<String>> textAnswers() {
        return List.of(List.of("list"), List.of("list", "nobody-matches-this"), List.of("due", "--upcoming", "2w"),
                List.of("report"));
    }

    @ParameterizedTest
    @MethodSource("textAnswers")
    void a_text_answer_ends_with_a_line_saying_how_many_contacts_it_leaves_out(List<String> args) {
        RefnetRun.Result res = r.in(net, args.toArray(String[]::new));
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).as(res.toString()).endsWith("\n1 contact is missing from this answer because its file could"
                + " not be read; 'refnet check' shows why\n");
    }

    @Test
    void data_answers_are_left_as_their_formats_say_and_a_sound_network_gets_no_such_line() throws Exception {
        for (List<String> args : List.of(List.of("list", "--format", "json"), List.of("due", "--format", "csv"),
                List.of("export", "contacts"))) {
            RefnetRun.Result res = r.in(net, args.toArray(String[]::new));
            assertThat(res.out()).as(res.toString()).doesNotContain("missing from this answer");
        }
        Files.delete(bad);
        assertThat(r.in(net, "list").out()).doesNotContain("missing from this answer");
    }

    static List<List<String>> writingCommands() {
        return List.of(List.of("log", "sam-rivera", "call"), List.of("log", "rivera", "note", "--note", "x"),
                List.of("thank", "sam"), List.of("log-referral", "--from", "sam-rivera", "--client", "C-1"),
                List.of("log-referral", "--to", "rivera", "--client", "C-2"), List.of("outcome", "sam-rivera", "C-1", "seen"),
                List.of("show", "sam-rivera"));
    }

    @ParameterizedTest
    @MethodSource("writingCommands")
    void a_command_aimed_at_the_bad_file_says_where_it_is_broken_and_never_rewrites_it(List<String> args) throws Exception {
        RefnetRun.Result res = r.in(net, args.toArray(String[]::new));
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err()).as(res.toString()).contains("refnet: " + located() + " (refnet cannot read this file");
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBytes);
        try (var s = Files.list(net.resolve("contacts"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dr-maria-lopez.yaml", "sam-rivera.yaml");
        }
    }

    @Test
    void writing_to_a_sound_contact_still_works_and_leaves_the_bad_file_alone() throws Exception {
        RefnetRun.Result res = r.in(net, "log", "lopez", "call", "--date", "2025-03-01");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(Files.readString(net.resolve("contacts/dr-maria-lopez.yaml"))).endsWith("  - date: 2025-03-01\n    type: call\n");
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBytes);
    }

    @Test
    void the_store_refuses_to_edit_an_unreadable_file_even_when_asked_directly() throws Exception {
        var store = new dev.refnet.store.NetworkStore(net);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.appendEntry("sam-rivera",
                dev.refnet.model.LogEntry.of(java.time.LocalDate.of(2025, 3, 1), dev.refnet.model.EntryType.CALL, null)))
                .hasMessageContaining(bad + ":6:1: git merge conflict marker");
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBytes);
    }
}
