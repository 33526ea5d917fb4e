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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message is one line that starts with its location, whatever the value it quotes holds
 * (issue 18, item 5): a line break inside a value shows as {@code \n}.
 */
class OneLineMessagesTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun r;

    @BeforeEach
    void setUp() throws Exception {
        net = Files600.network(tmp.resolve("net"));
        contact(net, "lopez", "name: Dr. María López\ncategory: physician\n");
        r = new RefnetRun(tmp);
    }

    String file(String id) {
        return net.resolve("contacts/" + id + ".yaml").toString();
    }

    /** The file as check and the skipped-file lines name it: from the working directory, which holds the network. */
    String shown(String id) {
        return tmp.relativize(net.resolve("contacts/" + id + ".yaml")).toString();
    }

    @Test
    void a_line_break_in_a_quoted_value_stays_inside_the_one_line_of_check() throws Exception {
        contact(net, "q", "name: Q\ncategory: \"thera\\npist\"\n");
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.out()).as(res.toString()).isEqualTo(shown("q") + ":2:11: error: unknown category 'thera\\npist'; use one of:"
                + " therapist, physician, school, faith, community, online, legal, other\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "due", "report", "export contacts"})
    void a_skipped_file_is_reported_in_one_line_that_starts_with_its_location(String command) throws Exception {
        contact(net, "q", "name: Q\ncategory: \"thera\\npist\"\nrole: \"a\\n\\nb\"\n");
        RefnetRun.Result res = r.in(net, command.split(" "));
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.err().lines()).as(res.toString()).containsExactly(
                shown("q") + ":2:11: unknown category 'thera\\npist'; use one of: therapist, physician, school, faith, community, online, legal, other",
                "refnet: skipped 1 file that could not be read; 'refnet check' lists every problem");
    }

    @Test
    void a_lone_carriage_return_is_refused_with_the_file_and_its_place() throws Exception {
        String text = "name: R\ncategory: therapist\nnotes: \"first\rsecond\"\n";
        contact(net, "r", text);
        RefnetRun.Result res = r.in(net, "log", "r", "call");
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err()).as(res.toString()).isEqualTo("refnet: " + file("r") + ":3:14: a carriage return without a line"
                + " feed (an old Mac line end); refnet edits only files with LF or CRLF line ends: save the file with those,"
                + " then run the command again. Nothing was written\n");
        assertThat(Files.readString(net.resolve("contacts/r.yaml"))).isEqualTo(text);
    }

    @Test
    void an_argument_with_a_line_break_is_quoted_on_the_one_line_of_its_error() {
        RefnetRun.Result res = r.in(net, "show", "no\nbody");
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err().lines()).as(res.toString()).hasSize(1).first().asString().startsWith("refnet: no contact matches 'no\\nbody'");
    }

    @Test
    void a_usage_error_quoting_a_line_break_is_one_line() {
        RefnetRun.Result res = r.in(net, "due", "--upcoming", "two\nweeks");
        assertThat(res.code()).as(res.toString()).isEqualTo(2);
        assertThat(res.err().lines()).as(res.toString()).hasSize(1);
        assertThat(res.err()).startsWith("refnet: ");
    }

    @Test
    void problems_in_several_files_are_one_line_each() throws Exception {
        List<String> bad = List.of("name: \"A\\nB\"\ncategory: x\\ny\n", "name: A\ncategory: other\nsince: \"2025-01-01\\n\"\n",
                "name: A\ncategory: other\nlog:\n  - {date: 2025-01-01, type: \"call\\nme\"}\n",
                "name: A\ncategory: other\nfollow-up: \"9\\nd\"\n", "\"na\\nme\": A\ncategory: other\n");
        for (int i = 0; i < bad.size(); i++) {
            contact(net, "bad-" + i, bad.get(i));
        }
        String where = java.util.regex.Pattern.quote(tmp.relativize(net.resolve("contacts/bad-")).toString()) + "\\d\\.yaml:\\d+:\\d+: ";
        RefnetRun.Result res = r.in(net, "check");
        assertThat(res.out().lines()).as(res.toString()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(l -> assertThat(l).matches(where + "(error|warning): .*"));
        RefnetRun.Result list = r.in(net, "list");
        assertThat(list.err().lines()).as(list.toString()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(l -> assertThat(l).matches("(" + where + "|refnet: skipped ).*"));
    }
}
