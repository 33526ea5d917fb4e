package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Golden;
import dev.refnet.support.RefnetRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code refnet report} through the real command line, on the small hand-written network. */
class ReportCommandTest {

    private static final Path NET = Golden.repo().resolve("src/test/resources/networks/report-small");

    @TempDir
    Path tmp;

    private RefnetRun.Result report(String... args) {
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(List.of(args));
        return new RefnetRun(tmp).today(LocalDate.of(2026, 1, 15)).in(NET, all.toArray(String[]::new));
    }

    @Test
    void json_has_every_spec_key_in_spec_order_then_the_extra_keys() {
        RefnetRun.Result r = report("--format", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.propertyNames()).containsExactly("from", "to", "totals", "byCategory", "byContact", "flows",
                "monthly", "dormant", "today", "outcomes", "concentration", "missingCategories", "byClinician", "seenOut");
        assertThat(root.get("from").asString()).isEqualTo("2025-01-16");
        assertThat(root.get("totals").propertyNames()).containsExactly("in", "out");
        assertThat(root.get("byCategory").get(0).propertyNames()).containsExactly("category", "in", "out");
        assertThat(root.get("byContact").get(0).propertyNames()).startsWith("contact", "name", "category", "in",
                "out", "lastReferral");
        assertThat(root.get("flows").get(0).propertyNames()).startsWith("from", "to", "count");
        assertThat(root.get("flows").get(0).get("from").asString()).isEqualTo("dr-maria-lopez");
        assertThat(root.get("flows").get(0).get("to").asString()).isEqualTo("Priya Shah");
        assertThat(root.get("monthly")).hasSize(13);
        assertThat(root.get("monthly").get(0).propertyNames()).containsExactly("month", "in", "out");
        assertThat(root.get("dormant").get(0).propertyNames()).startsWith("contact", "name", "lastReferral", "daysSince");
        assertThat(root.get("dormant").get(0).get("daysSince").asInt()).isEqualTo(198);
        assertThat(root.get("concentration").get("warning").asBoolean()).isTrue();
        assertThat(root.get("outcomes").get("in").get("open").asInt()).isEqualTo(2);
    }

    @Test
    void text_shows_the_fifteen_busiest_flows_and_says_how_to_see_the_rest_while_csv_keeps_all() {
        Path example = Golden.repo().resolve("examples/harbor-light");
        RefnetRun run = new RefnetRun(tmp).today(LocalDate.of(2026, 11, 27));
        RefnetRun.Result text = run.in(example, "report");
        assertThat(text.code()).as(text.toString()).isZero();
        String flows = text.out().substring(text.out().indexOf("Who refers to whom"), text.out().indexOf("By clinician"));
        assertThat(flows.lines().filter(l -> l.matches(".*\\s\\d+$"))).hasSize(15);
        assertThat(flows).contains("… and 54 more flows").contains("--format csv");
        RefnetRun.Result csv = run.in(example, "report", "--format", "csv");
        assertThat(csv.out().lines().filter(l -> l.startsWith("flow,"))).hasSize(69);
    }

