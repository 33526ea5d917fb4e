package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar on a real pseudo-terminal (python3's pty module types the answers, Tab included). */
class PseudoTerminalIT {

    @TempDir
    Path tmp;

    Path net;

    static Path repo() {
        return Path.of(System.getProperty("refnet.repo", "."));
    }

    @BeforeEach
    void network() throws Exception {
        assumeTrue(run(List.of("python3", "--version"), null).code == 0, "python3 drives the pseudo-terminal");
        net = tmp.resolve("net");
        assertThat(refnet(null, "init", net.toString()).code).isZero();
        assertThat(refnet(null, "--dir", net.toString(), "add-contact", "Dr. Sam Rivera", "--category", "therapist").code).isZero();
    }

    @Test
    void add_contact_on_a_terminal_asks_each_value_and_tab_completes_the_category() throws Exception {
        Ran r = refnet("[[\"Name: \",\"Grace Park\\r\"],[\"Category [other]: \",\"chu\\t\\r\"],[\"Organization: \",\"Grace Chapel\\r\"],"
                + "[\"Specialties (comma-separated): \",\"grief\\r\"],[\"E-mail: \",\"nope\\rgrace@chapel.example\\r\"],"
                + "[\"Phone: \",\"\\r\"],[\"Check in every: \",\"60d\\r\"]]", "--dir", net.toString(), "add-contact");
        assertThat(r.code).as(r.out).isZero();
        assertThat(r.out).contains("Category [other]: church").contains("an e-mail address has an @")
                .contains("added Grace Park (faith)");
        assertThat(Files.readString(net.resolve("contacts/grace-park.yaml"))).contains("category: faith")
                .contains("organization: Grace Chapel").contains("email: grace@chapel.example").contains("follow-up: 60d");
    }

    @Test
    void add_contact_for_a_partner_who_takes_referrals_asks_what_a_colleague_needs_to_know_and_checks_each_answer() throws Exception {
        Ran r = refnet("[[\"Name: \",\"Lee Chen, LCSW\\r\"],[\"Category [other]: \",\"therapist\\r\"],[\"Organization: \",\"\\r\"],"
                + "[\"Specialties (comma-separated): \",\"EMDR, grief\\r\"],[\"E-mail: \",\"\\r\"],[\"Phone: \",\"\\r\"],"
                + "[\"Check in every: \",\"\\r\"],[\"Insurance (comma-separated; self-pay, sliding-scale): \",\"Aetna, self-pay\\r\"],"
                + "[\"Languages (comma-separated): \",\"English, Mandarin\\r\"],[\"Telehealth (yes, no, only): \",\"maybe\\ron\\t\\r\"],"
                + "[\"Ages served (like 13-17, 18+): \",\"teens\\r13-17, 18+\\r\"],[\"Area (city, neighbourhood, zip): \",\"Harbor City\\r\"],"
                + "[\"Accepting new clients (yes, no, waitlist): \",\"wait\\t\\r\"]]", "--dir", net.toString(), "add-contact");
        assertThat(r.code).as(r.out).isZero();
        assertThat(r.out).contains("one of yes, no, only").contains("'teens' is not an age range")
                .contains("added Lee Chen, LCSW (therapist)");
        assertThat(Files.readString(net.resolve("contacts/lee-chen-lcsw.yaml"))).contains("specialties: [EMDR, grief]")
                .contains("insurance: [Aetna, self-pay]").contains("languages: [English, Mandarin]").contains("telehealth: only")
                .containsPattern("ages: \\[\"?13-17\"?, \"?18\\+\"?\\]").contains("area: Harbor City").contains("accepting: waitlist");
    }

    @Test
    void thank_with_no_contact_tab_completes_the_id() throws Exception {
        Ran r = refnet("[[\"Thank: \",\"dr-s\\t\\r\"]]", "--dir", net.toString(), "thank", "--date", "2025-03-01");
        assertThat(r.code).as(r.out).isZero();
        assertThat(r.out).contains("Thank: dr-sam-rivera").contains("logged a thank-you to Dr. Sam Rivera on 2025-03-01");
    }

    record Ran(int code, String out) {
    }

    /** Runs the jar; with {@code steps}, on a pseudo-terminal that types them. */
    private Ran refnet(String steps, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (steps != null) {
            cmd.add("python3");
            cmd.add(repo().resolve("src/test/resources/pty/drive.py").toString());
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                repo().resolve("target/refnet.jar").toString()));
        cmd.addAll(List.of(args));
        return run(cmd, steps);
    }

    private Ran run(List<String> cmd, String steps) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm");
        pb.environment().remove("REFNET_DIR");
        if (steps != null) {
            pb.environment().put("PTY_STEPS", steps);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out);
    }
}
