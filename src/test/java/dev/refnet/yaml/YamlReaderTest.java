package dev.refnet.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static YamlException error(String text) {
        YamlException e = catchThrowableOfType(YamlException.class, () -> YamlReader.parse(text));
        assertThat(e).as("expected a YamlException for:%n%s", text).isNotNull();
        return e;
    }

    private static void assertAt(YamlException e, int line, int column, String fragment) {
        assertThat(e.getMessage()).contains(fragment);
        assertThat(List.of(e.line(), e.column())).as(e.located()).containsExactly(line, column);
        assertThat(e.located()).isEqualTo(line + ":" + column + ": " + e.getMessage());
    }

    @Test
    void reads_a_mapping_with_positions_and_styles() {
        YNode.Mapping m = (YNode.Mapping) YamlReader.parse("name: 'Sam'\ntags: [a, b]\nnotes: |\n  hi\n");
        YNode.Scalar name = (YNode.Scalar) m.get("name").orElseThrow();
        assertThat(name.value()).isEqualTo("Sam");
        assertThat(name.style()).isEqualTo(YNode.Style.SINGLE_QUOTED);
        assertThat(name.start()).isEqualTo(new YNode.Pos(1, 7));
        assertThat(((YNode.Sequence) m.get("tags").orElseThrow()).flow()).isTrue();
        assertThat(((YNode.Scalar) m.get("notes").orElseThrow()).style()).isEqualTo(YNode.Style.LITERAL);
    }

    @Test
    void a_byte_order_mark_is_ignored_and_positions_do_not_count_it() {
        YNode.Mapping m = (YNode.Mapping) YamlReader.parse("\uFEFFname: Sam\n");
        assertThat(m.get("name").orElseThrow().start()).isEqualTo(new YNode.Pos(1, 7));
    }

    @Test
    void duplicate_key_is_located_at_the_second_key() {
        assertAt(error("name: a\ncategory: school\n  # comment\nname: b\n"), 4, 1, "duplicate key 'name' (first on line 1)");
    }

    @Test
    void duplicate_keys_are_found_in_small_and_large_mappings_alike() {
        // Up to 16 keys a mapping is scanned; beyond, a hash map takes over with what came before.
        for (int keys : new int[] {2, 15, 16, 17, 40}) {
            for (int dup : new int[] {0, keys / 2, keys - 1}) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < keys; i++) {
                    text.append("k").append(i).append(": v\n");
                }
                text.append("k").append(dup).append(": again\n");
                assertAt(error(text.toString()), keys + 1, 1, "duplicate key 'k" + dup + "' (first on line " + (dup + 1) + ")");
                assertThat(YamlReader.parse(text.toString().replace("k" + dup + ": again", "other: v"))).isNotNull();
            }
        }
    }

    @Test
    void duplicate_key_inside_a_log_entry_is_located() {
        assertAt(error("name: a\nlog:\n  - date: 2025-01-01\n    type: call\n    date: 2025-01-02\n"), 5, 5, "duplicate key 'date'");
    }

    @Test
    void second_document_is_located_at_its_marker() {
        assertAt(error("name: a\ncategory: school\n---\nname: b\n"), 3, 1, "a second YAML document");
    }

    @Test
    void anchor_is_located_at_the_anchored_value() {
        assertAt(error("name: a\nrole: &r counselor\n"), 2, 7, "YAML anchor (&r) is not allowed");
    }

    @Test
    void alias_is_located_where_it_is_used() {
        assertAt(error("name: a\nrole: *r\n"), 2, 7, "YAML alias (*name) is not allowed");
    }

    @Test
    void explicit_tag_is_located_at_the_tagged_value() {
        assertAt(error("name: a\nsince: !!timestamp 2025-01-01\n"), 2, 8, "YAML tag 'tag:yaml.org,2002:timestamp' is not allowed");
    }

    @Test
    void a_java_class_tag_is_refused_before_anything_is_built() {
        assertAt(error("name: !!javax.script.ScriptEngineManager [x]\n"), 1, 7, "is not allowed");
    }

    @Test
    void empty_file_is_refused() {
        assertAt(error(""), 1, 1, "file is empty");
    }

    @Test
    void comment_only_file_is_refused_as_empty() {
        assertAt(error("# just a comment\n\n   # another\n"), 1, 1, "file is empty");
    }

    @Test
    void a_document_holding_only_null_is_refused_as_empty() {
        assertAt(error("~\n"), 1, 1, "file is empty");
    }

    @Test
    void oversized_file_is_refused_before_parsing() {
        String big = "notes: \"" + "x".repeat(YamlReader.MAX_CHARS) + "\"\n";
        assertAt(error(big), 1, 1, "file is larger than 1024 KiB");
    }

    @Test
    void nesting_deeper_than_the_limit_is_located_at_the_level_too_far() {
        String deep = "x: " + "[".repeat(YamlReader.MAX_DEPTH) + "]".repeat(YamlReader.MAX_DEPTH) + "\n";
        assertAt(error(deep), 1, 4 + YamlReader.MAX_DEPTH - 1, "nested more than 16 levels deep");
        assertThat(YamlReader.parse("x: " + "[".repeat(YamlReader.MAX_DEPTH - 1) + "]".repeat(YamlReader.MAX_DEPTH - 1) + "\n"))
                .as("one level less reads").isInstanceOf(YNode.Mapping.class);
    }

    @Test
    void conflict_markers_are_refused_at_the_first_marker() {
        String text = "name: a\n<<<<<<< HEAD\ncategory: school\n=======\ncategory: faith\n>>>>>>> laptop\n";
        assertAt(error(text), 2, 1, "git merge conflict marker '<<<<<<<'");
        assertThat(error(text).getMessage()).contains("a git merge left this file unsettled").contains("refnet sync");
    }

    @Test
    void conflict_markers_inside_a_block_scalar_are_refused() {
        String text = "name: a\ncategory: school\nnotes: |\n  Prefers email.\n<<<<<<< HEAD\n  Call first.\n=======\n"
                + "  Text first.\n>>>>>>> other\nlog:\n";
        assertAt(error(text), 5, 1, "git merge conflict marker");
    }

    @Test
    void conflict_markers_with_crlf_line_ends_are_refused() {
        assertAt(error("name: a\r\n=======\r\nname: b\r\n"), 2, 1, "git merge conflict marker '======='");
    }

    @Test
    void an_indented_run_of_equals_signs_inside_notes_is_text_not_a_marker() {
        YNode.Mapping m = (YNode.Mapping) YamlReader.parse("notes: |\n  =======\n  heading\n");
        assertThat(((YNode.Scalar) m.get("notes").orElseThrow()).value()).isEqualTo("=======\nheading\n");
    }

    @Test
    void invalid_syntax_is_located_where_the_parser_stopped() {
        assertAt(error("name: [a, b\ncategory: school\n"), 2, 9, "not valid YAML");
        assertAt(error("name: a\n  category: school\n"), 2, 11, "not valid YAML: a ':' where none can be");
        assertAt(error("name: \"unterminated\n"), 2, 1, "not valid YAML");
    }

    @Test
    void the_usual_hand_editing_mistakes_say_what_to_do_in_one_line_without_parser_jargon() {
        assertAt(error("name: F\n\tcategory: physician\n"), 2, 1, "a tab character; YAML indents with spaces only");
        assertAt(error("name: A\ncategory: physician\nnotes: Meet at: 3pm\n"), 3, 15, "put quotes around a value that holds ': '");
        assertAt(error("name: \"B\ncategory: physician\n"), 3, 1, "the file ends inside a quoted value");
        assertAt(error("name: E\ncategory: [physician\n"), 3, 1, "the file ends inside a [ list; close it with ]");
        assertAt(error("name: G\nnotes: {a\n"), 3, 1, "the file ends inside a { mapping; close it with }");
        assertAt(error("name: I\nlog:\n  - date: 2025-01-01\n    type: coffee\n  note: x\n"), 5, 3,
                "this line is indented differently");
        for (String text : List.of("name: F\n\tcategory: physician\n", "name: E\ncategory: [physician\n",
                "name: I\nlog:\n  - date: 2025-01-01\n    type: coffee\n  note: x\n")) {
            assertThat(error(text).getMessage()).doesNotContain("\n").doesNotContain("<").doesNotContain("(TAB)")
                    .doesNotContain("token");
        }
    }

    @Test
    void a_key_that_is_a_list_is_refused() {
        assertAt(error("? [a, b]\n: c\n"), 1, 3, "a key must be a plain word");
    }
}
