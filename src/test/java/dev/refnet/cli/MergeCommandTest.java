package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.cli.args.CompletionScripts;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refnet merge KEEP OTHER} end to end with a real git repository (issue 16, item 5). */
class MergeCommandTest {

    static final String LOPEZ = """
            # Our biggest referrer
            name: Dr. María López
            category: physician
            email: mlopez@eastside.example   # the front desk's
            tags: [prescriber]
            log:
              - date: 2025-01-10
                type: coffee
              - date: 2025-02-10   # first referral
                type: referral-in
                client: C-0142
            """;

    static final String MARIA = """
            name: Dr. Maria Lopez
            category: doctor
            organization: Eastside Family Medicine
            phone: 555-0100
            tags:
              - Prescriber
              - bilingual
            linkedin: https://linkedin.example/in/mlopez
            log:
              - date: 2024-12-01
                type: letter
                note: Introductory letter
              - date: 2025-02-10
                type: referral-in
                client: C-0142
              - date: 2025-02-20
                type: thank-you
            """;

    @TempDir
    Path tmp;

    Path net;
    Path lopez;
    Path maria;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-maria-lopez", LOPEZ, "maria-2", MARIA, "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        lopez = net.resolve("contacts/dr-maria-lopez.yaml");
        maria = net.resolve("contacts/maria-2.yaml");
        Networks.gitInit(net);
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    int commits() throws Exception {
        return Integer.parseInt(git(net, "rev-list", "--count", "HEAD").strip());
    }

    static final String MERGED = """
            # Our biggest referrer
            name: Dr. María López
            category: physician
            organization: Eastside Family Medicine
            email: mlopez@eastside.example   # the front desk's
            phone: 555-0100
            tags: [prescriber, bilingual]
            linkedin: https://linkedin.example/in/mlopez
            log:
              - date: 2024-12-01
                type: letter
                note: Introductory letter
              - date: 2025-01-10
                type: coffee
              - date: 2025-02-10   # first referral
                type: referral-in
                client: C-0142
              - date: 2025-02-20
                type: thank-you
            """;

    @Test
    void merge_unites_the_logs_fills_what_keep_lacks_unites_lists_and_removes_other_in_one_commit() throws Exception {
        RefnetRun.Result r = run().in(net, "merge", "dr-maria-lopez", "maria-2");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(Files.readString(lopez)).isEqualTo(MERGED);
        assertThat(maria).doesNotExist();
        assertThat(r.out()).isEqualTo("merged Dr. Maria Lopez (maria-2) into Dr. María López (dr-maria-lopez): 2 log entries"
                + " added (1 already there); took organization, phone, linkedin; united tags; removed contacts/maria-2.yaml\n"
                + "kept Dr. María López's values; not kept from Dr. Maria Lopez: name Dr. Maria Lopez"
                + " (contacts/maria-2.yaml in git history still has them)\n");
        assertThat(git(net, "log", "-1", "--format=%B").strip())
                .isEqualTo("merge Dr. Maria Lopez (maria-2) into Dr. María López\n\nRefnet-Command: merge");
        assertThat(git(net, "show", "--name-status", "--format=", "HEAD").strip())
                .isEqualTo("M\tcontacts/dr-maria-lopez.yaml\nD\tcontacts/maria-2.yaml");
        assertThat(commits()).isEqualTo(2);
        assertThat(run().in(net, "check").out()).doesNotContain("is also in");
    }

    @Test
    void on_a_terminal_each_value_both_have_differently_is_asked() throws Exception {
        Files.writeString(maria, MARIA.replace("phone: 555-0100\n", "email: maria@lopez.example\n"));
        git(net, "commit", "-qam", "other e-mail");
        RefnetRun typing = run().typing("1\n2\n");
        RefnetRun.Result r = typing.in(net, "merge", "dr-maria-lopez", "maria-2");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(typing.screen())
                .contains("Which name to keep? 1 = Dr. María López (dr-maria-lopez), 2 = Dr. Maria Lopez (maria-2) [1]")
                .contains("Which email to keep? 1 = mlopez@eastside.example (dr-maria-lopez), 2 = maria@lopez.example (maria-2) [1]");
        assertThat(Files.readString(lopez)).contains("name: Dr. María López\n")
                .contains("email: maria@lopez.example   # the front desk's\n");
        assertThat(r.out()).contains("took organization, email, linkedin").doesNotContain("not kept");
    }

