package dev.refnet.engine;

import dev.refnet.model.AgeRange;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Telehealth;
import dev.refnet.model.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The small filter language shared by list, due, report and export (docs/format.md#section-6), in the manner
 * of hledger's queries: space-separated terms that must all hold; {@code field:value} with a
 * comma for alternatives; a leading {@code -} or {@code not:} negates; a bare word matches the
 * name, id, organization or notes, and a category's own word also its category; the word
 * {@code telehealth} alone asks for partners who offer it. Parsed once into a tree; matching ignores case and accents.
 */
public sealed interface Query {

    /** The contact fields a term can name, by their query name ({@code org}, {@code tag}, …). */
    Map<String, Field<?>> FIELDS = byQueryName();

    /** A term of a field whose value is free text, which may hold spaces when quoted. */
    java.util.regex.Pattern FREE_TEXT = java.util.regex.Pattern.compile("(?i)(-|not:)*(tag|specialty|org|name):\\S");

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

    /**
     * {@code field:a,b}: the field matches any of the (folded) values, as the whole of its text
     * or a part, as the field declares; a list matches when one of its items does, and
     * {@code name:} also matches the id.
     */
    record Term(Field<?> field, List<String> values) implements Query {
        @Override
        public boolean matches(Contact c) {
            Object value = field == ContactFields.ACCEPTING ? c.accepting() : c.get(field);
            if (value == null) {
                return false;
            }
            for (String v : values) {
                if (field.match() == Field.Match.AGE) {
                    int age = Integer.parseInt(v);
                    for (Object item : (List<?>) value) {
                        if (AgeRange.parse((String) item).filter(r -> r.holds(age)).isPresent()) {
                            return true;
                        }
                    }
                } else if (field.kind() == Field.Kind.TEXT_LIST) {
                    for (Object item : (List<?>) value) {
                        if (hit((String) item, v)) {
                            return true;
                        }
                    }
                } else if (hit(field.text(value, ";"), v)
                        || field == ContactFields.NAME && hit(c.id(), v)) {
                    return true;
                }
            }
            return false;
        }

        /** A part is matched as contact names are, ignoring punctuation and spaces ({@code o'neil}, {@code oneil}). */
        private boolean hit(String text, String v) {
            return switch (field.match()) {
                case WHOLE -> Fold.fold(text).equals(v);
                case WORDS -> holdsWords(text, v);
                case AGE -> false; // ages are matched above, range by range
                case PART -> Fold.compact(v).isEmpty() ? Fold.fold(text).contains(v) : Fold.compact(text).contains(Fold.compact(v));
            };
        }
    }

    /**
     * Whether {@code text} (a tag) holds every word of {@code term}: {@code top}, {@code top referrer}
     * and {@code top-referrer} all find the tag "top referrer".
     */
    static boolean holdsWords(String text, String term) {
        List<String> words = Fold.words(term);
        return !words.isEmpty() && Fold.words(text).containsAll(words);
    }

    /**
     * A bare word: part of the name, id or organization (as contact names match: ignoring
     * punctuation and spaces, so {@code oneil} finds O'Neil) or of the notes; a word that is a
     * category's own name (like {@code online}) also matches that category, since people type it expecting so.
     */
    record Text(String word, String compact) implements Query {
        public Text(String word) {
            this(word, Fold.compact(word));
        }

        @Override
        public boolean matches(Contact c) {
            return (compact.isEmpty() ? Fold.fold(c.name()).contains(word) || Fold.fold(c.organization()).contains(word)
                    : ContactMatch.mentions(c, compact))
                    || Fold.fold(c.notes()).contains(word) || c.category().word().equals(word);
        }
    }

    /** Parses the terms of a query; no terms match everything. Bad terms are usage errors. */
    static Query parse(List<String> args) {
        List<Query> parts = new ArrayList<>();
        for (String arg : args) {
            // In one argument ('tag:top referrer', quoted), the plain words after a free-text field's
            // term belong to its value; a word that is a term of its own starts the next term.
            List<String> terms = new ArrayList<>();
            boolean freeText = false;
            for (String word : arg.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                boolean ownTerm = word.startsWith("-") || word.indexOf(':') > 0;
                if (freeText && !ownTerm) {
                    terms.set(terms.size() - 1, terms.get(terms.size() - 1) + " " + word);
                } else {
                    terms.add(word);
                    freeText = FREE_TEXT.matcher(word).lookingAt();
                }
            }
            for (String term : terms) {
                parts.add(term(term));
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
        if (colon > 0 && FIELDS.containsKey(t.substring(0, colon).toLowerCase(Locale.ROOT))) {
            String name = t.substring(0, colon).toLowerCase(Locale.ROOT);
            Field<?> field = FIELDS.get(name);
            List<String> values = new ArrayList<>();
            for (String v : t.substring(colon + 1).split(",")) {
                if (!v.isBlank()) {
                    values.add(value(field, v.trim(), raw));
                }
            }
            if (values.isEmpty()) {
                throw RefnetException.usage("query term '" + raw + "' has no value after '" + name
                        + ":'; write e.g. " + name + ":" + field.queryExample());
            }
            q = new Term(field, List.copyOf(values));
        } else if (colon > 0 && t.substring(0, colon).matches("[A-Za-z-]+")) {
            throw RefnetException.usage("unknown query field '" + t.substring(0, colon) + "' in '" + raw
                    + "'; fields are " + String.join(", ", FIELDS.keySet()));
        } else if (Fold.fold(t).equals(ContactFields.TELEHEALTH.queryName())) {
            // 'telehealth' alone asks for partners who offer it, as 'telehealth:yes,only'
            q = new Term(ContactFields.TELEHEALTH, List.of(Telehealth.YES.word(), Telehealth.ONLY.word()));
        } else {
            q = new Text(Fold.fold(t));
        }
        return negate ? new Not(q) : q;
    }

    private static Map<String, Field<?>> byQueryName() {
        Map<String, Field<?>> m = new TreeMap<>();
        for (Field<?> f : ContactFields.ALL) {
            if (f.queryName() != null) {
                m.put(f.queryName(), f);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** A value of a term: a word in its canonical form (a category's alias becomes its word), else folded. */
    private static String value(Field<?> field, String v, String raw) {
        if (field.match() == Field.Match.AGE) {
            return AgeRange.parseAge(v).map(String::valueOf).orElseThrow(() -> RefnetException.usage(
                    "'" + v + "' in query term '" + raw + "' is not an age; write whole years, like "
                            + field.queryName() + ":" + field.queryExample()));
        }
        if (field.kind() == Field.Kind.WORD) {
            return field.parseWord(v).map(w -> ((Word) w).word()).orElseThrow(() -> RefnetException.usage(
                    "unknown " + field.key() + " '" + v + "' in query term '" + raw + "'; use one of: " + field.wordList()));
        }
        return Fold.fold(v);
    }
}
