package dev.refnet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One key of a contact or of a log entry, declared once in {@link ContactFields} or
 * {@link EntryFields}: how it is written in YAML, what kind of value it holds, and the names
 * each presentation gives it. Readers, writers, the cache, JSON, CSV, {@code show} and the
 * query language iterate the declarations, so a new key is one more declaration.
 *
 * @param <T> the Java type of the value: String, List of String, LocalDate, Cadence, Boolean or a {@link Word} enum
 */
public final class Field<T> {

    /** What a value is; each reader and writer knows how to handle each kind. */
    public enum Kind {
        /** One line of text (or a block, see {@link Field#block()}). */
        TEXT(String.class),
        /** A list of texts, {@code [a, b]} in YAML, joined with {@code ;} in CSV. */
        TEXT_LIST(List.class),
        /** One of a fixed set of words ({@link Field#words()}). */
        WORD(Word.class),
        /** An ISO date, {@code YYYY-MM-DD}. */
        DATE(LocalDate.class),
        /** A duration such as {@code 30d} or {@code P60D}. */
        CADENCE(Cadence.class),
        /** true or false. */
        BOOLEAN(Boolean.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    /**
     * How a query term compares its value with the field's text: all of it, a part, all of its
     * words (a tag), or (for a list of {@link AgeRange}s) an age that one of the ranges holds.
     */
    public enum Match { WHOLE, PART, WORDS, AGE }

    private final Declarations owner;
    private final int index;
    private final String key;
    private final Kind kind;
    private final boolean required;
    private final T fallback;
    private final List<T> words;
    private final Function<String, Optional<T>> parseWord;
    private final boolean block;
    private final boolean repeats;
    private final String jsonName;
    private final String label;
    private final String singular;
    private final String queryName;
    private final Match match;
    private final String queryExample;
    private final Function<Object, T> accessor;
    private final List<String> aliases;
    private final Function<T, String> rule;
    private final Function<String, String> itemProblem;
    private final List<String> itemExamples;
    private final Field<?> replaces;

    private Field(Spec<T> s, int index) {
        this.owner = s.owner;
        this.index = index;
        this.key = s.key;
        this.kind = s.kind;
        this.required = s.required;
        this.fallback = s.kind == Kind.TEXT_LIST ? uncheckedEmptyList() : s.fallback;
        this.words = s.words;
        this.parseWord = s.parseWord;
        this.block = s.block;
        this.repeats = s.repeats;
        this.jsonName = s.jsonName != null ? s.jsonName : camel(s.key);
        this.label = s.label;
        this.singular = s.singular != null ? s.singular : s.key;
        this.queryName = s.queryName;
        this.match = s.match;
        this.queryExample = s.queryExample;
        this.accessor = s.accessor;
        this.aliases = List.copyOf(s.aliases);
        this.rule = s.rule;
        this.itemProblem = s.itemProblem;
        this.itemExamples = s.itemExamples;
        this.replaces = s.replaces;
    }

    /**
     * An older key this one takes the place of ({@code accepting} for {@code accepting-referrals}):
     * when refnet sets this key in a file that has only the older one, that line becomes this key's.
     */
    public Field<?> replaces() {
        return replaces;
    }

    @SuppressWarnings("unchecked")
    private T uncheckedEmptyList() {
        return (T) List.of();
    }

    /** The declarations this field is one of (a contact's, a log entry's). */
    Declarations owner() {
        return owner;
    }

    /** The position among its owner's fields (the order they are written in). */
    public int index() {
        return index;
    }

    /** The key as written in YAML, and the CSV column of {@code export} and {@code import}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** A key every file must have, with a value. */
    public boolean required() {
        return required;
    }

    /** The value when the key is absent: an empty list, a default word, or null. */
    public T fallback() {
        return fallback;
    }

    /** For a {@link Kind#WORD}: its words, canonical ones, in their order. */
    public List<T> words() {
        return words;
    }

    /** For a {@link Kind#WORD}: the word (or an alias of it) read from text, if it is one. */
    public Optional<T> parseWord(String text) {
        return parseWord.apply(text);
    }

    /** The words as a person would list them: {@code a, b, c}. */
    public String wordList() {
        List<String> out = new ArrayList<>();
        for (T w : words) {
            out.add(((Word) w).word());
        }
        return String.join(", ", out);
    }

    /** Text that may run over several lines, written as a YAML literal block. */
    public boolean block() {
        return block;
    }

    /** Values that repeat across many files (an organization, a clinician), worth keeping once in memory. */
    public boolean repeats() {
        return repeats;
    }

    /** The key in JSON output: the YAML key in camelCase. */
    public String jsonName() {
        return jsonName;
    }

    /** The label {@code show} gives it, or null when {@code show} presents it in a place of its own. */
    public String label() {
        return label;
    }

    /** One value's name, for commands that add or remove one item of a list ({@code tag} for {@code tags}). */
    public String singular() {
        return singular;
    }

    /** The field name in a query term ({@code org:harbor}), or null when queries do not offer it. */
    public String queryName() {
        return queryName;
    }

    public Match match() {
        return match;
    }

    /** A value to show in a query's usage message, like {@code trauma}. */
    public String queryExample() {
        return queryExample;
    }

    /** The value read by the record accessor declared with {@link Spec#accessor}, for owners that are plain records. */
    T valueIn(Object owner) {
        return accessor.apply(owner);
    }

    /**
     * Every name a command line may give this key ({@code refnet set}): the key, the name of one
     * item of a list ({@code tag}), the query's name ({@code org}) and any alias declared for it
     * ({@code every}, as add-contact's option is called).
     */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(key);
        for (String n : aliasesAndShortNames()) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private List<String> aliasesAndShortNames() {
        List<String> out = new ArrayList<>();
        out.add(singular);
        if (queryName != null) {
            out.add(queryName);
        }
        out.addAll(aliases);
        return out;
    }

    /**
     * What is wrong with a value a person typed for this key (an e-mail address without an @),
     * or null when it is fine. Values read from files are not held to it: a file says what it says.
     */
    @SuppressWarnings("unchecked")
    public String problem(Object value) {
        return value == null || rule == null ? null : rule.apply((T) value);
    }

    /**
     * For a {@link Kind#TEXT_LIST} whose items have a form of their own (the ranges of
     * {@code ages}): null when {@code item} has it, else what is wrong, in plain words.
     */
    public String itemProblem(String item) {
        return itemProblem == null ? null : itemProblem.apply(item);
    }

    /** Items of that form, for messages and tests; empty when any text will do. */
    public List<String> itemExamples() {
        return itemExamples;
    }

    /** Whether {@code value} is what an absent key means (and so is not written to a file). */
    public boolean isFallback(Object value) {
        return Objects.equals(value, fallback);
    }

    /** The value as one line of plain text: a word, an ISO date, a duration as written, {@code a;b} for lists. */
    public String text(Object value, String listSeparator) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case TEXT -> (String) value;
            case TEXT_LIST -> String.join(listSeparator, castList(value));
            case WORD -> ((Word) value).word();
            case DATE, CADENCE, BOOLEAN -> value.toString();
        };
    }