    @Test
    void without_a_terminal_keeps_values_stay_and_others_are_printed() throws Exception {
        Files.writeString(maria, MARIA.replace("phone: 555-0100\n", "email: maria@lopez.example\nstatus: paused\n"));
        git(net, "commit", "-qam", "other e-mail");
        RefnetRun.Result r = run().in(net, "merge", "dr-maria-lopez", "maria-2");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(lopez)).contains("email: mlopez@eastside.example   # the front desk's\n")
                .doesNotContain("status");
        assertThat(r.out().lines().toList().get(1)).isEqualTo("kept Dr. María López's values; not kept from Dr. Maria Lopez:"
                + " name Dr. Maria Lopez; email maria@lopez.example; status paused (contacts/maria-2.yaml in git history still has them)");
    }

    @Test
    void undo_brings_both_files_back_as_they_were() throws Exception {
        assertThat(run().in(net, "merge", "dr-maria-lopez", "maria-2").code()).isZero();
        RefnetRun.Result u = run().in(net, "undo");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ);
        assertThat(Files.readString(maria)).isEqualTo(MARIA);
        assertThat(Files.getPosixFilePermissions(maria)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(git(net, "status", "--porcelain").strip()).isEmpty();
    }

    @Test
    void without_git_the_files_change_and_nothing_is_committed() throws Exception {
        RefnetRun.Result r = run().in(net, "--no-commit", "merge", "dr-maria-lopez", "maria-2");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(lopez)).isEqualTo(MERGED);
        assertThat(maria).doesNotExist();
        assertThat(r.out().lines().toList().get(1)).endsWith("name Dr. Maria Lopez");
        assertThat(commits()).isEqualTo(1);
    }

    void refused(int code, String expected, String... args) throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        int n = commits();
        RefnetRun.Result r = run().in(net, args);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).as(r.toString()).contains(expected);
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception");
        assertThat(Networks.snapshot(net)).as("nothing written").isEqualTo(before);
        assertThat(commits()).as("nothing committed").isEqualTo(n);
    }

    @Test
    void bad_input_is_one_line_its_exit_code_and_nothing_written() throws Exception {
        refused(1, "no contact matches 'nobody'", "merge", "dr-maria-lopez", "nobody");
        refused(2, "KEEP and OTHER are the same contact (dr-maria-lopez)", "merge", "dr-maria-lopez", "dr-maria-lopez");
        refused(2, "Missing required parameter: 'OTHER'", "merge", "dr-maria-lopez");
        Files.writeString(maria, "name: Dr. Maria Lopez\ncategory: [doctor\n");
        git(net, "commit", "-qam", "broken");
        refused(1, "maria-2.yaml:3:1: not valid YAML", "merge", "dr-maria-lopez", "maria-2");
        Files.writeString(maria, "{name: Dr. Maria Lopez, category: doctor, log: [{date: 2025-03-01, type: call}]}\n");
        Files.writeString(lopez, "{name: Dr. María López, category: physician}\n");
        git(net, "commit", "-qam", "flow");
        refused(1, "dr-maria-lopez.yaml", "merge", "dr-maria-lopez", "maria-2");
    }

    @Test
    void completion_offers_contacts_for_both() {
        assertThat(CompletionScripts.bash(Refnet.model())).contains("_picocli_refnet_merge()")
                .containsPattern("KEEP_pos_param_args=\\(\\$\\(_refnet_contacts\\)\\)")
                .containsPattern("OTHER_pos_param_args=\\(\\$\\(_refnet_contacts\\)\\)");
    }
}
