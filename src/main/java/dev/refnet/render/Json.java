package dev.refnet.render;

import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON output as docs/format.md shows it: two-space indentation, {@code "key": value}, empty arrays as
 * {@code []}, keys in the order the renderer put them, dates as ISO strings.
 *
 * <p>The renderers build plain trees (maps, lists, strings, numbers, booleans, null, dates), so
 * this writes them with Jackson's streaming generator rather than its data binding: the binding
 * layer's set-up (serializer factories, introspection) is paid at every JSON run's start-up,
 * and a tree of this shape needs none of it.
 */
public final class Json {

    private static final ObjectWriteContext PRETTY_CONTEXT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new Indented();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }

        @Override
        public int getStreamWriteFeatures(int defaults) {
            return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask(); // the caller's stream stays open
        }
    };

    /**
     * docs/format.md's layout: two spaces a level, {@code "key": value}, {@code []} and {@code {}} when
     * empty. Written out rather than configured on Jackson's DefaultPrettyPrinter, whose set-up
     * makes the JVM's first string-concatenation call site, a start-up cost of every JSON run;
     * Jackson still does the quoting and escaping.
     */
    private static final class Indented implements PrettyPrinter {
        private int depth;

        private void newLine(JsonGenerator g) {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        private void open(JsonGenerator g, char bracket) {
            g.writeRaw(bracket);
            depth++;
        }

        private void next(JsonGenerator g) {
            g.writeRaw(',');
            newLine(g);
        }

        private void close(JsonGenerator g, int count, char bracket) {
            depth--;
            if (count > 0) {
                newLine(g);
            }
            g.writeRaw(bracket);
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            open(g, '{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            newLine(g);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            next(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            close(g, entries, '}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            open(g, '[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            newLine(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            next(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            close(g, values, ']');
        }
    }

    private Json() {
    }

    /**
     * {@code value} as indented JSON. Maps become objects (in their iteration order), iterables
     * and arrays of objects become arrays, dates and times their ISO text, enums their name.
     *
     * @throws IllegalArgumentException for any other kind of value: a renderer's bug, never data
     */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        write(value, out);
        return out.toString();
    }

    /**
     * Writes {@code value} as by {@link #write(Object)} to {@code out}, which stays open: a large
     * network's output goes out as it is made, not first into one string.
     */
    public static void write(Object value, Writer out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(PRETTY_CONTEXT, out)) {
            value(g, value);
        }
    }

    private static void value(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof CharSequence s) {
            g.writeString(s.toString());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Object[] items) {
            g.writeStartArray();
            for (Object item : items) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof TemporalAccessor || v instanceof Enum<?>) {
            g.writeString(v.toString());
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }
}
