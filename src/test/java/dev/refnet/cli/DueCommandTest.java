package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Golden;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code refnet due} and {@code refnet snooze} through the real command line, on the messy network. */
class DueCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    Path net;
    RefnetRun run;

    @BeforeEach
    void copyMessyNetwork() throws IOException {
        net = Networks.copyOfMessy(tmp);
        run = new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    RefnetRun.Result due(String... args) {
        List<String> all = new ArrayList<>(List.of("due"));
        all.addAll(List.of(args));
        return run.in(net, all.toArray(String[]::new));
    }

    /**
     * The messy network as of 2025-03-03, worked out by hand from the files (refnet.yaml sets
     * thank-you-within 2d, physician 2m, school 8w; defaults: outcome-within 14d, lookback 180d,
     * so the lookback starts 2024-09-04):
     *
     * <ul>
     * <li>sam-rivera (counselor = therapist, follow-up 6w, snooze-until 2025-03-10): referral-out
     *     C-0099 on 2024-09-04 (the first day of the lookback, kept), no outcome: due 09-04 + 14d =
     *     2024-09-18, 166 days overdue. C-0098 on 2024-09-03 is a day too old. C-0131 has an
     *     outcome. C-0150 on 2025-01-13 (a flow-style entry, written first): due 01-27, 35 overdue.
     *     Check-in: last contact 01-13 + 6w = 02-24, but snoozed until 03-10: not listed today.</li>
     * <li>st-marks-church (faith, follow-up P60D, since 2024-12-01): only a note, so no last
     *     contact; the check-in is due at since, 2024-12-01, 92 days overdue; cadence as written.</li>
     * <li>dr-maria-lopez (BOM, CRLF, "doctor" = physician, entries out of order): referrals-in
     *     02-10 (C-0142, outcome scheduled) and 02-20 (C-0145); thank-you 02-18 covers 02-10 only.
     *     Thank-you due 02-20 + 2d = 02-22, 9 overdue, listing C-0145. The outcome of C-0145 is
     *     due 03-06 (upcoming, not listed). The 03-05 referral is after today: ignored. Check-in:
     *     last contact 02-20 (the note of 02-26 does not count) + 2m = 04-20: not listed.</li>
     * <li>lincoln-high (CRLF, paused): C-0155 thanked the same day (02-27); C-0156 on 03-01 is
     *     not: thank-you due 03-03, overdue 0. Its outcomes are upcoming; paused: no check-in.</li>
     * <li>riverside-youth-center (nonprofit = community, prospect, no log, no since): check-in
     *     due today, lastContact null, cadence the built-in 60d.</li>
     * <li>old-firm (archived): its one referral (2024-06-01) is older than the lookback.</li>
     * <li>broken.yaml has a merge-conflict marker: skipped, reported on stderr.</li>
     * </ul>
     * Order: due date, then on 2025-03-03 the thank-you before the check-in.
     */
    @Test
    void json_on_the_messy_network_matches_the_hand_worked_expectation() throws Exception {
        RefnetRun.Result r = due("--format", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        String expected = """
                {"today": "2025-03-03", "items": [
                  {"kind": "outcome", "contact": "sam-rivera", "name": "Sam Rivera", "category": "therapist",
                   "due": "2024-09-18", "overdue": 166, "clinician": "Jordan Ellis", "direction": "out", "date": "2024-09-04", "client": "C-0099"},
                  {"kind": "check-in", "contact": "st-marks-church", "name": "St. Mark's Church", "category": "faith",
                   "due": "2024-12-01", "overdue": 92, "clinician": "Jordan Ellis", "lastContact": null, "cadence": "P60D"},
                  {"kind": "outcome", "contact": "sam-rivera", "name": "Sam Rivera", "category": "therapist",
                   "due": "2025-01-27", "overdue": 35, "clinician": "Jordan Ellis", "direction": "out", "date": "2025-01-13", "client": "C-0150"},
                  {"kind": "thank-you", "contact": "dr-maria-lopez", "name": "Dr. María López", "category": "physician",
                   "due": "2025-02-22", "overdue": 9, "clinician": "Priya Shah", "referrals": [{"date": "2025-02-20", "client": "C-0145", "clinician": "Priya Shah", "consent": "none", "releaseUntil": null}]},
                  {"kind": "thank-you", "contact": "lincoln-high", "name": "Lincoln High School", "category": "school",
                   "due": "2025-03-03", "overdue": 0, "clinician": "Jordan Ellis", "referrals": [{"date": "2025-03-01", "client": "C-0156", "clinician": "Jordan Ellis", "consent": "none", "releaseUntil": null}]},
                  {"kind": "check-in", "contact": "riverside-youth-center", "name": "Riverside Youth Center",
                   "category": "community", "due": "2025-03-03", "overdue": 0, "clinician": "Jordan Ellis", "lastContact": null, "cadence": "60d"}
                ]}""";
        assertThat(JSON.readTree(r.out())).isEqualTo(JSON.readTree(expected));
        // Key order is part of the contract (docs/format.md#section-2).
        assertThat(fieldNames(JSON.readTree(r.out()))).containsExactly("today", "items");
        assertThat(fieldNames(JSON.readTree(r.out()).get("items").get(1)))
                .containsExactly("kind", "contact", "name", "category", "due", "overdue", "lastContact", "cadence", "clinician");
        assertThat(fieldNames(JSON.readTree(r.out()).get("items").get(0)))
                .containsExactly("kind", "contact", "name", "category", "due", "overdue", "direction", "date", "client",
                        "clinician");
        assertThat(fieldNames(JSON.readTree(r.out()).get("items").get(3)))
                .containsExactly("kind", "contact", "name", "category", "due", "overdue", "referrals", "clinician");
        assertThat(r.err()).contains("contacts/broken.yaml:3:1:").contains("skipped 1 file");
    }

    /**
     * With --upcoming 2w (to 2025-03-17), also: lopez's C-0145 outcome (03-06, -3), sam's snoozed
     * check-in (03-10, -7), lincoln's C-0155 (02-27 + 14d = 03-13, -10) and C-0156 (03-15, -12).
     */
    @Test
    void upcoming_adds_items_due_within_the_window_with_negative_overdue() throws Exception {
        JsonNode items = JSON.readTree(due("--upcoming", "2w", "--format", "json").out()).get("items");
        List<String> got = new ArrayList<>();
        for (JsonNode i : items) {
            got.add(i.get("due").asString() + " " + i.get("kind").asString() + " " + i.get("contact").asString() + " "
                    + i.get("overdue").asInt());
        }
        assertThat(got).hasSize(10).endsWith(
                "2025-03-06 outcome dr-maria-lopez -3",
                "2025-03-10 check-in sam-rivera -7",
                "2025-03-13 outcome lincoln-high -10",
                "2025-03-15 outcome lincoln-high -12");
    }

    @Test
    void kind_filters_and_accepts_repeats_and_commas() throws Exception {
        JsonNode a = JSON.readTree(due("--kind", "check-in", "--kind", "thank-you", "--format", "json").out()).get("items");
        JsonNode b = JSON.readTree(due("--kind", "thank-you,check-in", "--format", "json").out()).get("items");
        assertThat(a).isEqualTo(b).hasSize(4);
        for (JsonNode i : a) {
            assertThat(i.get("kind").asString()).isIn("check-in", "thank-you");
        }
        RefnetRun.Result bad = due("--kind", "birthday");
        assertThat(bad.code()).as(bad.toString()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown kind 'birthday'");
    }

    @Test
    void limit_keeps_the_most_overdue_items() throws Exception {
        JsonNode items = JSON.readTree(due("--limit", "2", "--format", "json").out()).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("client").asString()).isEqualTo("C-0099");
        RefnetRun.Result zero = due("--limit", "0");
        assertThat(zero.code()).as(zero.toString()).isEqualTo(2);
    }

    @Test
    void query_terms_may_start_with_a_dash() throws Exception {
        JsonNode items = JSON.readTree(due("-category:therapist,faith", "-hospital", "--format", "json").out()).get("items");
        List<String> contacts = new ArrayList<>();
        items.forEach(i -> contacts.add(i.get("contact").asString()));
        assertThat(contacts).containsExactly("dr-maria-lopez", "lincoln-high", "riverside-youth-center");
        JsonNode notSam = JSON.readTree(due("not:name:sam", "--format", "json").out()).get("items");
        assertThat(notSam).hasSize(4);
    }

    @Test
    void list_takes_negated_terms_the_same_way() {
        RefnetRun.Result r = run.in(net, "list", "-category:therapist,faith", "-hospital", "--format", "csv");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("dr-maria-lopez").doesNotContain("sam-rivera").doesNotContain("st-marks-church");
    }

    @Test
    void a_bad_query_is_a_usage_error_on_one_line() {
        RefnetRun.Result r = due("status:sleeping");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains("unknown status 'sleeping'");
        RefnetRun.Result opt = due("--soon");
        assertThat(opt.code()).as(opt.toString()).isEqualTo(2);
    }

    @Test
    void csv_has_a_header_and_one_row_per_item() throws Exception {
        RefnetRun.Result r = due("--upcoming", "2w", "--format", "csv");
        assertThat(r.code()).as(r.toString()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).hasSize(10);
        assertThat(r.out()).startsWith("kind,contact,name,category,due,overdue,direction,date,client,lastContact,cadence,clinician,consent\r\n");
        CSVRecord thanks = rows.get(3);
        assertThat(thanks.get("kind")).isEqualTo("thank-you");
        assertThat(thanks.get("name")).isEqualTo("Dr. María López");
        assertThat(thanks.get("client")).isEqualTo("C-0145");
        CSVRecord checkIn = rows.get(1);
        assertThat(checkIn.get("lastContact")).isEmpty();
        assertThat(checkIn.get("cadence")).isEqualTo("P60D");
        assertThat(rows.get(0).get("overdue")).isEqualTo("166");
    }

    @Test
    void text_is_grouped_and_says_what_to_do() {
        RefnetRun.Result r = due("--upcoming", "2w");
        assertThat(r.out()).contains("Overdue (4)\n", "Today (2)\n", "Upcoming (4)\n")
                .contains("send a thank-you to Dr. María López for C-0145 (referred on 2025-02-20; 9 days overdue)")
                .contains("record the outcome for C-0150 (referred to Sam Rivera on 2025-01-13; 35 days overdue)")
                .contains("check in with Sam Rivera (snoozed until 2025-03-10; last contact 2025-01-13, every 6w;");
        assertThat(r.out()).doesNotContain("\u001B[");
    }

    @Test
    void text_is_coloured_on_a_terminal_unless_no_color() {
        RefnetRun.Result coloured = run.env("NO_COLOR", null).terminal(true).in(net, "due");
        assertThat(coloured.out()).contains("\u001B[").contains("Overdue (4)");
        RefnetRun.Result plain = run.env("NO_COLOR", "1").terminal(true).in(net, "due");
        assertThat(plain.out()).doesNotContain("\u001B[");
    }

    @Test
    void text_wraps_to_the_terminal_width_without_losing_words() {
        RefnetRun.Result r = run.env("COLUMNS", "50").in(net, "due");
        for (String line : r.out().split("\n")) {
            assertThat(dev.refnet.render.Display.width(line)).as(line).isLessThanOrEqualTo(50);
        }
        assertThat(r.out().replaceAll("\\s+", " ")).contains("record the outcome for C-0099 (referred to Sam Rivera on 2024-09-04; 166 days overdue)");
    }

    @Test
    void nothing_due_says_so_kindly() {
        RefnetRun.Result r = due("category:legal");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Nothing is due today for the contacts matching that query. All caught up.\n"
                + "1 contact is missing from this answer because its file could not be read; 'refnet check' shows why\n");
    }

    @Test
    void an_empty_network_suggests_adding_a_contact() {
        RefnetRun r0 = new RefnetRun(tmp);
        Path empty = tmp.resolve("empty");
        assertThat(r0.run("init", empty.toString()).code()).isZero();
        RefnetRun.Result r = r0.in(empty, "due");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No contacts yet").contains("refnet add-contact");
    }

    @Test
    void ics_is_a_valid_calendar_with_one_all_day_event_per_item() {
        RefnetRun.Result r = due("--upcoming", "2w", "--format", "ics");
        assertThat(r.code()).as(r.toString()).isZero();
        String ics = r.out();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(count(unfolded, "BEGIN:VEVENT\r\n")).isEqualTo(10);
        assertThat(count(unfolded, "END:VEVENT\r\n")).isEqualTo(10);
        assertThat(count(unfolded, "\r\nDTSTAMP:20250303T000000Z\r\n")).isEqualTo(10);
        assertThat(unfolded).contains("UID:thank-you-dr-maria-lopez-20250220-C-0145@refnet\r\n"
                + "DTSTAMP:20250303T000000Z\r\nSEQUENCE:20150\r\n"
                + "DTSTART;VALUE=DATE:20250222\r\nDTEND;VALUE=DATE:20250223\r\n"
                + "SUMMARY:Send a thank-you to Dr. María López for C-0145\r\n");
        assertThat(unfolded).contains("UID:check-in-st-marks-church@refnet\r\n");
        // TEXT escaping: the semicolon in the description, the comma-separated CATEGORIES list.
        assertThat(unfolded).contains("DESCRIPTION:Referred to Sam Rivera on 2024-09-04\\; 166 days overdue (as of 2025-03-03).\\n"
                + "When done: refnet outcome sam-rivera C-0099 seen\r\n");
        assertThat(unfolded).contains("CATEGORIES:refnet,outcome\r\n");
        // UIDs are unique within the file.
        Matcher m = Pattern.compile("\r\nUID:([^\r]+)\r\n").matcher(unfolded);
        List<String> uids = new ArrayList<>();
        while (m.find()) {
            uids.add(m.group(1));
        }
        assertThat(uids).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void ics_uids_stay_the_same_when_the_due_date_moves() throws Exception {
        String before = due("--kind", "check-in", "--upcoming", "1y", "--format", "ics").out().replace("\r\n ", "");
        assertThat(run.in(net, "log", "st-marks", "call", "--date", "2025-03-01").code()).isZero();
        String after = due("--kind", "check-in", "--upcoming", "1y", "--format", "ics").out().replace("\r\n ", "");
        String uid = "UID:check-in-st-marks-church@refnet\r\n";
        assertThat(before).contains(uid + "DTSTAMP:20250303T000000Z\r\nSEQUENCE:20150\r\nDTSTART;VALUE=DATE:20241201");
        assertThat(after).contains(uid + "DTSTAMP:20250303T000000Z\r\nSEQUENCE:20150\r\nDTSTART;VALUE=DATE:20250430");
    }

    @Test
    void snooze_writes_the_date_keeps_comments_and_hides_the_check_in() throws Exception {
        Path file = net.resolve("contacts/riverside-youth-center.yaml");
        RefnetRun.Result s = run.in(net, "snooze", "riverside", "2w");
        assertThat(s.code()).as(s.toString()).isZero();
        assertThat(s.out()).isEqualTo("snoozed check-ins with Riverside Youth Center until 2025-03-17\n");
        assertThat(Files.readString(file)).isEqualTo("name: Riverside Youth Center\ncategory: nonprofit\nstatus: prospect\n"
                + "snooze-until: 2025-03-17\n");
        assertThat(due("--kind", "check-in").out()).doesNotContain("Riverside");
        assertThat(due("--kind", "check-in", "--upcoming", "2w").out())
                .contains("2025-03-17  Jordan Ellis: check in with Riverside Youth Center (snoozed until 2025-03-17;");
    }

    @Test
    void snooze_changes_only_the_date_in_a_file_with_comments_bom_and_crlf() throws Exception {
        Path file = net.resolve("contacts/sam-rivera.yaml");
        String before = Files.readString(file);
        RefnetRun.Result s = run.in(net, "snooze", "sam", "2025-04-01");
        assertThat(s.code()).as(s.toString()).isZero();
        assertThat(s.out()).contains("until 2025-04-01 (it was 2025-03-10)");
        assertThat(Files.readString(file)).isEqualTo(before.replace("snooze-until: 2025-03-10", "snooze-until: 2025-04-01"));
        Path lopez = net.resolve("contacts/dr-maria-lopez.yaml");
        byte[] old = Files.readAllBytes(lopez);
        assertThat(run.in(net, "snooze", "lopez", "1m").code()).isZero();
        String text = new String(Files.readAllBytes(lopez), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF# Dr. López").contains("since: 2024-03-02\r\nsnooze-until: 2025-04-03\r\nlog:\r\n");
        assertThat(text.replace("snooze-until: 2025-04-03\r\n", "")).isEqualTo(new String(old, StandardCharsets.UTF_8));
    }

    @Test
    void snooze_refuses_the_past_and_nonsense() {
        RefnetRun.Result past = run.in(net, "snooze", "sam", "2025-01-01");
        assertThat(past.code()).isEqualTo(2);
        assertThat(past.err()).contains("is in the past");
        RefnetRun.Result junk = run.in(net, "snooze", "sam", "later");
        assertThat(junk.code()).isEqualTo(2);
        assertThat(junk.err()).contains("neither a duration");
        RefnetRun.Result nobody = run.in(net, "snooze", "zzz", "2w");
        assertThat(nobody.code()).as(nobody.toString()).isEqualTo(1);
    }

    @Test
    void snooze_commits_in_a_git_network() throws Exception {
        Path g = tmp.resolve("g");
        RefnetRun r = new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
        assertThat(r.run("init", g.toString(), "--git").code()).isZero();
        assertThat(r.in(g, "add-contact", "Sam Rivera", "--category", "therapist").code()).isZero();
        RefnetRun.Result s = r.in(g, "snooze", "sam", "2w");
        assertThat(s.code()).as(s.toString()).isZero();
        Process p = new ProcessBuilder("git", "-C", g.toString(), "log", "-1", "--format=%s", "--name-only").start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(log).contains("snooze check-ins with Sam Rivera until 2025-03-17").contains("contacts/sam-rivera.yaml");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.propertyNames().forEach(names::add);
        return names;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
