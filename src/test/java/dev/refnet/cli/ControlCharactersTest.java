package dev.refnet.cli;

import static dev.refnet.support.Files600.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.render.Display;
import dev.refnet.support.Files600;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Terminal control sequences in a contact's text are shown, never obeyed, and not taken as input
 * (issue 18, item 1). The golden cases due/controls-text and report/controls-text show the same
 * network for a person.
 */
class ControlCharactersTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun r;

    static final String EVE = "name: \"Eve\\e]0;owned\\a Smith\"\ncategory: therapist\norganization: \"\\e[2JHarbor\"\n"
            + "tags: [\"top\\u202Ereferrer\"]\nnotes: \"Call \\e]52;c;ZXZpbA==\\a soon\\0\"\n"
            + "log:\n  - date: 2025-02-10\n    type: referral-in\n    client: C-0142\n    reason: \"anxiety \\e[8mhidden\"\n";

    @BeforeEach
    void setUp() throws Exception {
        net = Files600.network(tmp.resolve("net"));
        contact(net, "eve", EVE);
        r = new RefnetRun(tmp);
    }

    static void noRawControls(RefnetRun.Result res) {
        assertThat(res.out() + res.err()).as(res.toString()).doesNotContain("\u001b", "\u0007", "\u0000", "\u202E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "show eve", "due", "report", "export contacts", "export log", "check", "log eve call",
            "list --format json", "show eve --format json", "due --format csv", "report --format markdown"})
    void text_from_a_file_reaches_no_terminal_raw(String command) {
        RefnetRun.Result res = r.in(net, command.split(" "));
        assertThat(res.code()).as(res.toString()).isBetween(0, 1);
        noRawControls(res);
    }

    @Test
    void list_and_show_print_the_escapes_and_count_them_in_the_layout() {
        RefnetRun.Result list = r.in(net, "list");
        assertThat(list.out()).as(list.toString()).contains("Eve\\e]0;owned\\u0007 Smith", "\\e[2JHarbor");
        String header = list.out().lines().findFirst().orElseThrow();
        String row = list.out().lines().skip(1).findFirst().orElseThrow();
        assertThat(row.indexOf("therapist")).as("the columns line up with the escaped name").isEqualTo(header.indexOf("CATEGORY"));
        RefnetRun.Result show = r.in(net, "show", "eve");
        assertThat(show.out()).as(show.toString()).contains("top\\u202Ereferrer", "Call \\e]52;c;ZXZpbA==\\u0007 soon\\0",
                "anxiety \\e[8mhidden");
        assertThat(Display.width("\u001b")).isEqualTo(2);
        assertThat(Display.width("a\u202Eb")).isEqualTo(8);
    }

    @Test
    void json_escapes_as_json_does_and_csv_as_the_text_does() {
        RefnetRun.Result json = r.in(net, "show", "eve", "--format", "json");
        assertThat(json.out()).as(json.toString()).containsIgnoringCase("Eve\\u001b]0;owned\\u0007 Smith").contains("top\\u202Ereferrer");
        RefnetRun.Result csv = r.in(net, "export", "contacts");
        assertThat(csv.out()).as(csv.toString()).contains("Eve\\e]0;owned\\u0007 Smith").contains("\r\n");
    }

    @Test
    void colour_on_a_terminal_still_shows_the_escape() {
        RefnetRun.Result due = r.env("NO_COLOR", null).terminal(true).in(net, "--today", "2025-03-03", "due");
        assertThat(due.out()).as(due.toString()).contains("\u001b[").contains("Eve\\e]0;owned\\u0007 Smith")
                .doesNotContain("\u001b]", "\u0007");
    }

    @Test
    void add_contact_refuses_a_name_with_a_control_character_and_writes_nothing() throws Exception {
        RefnetRun.Result res = r.in(net, "add-contact", "Mallory\u001b[2J", "--category", "therapist");
        assertThat(res.code()).as(res.toString()).isEqualTo(2);
        assertThat(res.err()).as(res.toString()).startsWith("refnet: NAME holds a control character (\\e) at character 8")
                .contains("nothing was written").hasLineCount(1);
        try (var files = Files.list(net.resolve("contacts"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void text_options_refuse_nul_and_other_controls_but_take_tabs_and_line_breaks() throws Exception {
        String before = Files.readString(net.resolve("contacts/eve.yaml"));
        RefnetRun.Result note = r.in(net, "log", "eve", "call", "--note", "a\u0000b");
        assertThat(note.code()).as(note.toString()).isEqualTo(2);
        assertThat(note.err()).startsWith("refnet: --note holds a control character (\\0) at character 2");
        RefnetRun.Result reason = r.in(net, "log-referral", "--from", "eve", "--client", "C-0200", "--reason", "x\u001b]52;c;eA==\u0007");
        assertThat(reason.code()).as(reason.toString()).isEqualTo(2);
        assertThat(reason.err()).startsWith("refnet: --reason holds a control character (\\e)");
        assertThat(Files.readString(net.resolve("contacts/eve.yaml"))).isEqualTo(before);
        RefnetRun.Result fine = r.in(net, "log", "eve", "call", "--note", "first\tline\nsecond line");
        assertThat(fine.code()).as(fine.toString()).isZero();
    }

    @Test
    void import_refuses_a_row_with_nul_naming_its_line_and_column() throws Exception {
        Path csv = tmp.resolve("in.csv");
        Files.writeString(csv, "name,category,notes\nGood Partner,therapist,fine\nBad Partner,therapist,\"nul\u0000here\"\n"
                + "Also Good,school,ok\n");
        RefnetRun.Result res = r.in(net, "import", csv.toString());
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err()).as(res.toString()).contains(":3: column 'notes' holds a control character (\\0) at character 4");
        assertThat(net.resolve("contacts/good-partner.yaml")).exists();
        assertThat(net.resolve("contacts/also-good.yaml")).exists();
        assertThat(net.resolve("contacts/bad-partner.yaml")).doesNotExist();
    }
}
