package dev.refnet.store;

import dev.refnet.model.Cadence;
import dev.refnet.model.Field;
import dev.refnet.model.IsoDate;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Typed reads of YAML values that fail with the value's location and a plain reason. */
final class Fields {

    private Fields() {
    }

    /** The value of a declared field read from its YAML node, of the field's kind; null for YAML null. */
    static Object value(YNode node, Field<?> field) {
        String key = field.key();
        return switch (field.kind()) {
            case TEXT -> field.repeats() ? SharedStrings.of(text(node, key)) : text(node, key);
            case TEXT_LIST -> checkedList(node, field);
            case WORD -> word(node, key, field::parseWord, field::wordList);
            case DATE -> date(node, key);
            case CADENCE -> cadence(node, key);
            case BOOLEAN -> bool(node, key);
        };
    }

    static YamlException error(YNode node, String message) {
        return new YamlException(node.start().line(), node.start().column(), message);
    }

    static YNode.Mapping mapping(YNode node, String what) {
        if (node instanceof YNode.Mapping m) {
            return m;
        }
        throw error(node, what + " must be a mapping of 'key: value' lines");
    }

    /** A scalar's text, or null for YAML null. */
    static String text(YNode node, String key) {
        if (node instanceof YNode.Scalar s) {
            return s.isNull() ? null : s.value();
        }
        throw error(node, "'" + key + "' must be a single value, not a " + kind(node));
    }

    static String requiredText(YNode.Mapping map, String key, YNode where) {
        YNode node = map.get(key).orElseThrow(() -> error(where, "missing required key '" + key + "'"));
        String t = text(node, key);
        if (t == null || t.isBlank()) {
            throw error(node, "'" + key + "' is empty; it is required");
        }
        return t;
    }

    static List<String> list(YNode node, String key) {
        if (node instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YNode.Sequence seq)) {
            throw error(node, "'" + key + "' must be a list, like [first, second]");
        }
        List<String> out = new ArrayList<>();
        for (YNode item : seq.items()) {
            String t = text(item, key);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A list whose items must have the field's form (the ranges of {@code ages}); a bad one is located. */
    private static List<String> checkedList(YNode node, Field<?> field) {
        List<String> items = list(node, field.key());
        if (!items.isEmpty() && node instanceof YNode.Sequence seq) {
            for (YNode item : seq.items()) {
                String t = text(item, field.key());
                String problem = t == null ? null : field.itemProblem(t);
                if (problem != null) {
                    throw error(item, "'" + field.key() + "': " + problem);
                }
            }
        }
        return items;
    }

    static LocalDate date(YNode node, String key) {
        String t = text(node, key);
        if (t == null) {
            return null;
        }
        return parseDate(t).orElseThrow(() -> error(node,
                "'" + key + "' is '" + t + "', not a date; write YYYY-MM-DD, like 2025-03-02"));
    }

    static Optional<LocalDate> parseDate(String t) {
        return Optional.ofNullable(IsoDate.parse(t.trim()));
    }

    static Cadence cadence(YNode node, String key) {
        String t = text(node, key);
        if (t == null) {
            return null;
        }
        try {
            return Cadence.parse(t);
        } catch (IllegalArgumentException e) {
            throw error(node, "'" + key + "': " + e.getMessage());
        }
    }

    static Boolean bool(YNode node, String key) {
        String t = text(node, key);
        if (t == null) {
            return null;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on":
                return Boolean.TRUE;
            case "false", "no", "n", "off":
                return Boolean.FALSE;
            default:
                throw error(node, "'" + key + "' is '" + t + "'; write true or false");
        }
    }

    static <T> T word(YNode node, String key, Function<String, Optional<T>> parse, Supplier<String> accepted) {
        String t = text(node, key);
        if (t == null) {
            return null;
        }
        return parse.apply(t).orElseThrow(() -> error(node,
                "unknown " + key + " '" + t + "'; use one of: " + accepted.get()));
    }

    static String kind(YNode node) {
        if (node instanceof YNode.Sequence) {
            return "list";
        }
        if (node instanceof YNode.Mapping) {
            return "mapping";
        }
        return "value";
    }
}
