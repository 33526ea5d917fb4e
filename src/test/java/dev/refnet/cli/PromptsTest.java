package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.console.Prompts;
import dev.refnet.model.RefnetException;
import dev.refnet.support.RefnetRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun r;
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @BeforeEach
    void network() {
        r = new RefnetRun(tmp);
        net = tmp.resolve("net");
        assertThat(r.run("init", net.toString(), "--clinician", "Jordan Ellis").code()).isZero();
        assertThat(r.in(net, "add-contact", "Dr. María López", "--category", "doctor").code()).isZero();
        assertThat(r.in(net, "add-contact", "Dr. Sam Rivera", "--category", "therapist").code()).isZero();
    }

    @AfterEach
    void restore() {
        Prompts.opener = env -> Prompts.system();
    }

    /** The next prompts read {@code typed} through JLine's dumb terminal. */
    private RefnetRun typing(String typed) {
        Prompts.opener = env -> Prompts.on(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen);
        return r.terminal(true);
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ask_asks_again_with_the_reason_until_the_answer_is_valid() {
        try (Prompts p = Prompts.on(new ByteArrayInputStream("abc\n45d\n".getBytes(StandardCharsets.UTF_8)), screen)) {
            String answer = p.ask("Check in every", null, List.of(), v -> v.endsWith("d") ? null : "a duration like 45d");
            assertThat(answer).isEqualTo("45d");
        }
        assertThat(screen()).contains("Check in every: ").contains("a duration like 45d; try again");
    }

    @Test
    void an_empty_answer_takes_the_default_shown_in_brackets() {
        try (Prompts p = Prompts.on(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)), screen)) {
            assertThat(p.ask("Category", "other", List.of("other", "physician"), v -> null)).isEqualTo("other");
        }
        assertThat(screen()).contains("Category [other]: ");
    }

    @Test
    void tab_completes_the_whole_answer_including_spaces() {
        try (Prompts p = Prompts.on(new ByteArrayInputStream("Dr. Sa\t\n".getBytes(StandardCharsets.UTF_8)), screen)) {
            assertThat(p.ask("Contact", null, List.of("Dr. María López", "Dr. Sam Rivera"), v -> null)).isEqualTo("Dr. Sam Rivera");
        }
    }

    @Test
    void end_of_input_gives_up_with_a_usage_error() {
        try (Prompts p = Prompts.on(new ByteArrayInputStream(new byte[0]), screen)) {
            assertThatThrownBy(() -> p.ask("Name", null, List.of(), v -> null))
                    .isInstanceOf(RefnetException.class).hasMessageContaining("no answer for name");
        }
    }

    @Test
    void thank_without_a_contact_asks_for_it_and_re_asks_when_ambiguous() throws Exception {
        RefnetRun.Result res = typing("dr\nrivera\n").in(net, "thank", "--date", "2025-03-01");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).contains("logged a thank-you to Dr. Sam Rivera on 2025-03-01");
        assertThat(screen()).contains("Thank: ").contains("'dr' matches 2 contacts");
        assertThat(Files.readString(net.resolve("contacts/dr-sam-rivera.yaml"))).contains("type: thank-you");
    }

    @Test
    void log_with_only_a_type_asks_for_the_contact() {
        RefnetRun.Result res = typing("dr-maria-lopez\n").in(net, "log", "coffee");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).contains("logged coffee with Dr. María López");
    }

    @Test
    void log_with_only_a_contact_asks_for_the_type() {
        RefnetRun.Result res = typing("lunch\ncall\n").in(net, "log", "lopez");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).contains("logged call with Dr. María López");
        assertThat(screen()).contains("unknown log type 'lunch'");
    }

    @Test
    void outcome_with_client_and_outcome_asks_only_for_the_contact() {
        assertThat(r.in(net, "log-referral", "--from", "lopez", "--client", "C-0142", "--date", "2025-02-10").code()).isZero();
        RefnetRun.Result res = typing("López\n").in(net, "outcome", "C-0142", "seen");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).contains("recorded outcome seen for C-0142");
    }

    @Test
    void log_referral_asks_direction_contact_and_client() {
        RefnetRun.Result res = typing("out\nrivera\nC 0150\nC-0150\n").in(net, "log-referral", "--date", "2025-02-11");
        assertThat(res.code()).as(res.toString()).isZero();
        assertThat(res.out()).contains("logged referral-out to Dr. Sam Rivera (C-0150)");
        assertThat(screen()).contains("Referral in (from a partner) or out (to a partner) [in]: ").contains("try again");
    }

    @Test
    void add_contact_asks_for_each_missing_value_with_defaults() throws Exception {
        RefnetRun.Result res = typing("Grace Park\nchurch\nSt. Mark's\ngrief, teens\ngrace@example\n555 0100\n2 weeks\n2w\n")
                .in(net, "add-contact");
        assertThat(res.code()).as(res.toString()).isZero();
        String yaml = Files.readString(net.resolve("contacts/grace-park.yaml"));
        assertThat(yaml).contains("category: faith").contains("organization: St. Mark's").contains("specialties: [grief, teens]")
                .contains("follow-up: 2w");
        assertThat(screen()).contains("Category [other]: ");
    }

    @Test
    void without_a_terminal_a_missing_contact_is_a_usage_error_that_names_it() {
        RefnetRun plain = new RefnetRun(tmp);
        RefnetRun.Result thank = plain.in(net, "thank");
        assertThat(thank.code()).isEqualTo(2);
        assertThat(thank.err()).contains("missing CONTACT");
        assertThat(plain.in(net, "log", "coffee").err()).contains("missing CONTACT");
        assertThat(plain.in(net, "log", "lopez").err()).contains("missing TYPE");
        assertThat(plain.in(net, "outcome", "C-1", "seen").err()).contains("missing CONTACT");
        RefnetRun.Result referral = plain.in(net, "log-referral", "--client", "C-1");
        assertThat(referral.code()).isEqualTo(2);
        assertThat(referral.err()).contains("missing --from CONTACT").contains("or --to CONTACT");
        assertThat(plain.in(net, "log-referral", "--from", "lopez").err()).contains("missing --client CODE");
    }

    @Test
    void tab_on_an_empty_answer_lists_the_choices_and_never_fills_one_in() {
        // Tab, Tab, Enter: the choices are listed, nothing is typed, and the empty answer is refused, then "seen" typed.
        try (Prompts p = Prompts.on(new ByteArrayInputStream("\t\t\nseen\n".getBytes(StandardCharsets.UTF_8)), screen)) {
            List<String> answers = new java.util.ArrayList<>();
            String answer = p.ask("Outcome", null, List.of("declined", "no-show", "scheduled", "seen", "waitlisted"), v -> {
                answers.add(v);
                return v.isEmpty() ? "an outcome is required" : null;
            });
            assertThat(answer).isEqualTo("seen");
            assertThat(answers).containsExactly("", "seen");
        }
        assertThat(screen()).contains("declined").contains("waitlisted");
    }

    @Test
    void a_name_with_no_latin_letters_is_given_the_id_the_user_types() throws Exception {
        RefnetRun.Result res = typing("Dr Li\ndr-li\n").in(net, "add-contact", "李医生", "--category", "physician");
        assertThat(res.code()).as(res + screen()).isZero();
        assertThat(screen()).contains("Id for 李医生").contains("not one refnet accepts");
        assertThat(net.resolve("contacts/dr-li.yaml")).exists();
        assertThat(res.out()).contains("id dr-li");
    }
}