    @Test
    void the_month_by_month_headings_stand_over_their_numbers() {
        RefnetRun.Result r = report();
        String[] lines = r.out().substring(r.out().indexOf("MONTH")).split("\n");
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}\\s+(\\d+) [^0-9]*?(\\d+)").matcher(lines[1]);
        assertThat(row.find()).as(lines[1]).isTrue();
        assertThat(lines[0].indexOf("IN") + 2).as(lines[0] + "\n" + lines[1]).isEqualTo(row.end(1));
        assertThat(lines[0].indexOf("OUT") + 3).as(lines[0] + "\n" + lines[1]).isEqualTo(row.end(2));
    }

    @Test
    void text_is_the_default_and_has_every_section() {
        RefnetRun.Result r = report();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Referrals 2025-01-16 to 2026-01-15 · Harbor Light Counseling\nIn: 9   Out: 3\n")
                .contains("By category", "By contact", "Who refers to whom", "Month by month", "Outcomes",
                        "Top partner", "Dormant partners", "Gaps", "No legal partners yet", "█")
                .doesNotContain("\u001b[");
    }

    @Test
    void text_is_coloured_on_a_terminal_unless_no_color_is_set() {
        RefnetRun run = new RefnetRun(tmp).today(LocalDate.of(2026, 1, 15)).terminal(true);
        RefnetRun.Result plain = run.in(NET, "report");
        assertThat(plain.out()).doesNotContain("\u001b[");
        RefnetRun.Result colour = run.env("NO_COLOR", null).in(NET, "report");
        assertThat(colour.code()).as(colour.toString()).isZero();
        assertThat(colour.out()).contains("\u001b[");
    }

    @Test
    void the_monthly_bars_grow_with_the_terminal_width() {
        RefnetRun run = new RefnetRun(tmp).today(LocalDate.of(2026, 1, 15));
        String narrow = run.env("COLUMNS", "60").in(NET, "report").out();
        String wide = run.env("COLUMNS", "140").in(NET, "report").out();
        assertThat(longestBar(wide)).isGreaterThan(longestBar(narrow));
        assertThat(narrow.lines().filter(l -> l.startsWith("2025-")).mapToInt(String::length).max().orElse(0))
                .isLessThanOrEqualTo(60);
    }

    private static int longestBar(String out) {
        return out.lines().mapToInt(l -> (int) l.chars().filter(c -> c == '█').count()).max().orElse(0);
    }

    @Test
    void markdown_csv_and_both_graphs_print() {
        assertThat(report("--format", "markdown").out()).contains("## Who refers to whom", "| Dr. María López | Priya Shah | 3 |");
        RefnetRun.Result csv = report("--format", "csv");
        assertThat(csv.out()).startsWith("section,from,to,contact,name,category,in,out,count,lastReferral,partners,seen\r\n")
                .contains("contact,,,dr-maria-lopez,Dr. María López,physician,5,1,6,2025-12-01,,\r\n")
                .contains("flow,dr-maria-lopez,Priya Shah,dr-maria-lopez,Dr. María López,physician,,,3,,,\r\n");
        assertThat(report("--graph", "dot").out()).startsWith("digraph referrals {")
                .contains("\"partner:dr-maria-lopez\" -> \"clinician:Priya Shah\" [label=\"3\"];");
        assertThat(report("--graph", "mermaid").out()).contains("flowchart LR", "p_dr_maria_lopez -->|3| c_priya_shah");
    }

    @Test
    void a_bad_date_is_a_usage_error() {
        RefnetRun.Result r = report("--from", "2025-02-30");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'2025-02-30' is not a date (there is no such day)");
        assertThat(report("--to", "last week").code()).isEqualTo(2);
    }

    @Test
    void from_after_to_is_a_usage_error() {
        RefnetRun.Result r = report("--from", "2025-06-01", "--to", "2025-05-31");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--from 2025-06-01 is after --to 2025-05-31");
        assertThat(r.out()).isEmpty();
        RefnetRun.Result future = report("--from", "2026-02-01");
        assertThat(future.code()).as(future.toString()).isEqualTo(2);
        assertThat(future.err()).contains("is after today, 2026-01-15");
    }

    @Test
    void to_alone_reports_the_twelve_months_ending_then_and_from_alone_runs_to_today() {
        assertThat(report("--to", "2025-06-30").out()).startsWith("Referrals 2024-07-01 to 2025-06-30");
        assertThat(report("--from", "-30d").out()).startsWith("Referrals 2025-12-16 to 2026-01-15");
    }

    @Test
    void the_query_filters_contacts_and_takes_negated_terms_as_terms() {
        RefnetRun.Result r = report("-category:physician", "-hope", "--format", "csv");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("sam-rivera", "st-marks-church").doesNotContain("lopez", "hope-house", "dr-ann-kim");
        RefnetRun.Result in = report("category:physician", "--format", "json");
        assertThat(in.out()).contains("\"in\": 6").doesNotContain("st-marks-church");
    }

    @Test
    void unknown_options_and_bad_query_terms_are_usage_errors() {
        RefnetRun.Result bogus = report("--bogus");
        assertThat(bogus.code()).as(bogus.toString()).isEqualTo(2);
        assertThat(bogus.err()).contains("Unknown option: '--bogus'");
        assertThat(report("category:wizard").code()).isEqualTo(2);
        assertThat(report("--format", "yaml").code()).isEqualTo(2);
        assertThat(report("--graph", "svg").code()).isEqualTo(2);
        RefnetRun.Result both = report("--graph", "dot", "--format", "json");
        assertThat(both.code()).as(both.toString()).isEqualTo(2);
        assertThat(both.err()).contains("--graph prints only the graph");
    }

    @Test
    void an_empty_network_reports_zeros_and_every_gap() {
        RefnetRun run = new RefnetRun(tmp).today(LocalDate.of(2026, 1, 15));
        Path net = tmp.resolve("net");
        assertThat(run.run("init", net.toString()).code()).isZero();
        RefnetRun.Result r = run.in(net, "report");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("In: 0   Out: 0", "No referrals in this period.", "No therapist partners yet",
                "No legal partners yet");
        assertThat(run.in(net, "report", "--graph", "dot").out()).isEqualTo(
                "digraph referrals {\n  label=\"Referrals 2025-01-16 to 2026-01-15\";\n  labelloc=t;\n  fontname=\"Helvetica\";\n  rankdir=LR;\n"
                        + "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\"];\n}\n");
    }
}
