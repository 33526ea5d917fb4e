package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.render.draft.BuiltInTemplates;
import dev.refnet.model.DraftKind;
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

/** {@code refnet draft} end to end: logging what was drafted, the practice's own templates, bad input. */
class DraftCommandTest {

    static final String LOPEZ = """
            name: Dr. María López
            category: physician
            email: mlopez@eastside.example
            log:
              - date: 2025-02-10
                type: referral-in
                client: C-0142
                to: Priya Shah
                consent: release
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

    @Test
    void draft_thank_says_nothing_of_the_referral_without_release_and_tells_of_the_released_one() {
        RefnetRun.Result r = run().in(net, "draft", "thank", "lopez");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Subject: Thank you from Harbor Light\n\nDear Dr. María López,\n\n")
                .contains("we are in touch with the person you referred to us on February 10, 2025.")
                .doesNotContain("C-0142").doesNotContain("C-0150").doesNotContain("February 25")
                .endsWith("Warm regards,\nPriya Shah\nHarbor Light\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void draft_log_records_the_thank_you_in_the_same_step_and_commits_it() throws Exception {
        Networks.gitInit(net);
        RefnetRun.Result r = run().in(net, "draft", "thank", "lopez", "--format", "mailto", "--log");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("mailto:mlopez@eastside.example?subject=").endsWith("\n").hasLineCount(1);
        assertThat(r.err()).isEqualTo("logged a thank-you to Dr. María López on 2025-03-03\n");
        assertThat(Files.readString(lopez)).isEqualTo(LOPEZ
                + "  - date: 2025-03-03\n    type: thank-you\n    note: Thank-you drafted with refnet\n");
        assertThat(Networks.git(net, "log", "-1", "--format=%s")).isEqualTo("log a thank-you to Dr. María López\n");
        assertThat(Networks.git(net, "status", "--porcelain")).isEmpty();
        // Thanked: nothing is due any more, so a second thank-you is refused.
        RefnetRun.Result again = run().in(net, "draft", "thank", "lopez");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("refnet: no thank-you is due for Dr. María López").hasLineCount(1);
    }

    @Test
    void draft_log_of_an_outreach_records_its_entry() throws Exception {
        RefnetRun.Result r = run().in(net, "draft", "workshop", "sam", "--log");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("logged email with Sam Rivera on 2025-03-03\n");
        assertThat(Files.readString(net.resolve("contacts/sam-rivera.yaml"))).endsWith(
                "log:\n  - date: 2025-03-03\n    type: email\n    note: Workshop offer drafted with refnet\n");
    }

    @Test
    void mailto_without_an_email_fails_in_one_line_and_logs_nothing() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "draft", "intro", "sam", "--format", "mailto", "--log");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("refnet: Sam Rivera has no e-mail address").hasLineCount(1);
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void unknown_kind_and_missing_arguments_are_usage_errors() {
        RefnetRun.Result r = run().in(net, "draft", "postcard", "lopez");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("refnet: unknown draft 'postcard'; one of: thank, intro, check-in, workshop\n");
        assertThat(run().in(net, "draft").err()).isEqualTo(
                "refnet: missing KIND: one of thank, intro, check-in, workshop, as in: refnet draft thank lopez\n");
        RefnetRun.Result mixed = run().in(net, "draft", "thank", "lopez", "--init-templates");
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("refnet: --init-templates takes no KIND").hasLineCount(1);
        assertThat(run().in(net, "draft", "thank", "lopez", "--format", "pdf").code()).isEqualTo(2);
    }

    @Test
    void init_templates_writes_private_files_and_never_replaces_an_edited_one() throws Exception {
        Networks.gitInit(net);
        RefnetRun.Result r = run().in(net, "draft", "--init-templates");
        assertThat(r.code()).as(r.toString()).isZero();
        Path dir = net.resolve("templates");
        assertThat(r.out()).isEqualTo("wrote " + dir.resolve("thank.mustache") + "\nwrote " + dir.resolve("intro.mustache")
                + "\nwrote " + dir.resolve("check-in.mustache") + "\nwrote " + dir.resolve("workshop.mustache") + "\n");
        for (DraftKind k : DraftKind.values()) {
            Path f = dir.resolve(BuiltInTemplates.fileName(k));
            assertThat(Files.readString(f)).isEqualTo(BuiltInTemplates.text(k));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(Networks.git(net, "log", "-1", "--format=%s")).isEqualTo("add draft templates\n");
        assertThat(Networks.git(net, "status", "--porcelain")).isEmpty();

        Files.writeString(dir.resolve("intro.mustache"), "Subject: Hello from us\n\nHi {{partner}}!\n");
        Files.delete(dir.resolve("check-in.mustache"));
        RefnetRun.Result again = run().in(net, "draft", "--init-templates");
        assertThat(again.out()).isEqualTo("kept " + dir.resolve("thank.mustache") + " (the same as the built-in one)\n"
                + "kept " + dir.resolve("intro.mustache") + " (yours: refnet does not replace it)\n"
                + "wrote " + dir.resolve("check-in.mustache") + "\n"
                + "kept " + dir.resolve("workshop.mustache") + " (the same as the built-in one)\n");
        assertThat(Files.readString(dir.resolve("intro.mustache"))).isEqualTo("Subject: Hello from us\n\nHi {{partner}}!\n");
        // The edited template is the one used.
        assertThat(run().in(net, "draft", "intro", "lopez").out()).isEqualTo("Subject: Hello from us\n\nHi Dr. María López!\n");
    }

    @Test
    void a_broken_template_is_refused_with_its_file_and_line_and_nothing_is_logged() throws Exception {
        Files.createDirectories(net.resolve("templates"));
        Path t = net.resolve("templates/thank.mustache");
        Files.writeString(t, "Subject: Thanks\r\n\r\nDear {{partner}},\r\nThanks for {{client}}.\r\n");
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = run().in(net, "draft", "thank", "lopez", "--log");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("refnet: " + t + ":4: {{client}} is only available inside {{#released}}").hasLineCount(1);
        assertThat(Networks.snapshot(net)).isEqualTo(before);

        Files.writeString(t, "Subject: Thanks\n\n{{#consented}}\nThanks\n");
        RefnetRun.Result open = run().in(net, "draft", "thank", "lopez");
        assertThat(open.code()).isEqualTo(1);
        assertThat(open.err()).isEqualTo("refnet: " + t + ":3: {{#consented}} is not closed: add {{/consented}} where the section ends\n");
    }

    @Test
    void a_template_saved_with_windows_line_ends_drafts_a_clean_message() throws Exception {
        Files.createDirectories(net.resolve("templates"));
        Files.writeString(net.resolve("templates/check-in.mustache"), "Subject: Hi\r\n\r\nDear {{partner}},\r\n\r\nBye\r\n");
        RefnetRun.Result r = run().in(net, "draft", "check-in", "lopez");
        assertThat(r.out()).isEqualTo("Subject: Hi\n\nDear Dr. María López,\n\nBye\n");
        RefnetRun.Result m = run().in(net, "draft", "check-in", "lopez", "--format", "mailto");
        assertThat(m.out()).isEqualTo("mailto:mlopez@eastside.example?subject=Hi&body=Dear%20Dr.%20Mar%C3%ADa%20L%C3%B3pez%2C%0D%0A%0D%0ABye\n");
    }

    @Test
    void help_shows_an_example() {
        RefnetRun.Result r = run().in(net, "draft", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("refnet draft thank lopez").contains("--init-templates").contains("--format");
    }
}
