package dev.refnet.engine;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The small filter language shared by list, due, report and export (SPEC 6), in the manner
 * of hledger's queries: space-separated terms that must all hold; {@code field:value} with a
 * comma for alternatives; a leading {@code -} or {@code not:} negates; a bare word matches the
 * name, id, organization or notes, and a category's own word also its category. Parsed once into a tree; matching ignores case and accents.
 */
public sealed interface Query {

    Set<String> FIELDS = Set.of("category", "tag", "specialty", "status", "org", "name");

    boolean matches(Contact c);

    /** The contacts that match, in their order. */
    default List<Contact> select(List<Contact> contacts) {
        List<Contact> hits = new ArrayList<>();
        for (Contact c : contacts) {
            if (matches(c)) {
                hits.add(c);
            }
        }
        return hits;
    }

    /** Matches every contact. */
    record All() implements Query {
        @Override
        public boolean matches(Contact c) {
            return true;
        }
    }

    /** Every part must match. */
    record And(List<Query> parts) implements Query {
        @Override
        public boolean matches(Contact c) {
            return parts.stream().allMatch(q -> q.matches(c));
        }
    }

    record Not(Query inner) implements Query {
        @Override
        public boolean matches(Contact c) {
            return !inner.matches(c);
        }
    }

    /** {@code field:a,b}: the field matches any of the (folded) values. */
    record Field(String field, List<String> values) implements Query {
        @Override
        public boolean matches(Contact c) {
            for (String v : values) {
                boolean hit = switch (field) {
                    case "category" -> c.category().word().equals(v);
                    case "status" -> c.status().word().equals(v);
                    case "tag" -> c.tags().stream().anyMatch(t -> Fold.fold(t).equals(v));
                    case "specialty" -> c.specialties().stream().anyMatch(t -> Fold.fold(t).contains(v));
                    case "org" -> Fold.fold(c.organization()).contains(v);
                    case "name" -> Fold.fold(c.name()).contains(v) || Fold.fold(c.id()).contains(v);
                    default -> false;
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A bare word: part of the name, id, organization or notes; a word that is a category's own
     * name (like {@code online}) also matches that category, since people type it expecting so.
     */
    record Text(String word) implements Query {
        @Override
        public boolean matches(Contact c) {
            return Fold.fold(c.name()).contains(word) || Fold.fold(c.id()).contains(word)
                    || Fold.fold(c.organization()).contains(word) || Fold.fold(c.notes()).contains(word)
                    || c.category().word().equals(word);
        }
    }

    /** Parses the terms of a query; no terms match everything. Bad terms are usage errors. */
    static Query parse(List<String> args) {
        List<Query> parts = new ArrayList<>();
        for (String arg : args) {
            for (String term : arg.trim().split("\\s+")) {
                if (!term.isEmpty()) {
                    parts.add(term(term));
                }
            }
        }
        return parts.isEmpty() ? new All() : parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
    }

    static Query parse(String text) {
        return parse(text == null ? List.of() : List.of(text));
    }

    private static Query term(String raw) {
        if (raw.startsWith("--")) {
            throw RefnetException.usage("'" + raw + "' is not an option of this command nor a query term;"
                    + " see --help");
        }
        String t = raw;
        boolean negate = false;
        while (true) {
            if (t.startsWith("-") && t.length() > 1) {
                negate = !negate;
                t = t.substring(1);
            } else if (t.toLowerCase(Locale.ROOT).startsWith("not:") && t.length() > 4) {
                negate = !negate;
                t = t.substring(4);
            } else {
                break;
            }
        }
        Query q;
        int colon = t.indexOf(':');
        if (colon > 0 && FIELDS.contains(t.substring(0, colon).toLowerCase(Locale.ROOT))) {
            String field = t.substring(0, colon).toLowerCase(Locale.ROOT);
            List<String> values = new ArrayList<>();
            for (String v : t.substring(colon + 1).split(",")) {
                if (!v.isBlank()) {
                    values.add(value(field, v.trim(), raw));
                }
            }
            if (values.isEmpty()) {
                throw RefnetException.usage("query term '" + raw + "' has no value after '" + field
                        + ":'; write e.g. " + field + ":" + example(field));
            }
            q = new Field(field, List.copyOf(values));
        } else if (colon > 0 && t.substring(0, colon).matches("[A-Za-z-]+")) {
            throw RefnetException.usage("unknown query field '" + t.substring(0, colon) + "' in '" + raw
                    + "'; fields are " + FIELDS.stream().sorted().collect(Collectors.joining(", ")));
        } else {
            q = new Text(Fold.fold(t));
        }
        return negate ? new Not(q) : q;
    }

    private static String value(String field, String v, String raw) {
        return switch (field) {
            case "category" -> Category.parse(v).map(Category::word).orElseThrow(() -> RefnetException.usage(
                    "unknown category '" + v + "' in query term '" + raw + "'"));
            case "status" -> Status.parse(v).map(Status::word).orElseThrow(() -> RefnetException.usage(
                    "unknown status '" + v + "' in query term '" + raw + "'; use active, prospect, paused or archived"));
            default -> Fold.fold(v);
        };
    }

    private static String example(String field) {
        return switch (field) {
            case "category" -> "physician,school";
            case "status" -> "active";
            case "tag" -> "prescriber";
            case "specialty" -> "trauma";
            default -> "harbor";
        };
    }
}
