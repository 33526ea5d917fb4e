package dev.refnet.render.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.refnet.model.DraftKind;
import dev.refnet.model.RefnetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DraftTemplateTest {

    private static final String FILE = "net/templates/thank.mustache";

    private static RefnetException refused(DraftKind kind, String text) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> DraftTemplate.compile(kind, FILE, text));
        assertThat(t).as("template should be refused:\n" + text).isInstanceOf(RefnetException.class);
        RefnetException e = (RefnetException) t;
        assertThat(e.exitCode()).isEqualTo(RefnetException.DATA);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    private static Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("partner", "Dr. Siobhán O'Connor & Co");
        v.put("practice", "Harbor Light");
        v.put("consented", false);
        v.put("has-release", true);
        v.put("released", List.of(Map.of("client", "C-1", "date", "2025-02-20", "date-long", "February 20, 2025")));
        return v;
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    void every_built_in_template_passes_its_own_check(DraftKind kind) {
        DraftTemplate t = DraftTemplate.compile(kind, "built-in", BuiltInTemplates.text(kind));
        assertThat(t.kind()).isEqualTo(kind);
    }

    @Test
    void unknown_placeholder_is_refused_with_its_file_and_line() {
        RefnetException e = refused(DraftKind.THANK, "Subject: Hi\n\nDear {{partner}},\n{{parnter}}\n");
        assertThat(e.getMessage()).startsWith(FILE + ":4: unknown placeholder {{parnter}}; a thank-you template may use: partner,");
    }

    @Test
    void unknown_section_on_a_later_line_is_refused_with_that_line() {
        RefnetException e = refused(DraftKind.INTRO, "Subject: Hi\n\nDear {{partner}},\n\n{{#doctor}}\nHello\n{{/doctor}}\n");
        assertThat(e.getMessage()).startsWith(FILE + ":5: unknown placeholder {{#doctor}}");
    }

    @Test
    void a_thank_you_placeholder_in_another_kind_is_refused_naming_the_kind() {
        RefnetException e = refused(DraftKind.WORKSHOP, "Subject: Hi\n{{#released}}{{/released}}\n");
        assertThat(e.getMessage()).startsWith(FILE + ":2: {{#released}} is not a placeholder of a workshop template");
    }

    @Test
    void client_code_outside_the_released_section_is_refused() {
        RefnetException e = refused(DraftKind.THANK, "Subject: Thanks\n\nThanks for {{client}}.\n");
        assertThat(e.getMessage()).startsWith(FILE + ":3: {{client}} is only available inside {{#released}}");
    }

    @Test
    void client_code_inside_an_inverted_released_section_is_refused() {
        RefnetException e = refused(DraftKind.THANK, "Subject: Thanks\n{{^released}}\nNo release for {{client}}\n{{/released}}\n");
        assertThat(e.getMessage()).startsWith(FILE + ":3: {{client}} is only available inside");
    }

    @Test
    void referral_date_guarded_only_by_consented_is_refused() {
        RefnetException e = refused(DraftKind.THANK, "Subject: Thanks\n{{#consented}}\nYour referral of {{date}}\n{{/consented}}\n");
        assertThat(e.getMessage()).startsWith(FILE + ":3: {{date}} is only available inside");
    }

    @Test
    void the_released_list_printed_as_a_value_is_refused() {
        RefnetException e = refused(DraftKind.THANK, "Subject: Thanks\n\n{{released}}\n");
        assertThat(e.getMessage()).startsWith(FILE + ":3: {{released}} is a list");
    }

    @Test
    void dotted_names_and_the_current_item_are_refused() {
        assertThat(refused(DraftKind.THANK, "Subject: x\n{{#released}}{{.}}{{/released}}\n").getMessage())
                .startsWith(FILE + ":2: unknown placeholder {{.}}");
        assertThat(refused(DraftKind.THANK, "Subject: x\n\n{{released.0.client}}\n").getMessage())
                .startsWith(FILE + ":3: unknown placeholder {{released.0.client}}");
    }

    @Test
    void a_section_left_open_is_refused_at_its_opening_line() {
        RefnetException e = refused(DraftKind.THANK, "Subject: x\n\n{{#consented}}\nThanks\n");
        assertThat(e.getMessage()).isEqualTo(FILE + ":3: {{#consented}} is not closed: add {{/consented}} where the section ends");
    }

    @Test
    void a_closing_tag_for_another_section_is_refused_at_its_line() {
        RefnetException e = refused(DraftKind.THANK, "Subject: x\n{{#consented}}\n\nThanks\n{{/released}}\n");
        assertThat(e.getMessage()).isEqualTo(FILE + ":5: {{/released}} does not close {{#consented}}: close sections in the reverse order they open");
    }

    @Test
    void a_tag_left_open_is_refused() {
        RefnetException e = refused(DraftKind.THANK, "Subject: x\n\nDear {{partner\n");
        assertThat(e.getMessage()).startsWith(FILE + ":3: a tag is not closed");
    }

    @Test
    void including_another_file_is_refused_without_reading_it() {
        RefnetException e = refused(DraftKind.THANK, "Subject: x\n\n{{> /etc/passwd}}\n");
        assertThat(e.getMessage()).isEqualTo(FILE + ":3: {{> /etc/passwd}}: a template cannot include another file");
    }

    @Test
    void a_template_must_start_with_its_subject() {
        RefnetException e = refused(DraftKind.CHECK_IN, "Dear {{partner}},\n");
        assertThat(e.getMessage()).startsWith(FILE + ":1: the first line must be the subject");
    }

    @Test
    void values_are_written_as_they_are_not_html_escaped() {
        Message m = DraftTemplate.compile(DraftKind.THANK, FILE, "Subject: For {{partner}}\n\nDear {{partner}},\n").render(values());
        assertThat(m).isEqualTo(new Message("For Dr. Siobhán O'Connor & Co", "Dear Dr. Siobhán O'Connor & Co,"));
    }

    @Test
    void released_values_are_available_inside_the_section() {
        String t = "Subject: x\n\n{{#released}}\nWe are in touch about the referral of {{date-long}} ({{client}}).\n{{/released}}\n";
        assertThat(DraftTemplate.compile(DraftKind.THANK, FILE, t).render(values()).body())
                .isEqualTo("We are in touch about the referral of February 20, 2025 (C-1).");
    }

    @Test
    void a_template_saved_with_windows_line_ends_renders_the_same_and_counts_lines_the_same() {
        String unix = "Subject: Hi {{partner}}\n\nDear {{partner}},\n\n{{^consented}}\nThanks.\n{{/consented}}\nBye\n";
        String windows = "\uFEFF" + unix.replace("\n", "\r\n");
        assertThat(DraftTemplate.compile(DraftKind.THANK, FILE, windows).render(values()))
                .isEqualTo(DraftTemplate.compile(DraftKind.THANK, FILE, unix).render(values()));
        assertThat(DraftTemplate.compile(DraftKind.THANK, FILE, windows).render(values()).body()).doesNotContain("\r");
        assertThat(refused(DraftKind.THANK, "Subject: x\r\n\r\n{{nope}}\r\n").getMessage()).startsWith(FILE + ":3:");
    }

    @Test
    void blank_lines_left_by_empty_sections_collapse_to_one() {
        String t = "Subject: x\n\nA\n\n{{#has-release}}\nB\n{{/has-release}}\n\n{{#consented}}\nC\n{{/consented}}\n\nD\n\n\n";
        Map<String, Object> v = values();
        v.put("has-release", false);
        assertThat(DraftTemplate.compile(DraftKind.THANK, FILE, t).render(v).body()).isEqualTo("A\n\nD");
    }

    @Test
    void every_placeholder_of_a_kind_is_accepted() {
        for (DraftKind kind : DraftKind.values()) {
            StringBuilder t = new StringBuilder("Subject: x\n");
            for (String name : Placeholder.namesFor(kind)) {
                Placeholder p = Placeholder.find(name).orElseThrow();
                String tag = p.use() == Placeholder.Use.LIST ? "{{#" + name + "}}{{/" + name + "}}" : "{{" + name + "}}";
                t.append(p.scope() == Placeholder.Scope.RELEASED ? "{{#released}}" + tag + "{{/released}}" : tag).append('\n');
            }
            assertThatCode(() -> DraftTemplate.compile(kind, FILE, t.toString())).as(t.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void the_format_reference_lists_exactly_the_declared_placeholders() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("refnet.repo", ""), "docs/format.md"));
        String section = doc.substring(doc.indexOf("<a id=\"section-9-templates\">"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z-]+)`").matcher(line.split("\\|")[1]);
            while (m.find()) {
                listed.add(m.group(1));
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Placeholder.ALL.stream().map(Placeholder::name).toList());
    }
}
