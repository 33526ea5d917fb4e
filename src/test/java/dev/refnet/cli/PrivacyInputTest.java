package dev.refnet.cli;

import static dev.refnet.support.Files600.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Files600;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Client codes that read as names, and a client's details in free text, at input and in check (issue 18, 9 and 10). */
class PrivacyInputTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void network() throws Exception {
        net = Files600.network(tmp.resolve("net"));
        contact(net, "lakeview", "name: Lakeview Pediatrics\ncategory: physician\n");
    }

    RefnetRun run() throws java.io.IOException {
        return new RefnetRun(tmp).cwd(Files.createDirectories(tmp.resolve("elsewhere"))).today(LocalDate.of(2026, 12, 2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Emily", "Emily.Watson", "EWatson2011", "emily2011"})
    void a_client_code_that_reads_as_a_name_is_refused_and_nothing_is_written(String code) throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "lakeview", "--client", code);
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(r.err()).startsWith("refnet: client code '" + code + "' refused: ").contains("client-code");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void refnet_yaml_s_client_code_pattern_is_the_rule_at_input() throws Exception {
        Files600.write(net.resolve("refnet.yaml"), "practice: Harbor Light\nclient-code: 'C-[0-9]{4}'\n");
        RefnetRun.Result bad = run().in(net, "log-referral", "--from", "lakeview", "--client", "C-12");
        assertThat(bad.code()).as(bad.toString()).isEqualTo(2);
        assertThat(bad.err()).contains("it does not match client-code 'C-[0-9]{4}' in refnet.yaml");
        RefnetRun.Result good = run().in(net, "log-referral", "--from", "lakeview", "--client", "C-0142");
        assertThat(good.code()).as(good.toString()).isZero();
    }

    @Test
    void check_flags_existing_codes_that_break_the_rule_and_a_bad_pattern() throws Exception {
        contact(net, "sam", "name: Sam Rivera\ncategory: therapist\nlog:\n"
                + "  - date: 2026-01-02\n    type: referral-out\n    client: Emily\n"
                + "  - date: 2026-01-03\n    type: referral-out\n    client: C-0142\n");
        RefnetRun.Result r = run().in(net, "check");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).startsWith(net.resolve("contacts/sam.yaml") + ":6:13: error: client code 'Emily' is not an opaque code:"
                + " it has no digit, so it may be a name.");
        assertThat(r.out().lines()).as(r.toString()).hasSize(1);

        Files600.write(net.resolve("refnet.yaml"), "client-code: 'C-[0-9]{4}'\n");
        assertThat(run().in(net, "check").out()).contains("client code 'Emily' is not an opaque code: it does not match client-code");
        Files600.write(net.resolve("refnet.yaml"), "client-code: 'C-[0-9'\n");
        assertThat(run().in(net, "check").out()).contains(net.resolve("refnet.yaml") + ":1:14: error: client-code 'C-[0-9' is not a valid pattern");
    }

    @Test
    void a_referral_reason_with_a_phone_number_and_birth_date_is_refused_with_the_reason() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "log-referral", "--from", "lakeview", "--client", "C-0142",
                "--reason", "Emily W., DOB 3/4/2012, 757-555-1212");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("refnet: --reason holds what looks like a phone number ('757-555-1212') and a date of"
                + " birth ('DOB'): a client's details do not belong in refnet; say why in a word or two (like trauma) and"
                + " name the client only by the opaque code; nothing was written\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void a_referral_note_with_an_email_address_is_refused() throws Exception {
        RefnetRun.Result r = run().in(net, "log-referral", "--to", "lakeview", "--client", "C-0142",
                "--note", "mother: jw@mail.example");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("refnet: --note holds what looks like an e-mail address ('jw@mail.example')");
    }

    @Test
    void a_phone_number_in_another_entry_s_note_is_a_warning_and_the_entry_is_written() throws Exception {
        RefnetRun.Result r = run().in(net, "log", "lakeview", "call", "--note", "front desk 757-555-1212");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("refnet: warning: the note holds what looks like a phone number ('757-555-1212');"
                + " if it is a client's, take it out of contacts/lakeview.yaml: refnet keeps clients only as opaque codes\n");
        assertThat(Files.readString(net.resolve("contacts/lakeview.yaml"))).contains("note: front desk 757-555-1212");
        RefnetRun.Result thank = run().in(net, "thank", "lakeview", "--note", "card to jw@mail.example");
        assertThat(thank.err()).contains("warning: the note holds what looks like an e-mail address");
    }
}
