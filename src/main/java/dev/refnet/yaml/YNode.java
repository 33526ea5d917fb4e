package dev.refnet.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node with where it stands in the text (1-based lines and columns; the end is
 * exclusive). refnet keeps positions so that errors can be located and files edited in place.
 */
public sealed interface YNode {

    Pos start();

    Pos end();

    /** A 1-based position in the text. */
    record Pos(int line, int column) {
    }

    /** How a scalar was written. */
    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    record Scalar(String value, Style style, Pos start, Pos end) implements YNode {
        /** A plain empty scalar or {@code ~}/{@code null}: YAML's null. */
        public boolean isNull() {
            return style == Style.PLAIN && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
        }
    }

    record Entry(Scalar key, YNode value) {
    }

    record Mapping(List<Entry> entries, boolean flow, Pos start, Pos end) implements YNode {
        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(find(entries, key));
        }

        /**
         * The entry of {@code key} among {@code entries}, or null; also used while a mapping is
         * being built. By index, not a stream or an iterator: called for every key of every file read.
         */
        static Entry find(List<Entry> entries, String key) {
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.key().value().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public Optional<YNode> get(String key) {
            return entry(key).map(Entry::value);
        }
    }

    record Sequence(List<YNode> items, boolean flow, Pos start, Pos end) implements YNode {
    }
}
