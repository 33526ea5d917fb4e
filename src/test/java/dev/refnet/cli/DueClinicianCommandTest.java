package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Golden;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** due --mine / --clinician, the clinician in each line, and log-referral asking which clinician. */
class DueClinicianCommandTest {

    @TempDir
    Path tmp;
    Path net;
    RefnetRun run;

    @BeforeEach
    void copyMessyNetwork() throws IOException {
        net = Networks.copyOfMessy(tmp);
        run = new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    @Test
    void every_line_names_its_clinician_in_a_practice_of_several() {
        RefnetRun.Result r = run.in(net, "due");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("  2025-02-22  Priya Shah: send a thank-you to Dr. María López for C-0145")
                .contains("  2024-12-01  Jordan Ellis: check in with St. Mark's Church");
    }

    @Test
    void mine_keeps_the_items_of_refnet_clinician_and_drops_the_names() {
        RefnetRun.Result r = run.env("REFNET_CLINICIAN", "priya").in(net, "due", "--mine", "--upcoming", "2w");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("send a thank-you to Dr. María López for C-0145")
                .contains("record the outcome for C-0145").doesNotContain("Priya Shah:")
                .doesNotContain("St. Mark's").doesNotContain("Lincoln");
        assertThat(r.out().lines().filter(l -> l.startsWith("  20"))).hasSize(2);
    }

    @Test
    void clinician_option_takes_part_of_a_name_and_refuses_an_unknown_one() {
        RefnetRun.Result jordan = run.in(net, "due", "--clinician", "JORDAN", "--format", "json");
        assertThat(jordan.code()).as(jordan.toString()).isZero();
        assertThat(jordan.out()).contains("Jordan Ellis").doesNotContain("Priya Shah");
        RefnetRun.Result unknown = run.in(net, "due", "--clinician", "Marcus");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).endsWith("refnet: --clinician names 'Marcus', who is not a clinician of this practice;"
                + " refnet.yaml lists: Jordan Ellis; Priya Shah\n");
    }

    @Test
    void mine_without_a_name_says_how_to_set_one() {
        RefnetRun.Result r = run.env("GIT_CONFIG_GLOBAL", tmp.resolve("none").toString()).in(net, "due", "--mine");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("refnet: --mine needs to know who you are: set REFNET_CLINICIAN");
    }

    @Test
    void mine_falls_back_to_the_git_user_name() throws Exception {
        Process init = new ProcessBuilder("git", "-C", net.toString(), "init", "-q").start();
        assertThat(init.waitFor()).isZero();
        Process name = new ProcessBuilder("git", "-C", net.toString(), "config", "user.name", "Priya Shah").start();
        assertThat(name.waitFor()).isZero();
        RefnetRun.Result r = run.in(net, "due", "--mine", "--kind", "thank-you");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Dr. María López").doesNotContain("Lincoln");
    }

    @Test
    void log_referral_on_a_terminal_asks_which_clinician_and_completes_it() throws Exception {
        RefnetRun.Result r = run.typing("pri\n").in(net, "log-referral", "--from", "lopez", "--client", "C-0900");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(run.screen()).contains("Which clinician received it [Jordan Ellis]: ");
        assertThat(r.out()).contains("logged referral-in from Dr. María López (C-0900) to Priya Shah");
    }

    @Test
    void the_completion_helper_lists_clinicians_as_one_shell_word_each() {
        assertThat(CompleteCommand.clinicianWords(List.of("Jordan Ellis", "Priya Shah", "Priya Nair")))
                .containsExactly("Jordan", "Priya\\ Shah", "Priya\\ Nair");
        RefnetRun.Result r = run.in(net, "__complete", "clinicians");
        assertThat(r.out()).isEqualTo("Jordan\nPriya\n");
    }
}
