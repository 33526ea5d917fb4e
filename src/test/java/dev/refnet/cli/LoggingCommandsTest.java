package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.store.NetworkLock;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoggingCommandsTest {

    static final String LOPEZ = """
            # Our biggest referrer
            name: Dr. María López
            category: physician
            log:
              - date: 2025-02-10
                type: referral-in
                client: C-0142
                to: Priya Shah
              - date: 2025-02-20
                type: referral-out
                client: C-0150
              - date: 2025-02-25
                type: referral-in
                client: C-0150
            """;

    @TempDir
    Path tmp;

    Path net;
    Path lopez;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-maria-lopez", LOPEZ, "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        lopez = net.resolve("contacts/dr-maria-lopez.yaml");
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    private void assertUnchanged() throws Exception {
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ);
    }

    @Test
    void log_appends_an_entry_and_says_so_in_one_line() throws Exception {
        RefnetRun.Result r = run().in(net, "log", "lopez", "coffee", "--note", "Talked about trauma referrals");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("logged coffee with Dr. María López on 2025-03-03\n");
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ
                + "  - date: 2025-03-03\n    type: coffee\n    note: Talked about trauma referrals\n");
    }

    @Test
    void log_takes_relative_dates() throws Exception {
        assertThat(run().in(net, "log", "sam", "call", "--date", "yesterday").out()).isEqualTo("logged call with Sam Rivera on 2025-03-02\n");
        assertThat(run().in(net, "log", "sam", "email", "--date", "-1w").out()).isEqualTo("logged email with Sam Rivera on 2025-02-24\n");
        assertThat(run().in(net, "log", "sam", "note", "--date", "today", "--note", "On leave in April").out())
                .isEqualTo("logged a note about Sam Rivera on 2025-03-03\n");
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml"))).isEqualTo("""
                name: Sam Rivera
                category: therapist
                log:
                  - date: 2025-02-24
                    type: email
                  - date: 2025-03-02
                    type: call
                  - date: 2025-03-03
                    type: note
                    note: On leave in April
                """);
    }

    @Test
    void log_refuses_a_referral_type_and_an_unknown_type() throws Exception {
        RefnetRun.Result r = run().in(net, "log", "lopez", "referral-in");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("log referrals with 'refnet log-referral'");
        r = run().in(net, "log", "lopez", "brunch");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown log type 'brunch'; use one of: coffee, call");
        assertUnchanged();
    }

    @Test
    void thank_logs_a_thank_you() throws Exception {
        RefnetRun.Result r = run().in(net, "thank", "María", "--date", "2025-02-26", "--note", "Card");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("logged a thank-you to Dr. María López on 2025-02-26\n");
        assertThat(Files.readString(lopez)).endsWith("    client: C-0150\n  - date: 2025-02-26\n    type: thank-you\n    note: Card\n");
    }

    @Test
    void log_referral_in_defaults_to_the_first_clinician() throws Exception {
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "sam", "--client", "C-0160", "--reason", "couples");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("logged referral-in from Sam Rivera (C-0160) to Jordan Ellis on 2025-03-03\n");
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml"))).endsWith("""
                log:
                  - date: 2025-03-03
                    type: referral-in
                    client: C-0160
                    to: Jordan Ellis
                    reason: couples
                """);
    }

    @Test
    void log_referral_out_with_a_clinician_part_and_outcome() throws Exception {
        RefnetRun.Result r = run().in(net, "log-referral", "--to", "sam", "--client", "C-0161", "--clinician", "priya",
                "--outcome", "scheduled", "--date", "2025-03-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("logged referral-out to Sam Rivera (C-0161) by Priya Shah on 2025-03-01\n");
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml")))
                .contains("    type: referral-out\n    client: C-0161\n    from: Priya Shah\n    outcome: scheduled\n");
    }

    @Test
    void log_referral_refuses_an_unknown_clinician() throws Exception {
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "lopez", "--client", "C-1", "--clinician", "Marcus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--clinician names 'Marcus', who is not a clinician of this practice; refnet.yaml lists: Jordan Ellis; Priya Shah");
        assertUnchanged();
    }

    @Test
    void log_referral_needs_exactly_one_direction() throws Exception {
        assertThat(run().in(net, "log-referral", "--client", "C-1").code()).isEqualTo(2);
        RefnetRun.Result both = run().in(net, "log-referral", "--from", "lopez", "--to", "sam", "--client", "C-1");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertUnchanged();
    }

    @Test
    void log_referral_refuses_the_same_referral_twice() throws Exception {
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "lopez", "--client", "c-0142", "--date", "2025-02-10");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is already logged; nothing was written");
        assertUnchanged();
    }

    @Test
    @Timeout(120)
    void a_referral_logged_while_log_referral_waits_for_the_lock_is_still_refused() throws Exception {
        // This test holds the network's lock, as a first log-referral of the same referral would
        // while it writes. The second has read the contact and waits for the lock; the first's
        // entry is written meanwhile. The second must see it once it holds the lock.
        String entry = "  - date: 2025-03-01\n    type: referral-in\n    client: C-0777\n";
        FutureTask<RefnetRun.Result> second = new FutureTask<>(
                () -> run().in(net, "log-referral", "--from", "lopez", "--client", "C-0777", "--date", "2025-03-01"));
        Thread waiting = new Thread(second, "second log-referral");
        try (NetworkLock first = NetworkLock.acquire(net)) {
            waiting.start();
            while (!waitsForTheLock(waiting)) {
                Thread.onSpinWait();
            }
            Files.writeString(lopez, LOPEZ + entry);
        }
        RefnetRun.Result r = second.get();
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("referral-in of C-0777 from Dr. María López on 2025-03-01 is already logged; nothing was written");
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ + entry);
    }

    /** Whether {@code t} is parked in NetworkLock.acquire (it has read the contact and wants to write). */
    private static boolean waitsForTheLock(Thread t) {
        if (t.getState() != Thread.State.WAITING) {
            return false;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals(NetworkLock.class.getName()) && frame.getMethodName().equals("acquire")) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"log|lopez|call|--date|2025-02-30", "thank|lopez|--date|2025-02-30",
        "log-referral|--from|lopez|--client|C-1|--date|2025-02-30", "outcome|lopez|C-0142|seen|--date|2025-02-30",
        "log|lopez|call|--date|02/03/2025", "log|lopez|call|--date|tomorrow"})
    void a_bad_date_is_a_usage_error_and_nothing_is_written(String line) throws Exception {
        RefnetRun.Result r = run().in(net, line.split("\\|"));
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("is not a date").contains("YYYY-MM-DD");
        assertThat(r.out()).isEmpty();
        assertUnchanged();
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"Jane Doe", "jane@x.org", "Doe, Jane", "Zoë-1", ""})
    void a_client_that_is_not_an_opaque_code_is_refused_and_the_file_is_byte_identical(String client) throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "lopez", "--client", client);
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(client.isEmpty() ? "a referral needs a client code" : "client code '" + client + "' refused: ")
                .contains("C-0142");
        if (!client.isEmpty()) {
            assertThat(r.err()).contains("minimum necessary");
        }
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void the_privacy_refusal_says_why_for_a_name_and_an_address() {
        assertThat(run().in(net, "log-referral", "--from", "lopez", "--client", "Jane Doe").err())
                .contains("it has a space, so it looks like a name");
        assertThat(run().in(net, "log-referral", "--to", "lopez", "--client", "jane@x.org").err())
                .contains("it looks like an e-mail address");
    }

    @Test
    void outcome_sets_the_one_referral_and_says_what_it_was() throws Exception {
        RefnetRun.Result r = run().in(net, "outcome", "lopez", "c-0142", "seen");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("recorded outcome seen for C-0142 (referral-in from Dr. María López, 2025-02-10)\n");
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ.replace("    to: Priya Shah\n", "    to: Priya Shah\n    outcome: seen\n"));
        RefnetRun.Result again = run().in(net, "outcome", "lopez", "C-0142", "no-show");
        assertThat(again.out()).endsWith("; it was seen\n");
        assertThat(Files.readString(lopez)).contains("    outcome: no-show\n").doesNotContain("outcome: seen");
    }

    @Test
    void outcome_with_an_unknown_client_lists_the_codes() throws Exception {
        RefnetRun.Result r = run().in(net, "outcome", "lopez", "C-9999", "seen");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("refnet: no referral of C-9999 in Dr. María López's log; its client codes are C-0142, C-0150\n");
        assertThat(run().in(net, "outcome", "sam", "C-1", "seen").err()).contains("(it has no referrals)");
        assertUnchanged();
    }

    @Test
    void outcome_with_two_matching_referrals_asks_for_the_date() throws Exception {
        RefnetRun.Result r = run().in(net, "outcome", "lopez", "C-0150", "seen");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("refnet: Dr. María López's log has 2 referrals of C-0150 (on 2025-02-20, 2025-02-25);"
                + " say which with --referred 2025-02-25\n");
        assertUnchanged();
    }

    @Test
    void outcome_date_disambiguates() throws Exception {
        RefnetRun.Result r = run().in(net, "outcome", "lopez", "C-0150", "waitlisted", "--date", "2025-02-20");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("recorded outcome waitlisted for C-0150 (referral-out to Dr. María López, 2025-02-20)\n");
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ.replace("    client: C-0150\n  - date: 2025-02-25",
                "    client: C-0150\n    outcome: waitlisted\n  - date: 2025-02-25"));
    }

    @Test
    void outcome_refuses_an_unknown_outcome() throws Exception {
        RefnetRun.Result r = run().in(net, "outcome", "lopez", "C-0142", "great");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown outcome 'great'; use one of: scheduled, seen, declined, no-show, waitlisted");
        assertUnchanged();
    }

    @Test
    void a_file_with_conflict_markers_is_refused_with_its_location() throws Exception {
        String conflicted = "name: Sam Rivera\n<<<<<<< HEAD\ncategory: therapist\n=======\ncategory: school\n>>>>>>> laptop\n";
        Path sam = net.resolve("contacts/sam-rivera.yaml");
        Files.writeString(sam, conflicted);
        RefnetRun.Result r = run().in(net, "log", "sam-rivera", "call");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(sam + ":2:1: git merge conflict marker '<<<<<<<'");
        assertThat(Files.readString(sam)).isEqualTo(conflicted);
    }

    @Test
    void an_unknown_contact_is_exit_1_and_nothing_is_written() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "thank", "nobody");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("refnet: no contact matches 'nobody'");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void a_log_entry_dated_after_today_is_refused_naming_the_likely_typo() throws Exception {
        RefnetRun run = run().today(LocalDate.of(2026, 12, 2));
        RefnetRun.Result r = run.in(net, "log", "sam", "call", "--date", "2027-01-05");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("refnet: --date 2027-01-05 is after today (2026-12-02), and a log entry records what"
                + " happened: did you mean 2026-01-05?; nothing was written\n");
        assertThat(run.in(net, "log-referral", "--from", "lopez", "--client", "C-0160", "--date", "2026-11-12").code())
                .as("2026-11-12 is in the past").isZero();
        assertThat(run.in(net, "thank", "sam", "--date", "2026-12-11").err()).as("month and day swapped")
                .contains("did you mean 2026-11-12?");
        assertThat(run.in(net, "log-referral", "--from", "lopez", "--client", "C-0161", "--date", "2026-12-25").err())
                .isEqualTo("refnet: --date 2026-12-25 is after today (2026-12-02), and a log entry records what happened;"
                        + " nothing was written\n");
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml"))).isEqualTo("name: Sam Rivera\ncategory: therapist\n");
    }

    @Test
    void outcome_picks_the_referral_by_referred_and_date_still_works() throws Exception {
        RefnetRun.Result r = run().in(net, "outcome", "lopez", "C-0150", "waitlisted", "--referred", "2025-02-25");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("recorded outcome waitlisted for C-0150 (referral-in from Dr. María López, 2025-02-25)\n");
        RefnetRun.Result old = run().in(net, "outcome", "lopez", "C-0150", "seen", "--date", "2025-02-20");
        assertThat(old.code()).as(old.toString()).isZero();
        String help = run().run("outcome", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--referred=DATE").contains("(--date DATE, its former name, still works)")
                .doesNotContain("--date=DATE");
    }
}
