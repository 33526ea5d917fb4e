package dev.refnet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {

    private static Map<String, Object> sample() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Dr. María \"Mia\" López\n\u0007");
        m.put("count", 3);
        m.put("big", 12345678901L);
        m.put("share", 0.25);
        m.put("ok", true);
        m.put("none", null);
        m.put("day", LocalDate.of(2025, 3, 3));
        m.put("empty", List.of());
        m.put("emptyObject", Map.of());
        m.put("list", List.of(1, "two", List.of(3)));
        return m;
    }

    @Test
    void theSpecShapeTwoSpacesKeyColonSpaceValueEmptyArraysClosed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", "2025-03-03");
        m.put("items", List.of());
        m.put("n", List.of(1, 2));
        assertThat(Json.write(m)).isEqualTo("{\n  \"today\": \"2025-03-03\",\n  \"items\": [],\n  \"n\": [\n    1,\n    2\n  ]\n}");
    }

    @Test
    void whatIsWrittenParsesBackToTheSameValues() {
        JsonNode back = JsonMapper.builder().build().readTree(Json.write(sample()));
        assertThat(back.get("name").asString()).isEqualTo("Dr. María \"Mia\" López\n\u0007");
        assertThat(back.get("count").asInt()).isEqualTo(3);
        assertThat(back.get("big").asLong()).isEqualTo(12345678901L);
        assertThat(back.get("share").asDouble()).isEqualTo(0.25);
        assertThat(back.get("ok").asBoolean()).isTrue();
        assertThat(back.get("none").isNull()).isTrue();
        assertThat(back.get("day").asString()).isEqualTo("2025-03-03");
        assertThat(back.get("list").get(2).get(0).asInt()).isEqualTo(3);
        assertThat(back.propertyNames()).containsExactly("name", "count", "big", "share", "ok", "none", "day",
                "empty", "emptyObject", "list");
    }

    @Test
    void streamingWritesTheSameTextAndLeavesTheWriterOpen() throws Exception {
        List<String> events = new ArrayList<>();
        StringWriter text = new StringWriter();
        Writer out = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                text.write(buf, off, len);
            }

            @Override
            public void flush() {
                events.add("flush");
            }

            @Override
            public void close() {
                events.add("close");
            }
        };
        Json.write(sample(), out);
        out.write("\n");
        assertThat(text.toString()).isEqualTo(Json.write(sample()) + "\n");
        assertThat(events).doesNotContain("close");
    }

    @Test
    void aValueWithNoJsonFormIsARendererBugNotSilentlyAString() {
        assertThatThrownBy(() -> Json.write(Map.of("x", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    }
}
