package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent of a referral in: logged, shown, exported, listed by due, and checked in thank-you notes. */
class ConsentCommandTest {

    static final String LOPEZ = """
            name: Dr. María López
            category: physician
            log:
              - date: 2025-02-10
                type: referral-in
                client: C-0142
                to: Priya Shah
            """;

    @TempDir
    Path tmp;

    Path net;
    Path lopez;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-maria-lopez", LOPEZ);
        lopez = net.resolve("contacts/dr-maria-lopez.yaml");
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    @Test
    void log_referral_writes_consent_and_release_until_and_show_and_exports_carry_them() throws Exception {
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "lopez", "--client", "C-0150", "--consent", "release",
                "--release-until", "2025-09-30");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ + """
                  - date: 2025-03-03
                    type: referral-in
                    client: C-0150
                    to: Jordan Ellis
                    consent: release
                    release-until: 2025-09-30
                """);
        assertThat(run().env("COLUMNS", "200").in(net, "show", "lopez").out())
                .contains("C-0150 to Jordan Ellis; outcome not recorded; consent: release until 2025-09-30")
                .contains("C-0142 to Priya Shah; outcome not recorded\n");
        assertThat(run().in(net, "export", "log", "--format", "json").out())
                .contains("\"client\": \"C-0150\",\n    \"to\": \"Jordan Ellis\",\n    \"consent\": \"release\",\n    \"releaseUntil\": \"2025-09-30\"");
        String csv = run().in(net, "export", "log", "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",outcome,consent,release-until,");
        assertThat(csv).contains(",C-0150,Jordan Ellis,,,,release,2025-09-30,");
    }

    @Test
    void consent_is_only_for_referrals_in_and_release_until_only_with_a_release() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result out = run().in(net, "log-referral", "--to", "lopez", "--client", "C-1", "--consent", "generic");
        assertThat(out.code()).isEqualTo(2);
        assertThat(out.err()).isEqualTo("refnet: --consent is for a referral in (--from CONTACT): it records what the"
                + " client agreed the referrer may be told\n");
        RefnetRun.Result until = run().in(net, "log-referral", "--from", "lopez", "--client", "C-1", "--release-until", "2025-05-01");
        assertThat(until.code()).isEqualTo(2);
        assertThat(until.err()).startsWith("refnet: --release-until goes with --consent release").hasLineCount(1);
        RefnetRun.Result unknown = run().in(net, "log-referral", "--from", "lopez", "--client", "C-1", "--consent", "maybe");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown consent 'maybe'; use one of: none, generic, release");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void a_bad_consent_written_by_hand_is_reported_with_its_place() throws Exception {
        Files.writeString(lopez, LOPEZ + "    consent: signed\n");
        RefnetRun.Result r = run().in(net, "check");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("dr-maria-lopez.yaml:8:").contains("consent");
    }

    @Test
    void due_json_and_csv_carry_each_referrals_consent_and_the_text_points_at_the_draft() throws Exception {
        Files.writeString(lopez, LOPEZ + """
                  - date: 2025-02-12
                    type: referral-in
                    client: C-0143
                    consent: release
                    release-until: 2025-12-31
                """);
        String json = run().in(net, "due", "--kind", "thank-you", "--format", "json").out();
        assertThat(json).contains("\"client\": \"C-0142\"").contains("\"consent\": \"none\"")
                .contains("\"consent\": \"release\"").contains("\"releaseUntil\": \"2025-12-31\"").contains("\"releaseUntil\": null");
        List<String> csv = run().in(net, "due", "--kind", "thank-you", "--format", "csv").out().lines().toList();
        assertThat(csv.get(0)).endsWith(",consent");
        assertThat(csv.get(1)).startsWith("thank-you,dr-maria-lopez,").endsWith(",none;release");
        assertThat(run().env("COLUMNS", "200").in(net, "due", "--kind", "thank-you").out())
                .contains("send a thank-you to Dr. María López for C-0142 and C-0143 (2 referrals since 2025-02-10; 18 days overdue); next: refnet draft thank dr-maria-lopez\n");
    }

    @Test
    void check_warns_when_a_thank_you_note_names_a_client_without_a_release() throws Exception {
        Files.writeString(lopez, LOPEZ + """
                  - date: 2025-02-12
                    type: referral-in
                    client: C-0143
                    consent: release
                  - date: 2025-02-14
                    type: thank-you
                    note: Thanked for c-0142 and C-0143.
                  - date: 2025-02-15
                    type: thank-you
                    note: Card for C-0143
                """);
        RefnetRun.Result r = run().in(net, "check");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(notes(r.out())).isEqualTo(tmp.relativize(lopez) + ":14:11: warning: this thank-you's note holds the client code c-0142, whose"
                + " referral has no release of information in force on 2025-02-14: a thank-you must not confirm that someone"
                + " became a client; take the code out of the note\n");
    }

    @Test
    void check_counts_a_release_as_lapsed_after_release_until() throws Exception {
        Files.writeString(lopez, """
                name: Dr. María López
                category: physician
                log:
                  - date: 2025-02-10
                    type: referral-in
                    client: C-0142
                    consent: release
                    release-until: 2025-02-20
                  - {date: 2025-02-15, type: thank-you, note: "C-0142 is settling in"}
                  - {date: 2025-02-25, type: thank-you, note: "C-0142 again"}
                """);
        RefnetRun.Result r = run().in(net, "check");
        assertThat(notes(r.out())).doesNotContain(":9:").contains(":10:").contains("in force on 2025-02-25").hasLineCount(1);
    }

    /** The lines of check's output about thank-you notes (the test network's file modes give warnings too). */
    private static String notes(String out) {
        return out.lines().filter(l -> l.contains("thank-you's note")).map(l -> l + "\n").reduce("", String::concat);
    }
}
