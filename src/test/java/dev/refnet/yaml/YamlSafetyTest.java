package dev.refnet.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No YAML tag ever builds a Java object, and the limits on size, nesting and documents hold where they are set. */
class YamlSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "name: !!java.lang.Runtime x\n",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/x\"]]]]\n",
        "name: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [rm]\n",
        "name: !local x\n",
        "name: !!str 007\n",
        "list: !!seq [a]\n",
        "!!map {name: x}\n",
    })
    void every_explicit_tag_is_refused_with_its_location(String text) {
        assertThatThrownBy(() -> YamlReader.parse(text))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.getMessage()).startsWith("YAML tag '").endsWith("is not allowed: write the value plainly");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isIn(1, 7);
                });
    }

    @Test
    void a_tagged_value_never_reaches_a_constructor() {
        // Parsing is event-based: even a tag on a mapping key is refused before any value is made.
        assertThatThrownBy(() -> YamlReader.parse("? !!java.io.File /etc/passwd\n: x\n"))
                .isInstanceOf(YamlException.class).hasMessageContaining("java.io.File");
    }

    @Test
    void size_limit_is_one_mebibyte_of_text() {
        String ok = "name: x\nnotes: |\n" + ("  " + "a".repeat(98) + "\n").repeat((YamlReader.MAX_CHARS - 100) / 101);
        assertThat(YamlReader.parse(ok)).isInstanceOf(YNode.Mapping.class);
        String big = "name: x\nnotes: '" + "a".repeat(YamlReader.MAX_CHARS) + "'\n";
        assertThatThrownBy(() -> YamlReader.parse(big)).isInstanceOfSatisfying(YamlException.class, e -> {
            assertThat(e.located()).isEqualTo("1:1: file is larger than 1024 KiB; a contact file is never that big");
        });
    }

    @Test
    void nesting_limit_is_sixteen_levels() {
        assertThat(YamlReader.parse("[".repeat(YamlReader.MAX_DEPTH) + "]".repeat(YamlReader.MAX_DEPTH))).isNotNull();
        String deep = "[".repeat(YamlReader.MAX_DEPTH + 1) + "]".repeat(YamlReader.MAX_DEPTH + 1);
        assertThatThrownBy(() -> YamlReader.parse(deep)).isInstanceOfSatisfying(YamlException.class,
                e -> assertThat(e.located()).isEqualTo("1:17: nested more than 16 levels deep; a contact file never needs that"));
        String block = "a:\n" + " b:\n".repeat(20);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(20)).append("v\n");
        assertThatThrownBy(() -> YamlReader.parse(sb.toString())).isInstanceOf(YamlException.class)
                .hasMessageContaining("nested more than 16");
        assertThat(block).isNotEmpty();
    }

    @Test
    void a_hundred_thousand_open_brackets_fail_cleanly_not_with_a_stack_overflow() {
        String text = "[".repeat(100_000);
        assertThatThrownBy(() -> YamlReader.parse(text)).isInstanceOf(YamlException.class);
    }

    @Test
    void exactly_one_document_is_read() {
        assertThat(YamlReader.parse("---\nname: x\n")).isInstanceOf(YNode.Mapping.class);
        assertThat(YamlReader.parse("name: x\n...\n")).isInstanceOf(YNode.Mapping.class);
        assertThatThrownBy(() -> YamlReader.parse("name: x\n---\nname: y\n")).isInstanceOfSatisfying(YamlException.class,
                e -> assertThat(e.located()).startsWith("2:1: a second YAML document"));
        assertThatThrownBy(() -> YamlReader.parse("name: x\n...\n---\n")).isInstanceOf(YamlException.class)
                .hasMessageContaining("a second YAML document");
    }

    @Test
    void billion_laughs_is_refused_at_the_first_anchor() {
        String text = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n";
        assertThatThrownBy(() -> YamlReader.parse(text)).isInstanceOfSatisfying(YamlException.class,
                e -> assertThat(e.located()).startsWith("1:4: YAML anchor (&a)"));
    }
}