    /** Checks that {@code value} is of this field's kind, for values assembled without the compiler's help. */
    Object check(Object value) {
        if (value != null && !kind.type.isInstance(value)) {
            throw new IllegalArgumentException("'" + key + "' cannot hold a " + value.getClass().getSimpleName());
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static List<String> castList(Object value) {
        return (List<String>) value;
    }

    @Override
    public String toString() {
        return key;
    }

    private static String camel(String key) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : key.toCharArray()) {
            if (ch == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }

    /** The ordered fields of one owner (a contact, a log entry), built by declaring them in turn. */
    static final class Declarations {
        private final List<Field<?>> all = new ArrayList<>();
        private List<Field<?>> done;

        Spec<String> text(String key) {
            return new Spec<>(this, key, Kind.TEXT);
        }

        Spec<List<String>> list(String key) {
            return new Spec<>(this, key, Kind.TEXT_LIST);
        }

        Spec<LocalDate> date(String key) {
            return new Spec<>(this, key, Kind.DATE);
        }

        Spec<Cadence> cadence(String key) {
            return new Spec<>(this, key, Kind.CADENCE);
        }

        Spec<Boolean> bool(String key) {
            return new Spec<>(this, key, Kind.BOOLEAN);
        }

        <E extends Enum<E> & Word> Spec<E> word(String key, Class<E> type, Function<String, Optional<E>> parse) {
            Spec<E> s = new Spec<>(this, key, Kind.WORD);
            s.words = List.of(type.getEnumConstants());
            s.parseWord = parse;
            return s;
        }

        int size() {
            return all.size();
        }

        Field<?> field(int index) {
            return all.get(index);
        }

        /**
         * The fields in declaration order, the same immutable list at every call; no field can
         * be declared after it. Loops over it that run once per log entry go by index, which
         * makes no iterator object.
         */
        List<Field<?>> all() {
            if (done == null) {
                done = List.copyOf(all);
            }
            return done;
        }
    }

    /** A field being declared; {@link #add()} ends it. */
    static final class Spec<T> {
        private final Declarations owner;
        private final String key;
        private final Kind kind;
        private boolean required;
        private T fallback;
        private List<T> words = List.of();
        private Function<String, Optional<T>> parseWord = t -> Optional.empty();
        private boolean block;
        private boolean repeats;
        private String jsonName;
        private String label;
        private String singular;
        private String queryName;
        private Match match = Match.PART;
        private String queryExample;
        private Function<Object, T> accessor;
        private final List<String> aliases = new ArrayList<>();
        private Function<T, String> rule;
        private Function<String, String> itemProblem;
        private List<String> itemExamples = List.of();
        private Field<?> replaces;

        private Spec(Declarations owner, String key, Kind kind) {
            this.owner = owner;
            this.key = key.toLowerCase(Locale.ROOT);
            this.kind = kind;
            this.label = key.replace('-', ' ');
        }

        Spec<T> required() {
            required = true;
            return this;
        }

        Spec<T> fallback(T value) {
            fallback = value;
            return this;
        }

        Spec<T> block() {
            block = true;
            return this;
        }

        Spec<T> repeats() {
            repeats = true;
            return this;
        }

        Spec<T> json(String name) {
            jsonName = name;
            return this;
        }

        /** The label in {@code show}; null when {@code show} puts the field in a place of its own. */
        Spec<T> label(String text) {
            label = text;
            return this;
        }

        Spec<T> singular(String name) {
            singular = name;
            return this;
        }

        /** Another name a command line may give the key. */
        Spec<T> alias(String name) {
            aliases.add(name);
            return this;
        }

        /** A check of values a person types for the key: what is wrong, or null. */
        Spec<T> rule(Function<T, String> check) {
            rule = check;
            return this;
        }

        Spec<T> query(String name, Match how, String example) {
            queryName = name;
            match = how;
            queryExample = example;
            return this;
        }

        /** The record accessor that holds this field's value, for an owner that keeps its values as record components. */
        @SuppressWarnings("unchecked")
        <O> Spec<T> accessor(Function<O, T> get) {
            accessor = (Function<Object, T>) (Function<?, T>) get;
            return this;
        }

        /** Items must have a form: {@code problem} says what is wrong with one (null: nothing). */
        Spec<T> items(Function<String, String> problem, String... examples) {
            itemProblem = problem;
            itemExamples = List.of(examples);
            return this;
        }

        Spec<T> replaces(Field<?> older) {
            replaces = older;
            return this;
        }

        Field<T> add() {
            if (owner.done != null) {
                throw new IllegalStateException("'" + key + "' declared after the list of fields was taken");
            }
            Field<T> f = new Field<>(this, owner.all.size());
            owner.all.add(f);
            return f;
        }
    }
}
