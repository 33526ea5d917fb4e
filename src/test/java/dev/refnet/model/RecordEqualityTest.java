package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contact, LogEntry and Cadence write their equals and hashCode out (the generated ones cost
 * every write a tree of method handles). A component added later and forgotten there would make
 * two different contacts equal, and a write's read-back check blind to it; so each component is
 * changed in turn, through the canonical constructor, and must make the records unequal.
 */
class RecordEqualityTest {

    static final LogEntry ENTRY = LogEntry.referral(LocalDate.of(2025, 3, 4), EntryType.REFERRAL_IN, "C-1", "Jordan Ellis",
            "anxiety", Outcome.SEEN, "a note");
    static final Contact CONTACT = new Contact("dr-lopez", "Dr. López", Category.PHYSICIAN, "Clinic", "GP", List.of("pain"),
            "l@example.org", "555-0100", List.of("a"), Status.ACTIVE, Cadence.parse("30d"), LocalDate.of(2024, 1, 2), true,
            "notes", LocalDate.of(2026, 1, 1), List.of(ENTRY), Map.of("custom", "value"));

    @Test
    void every_component_of_a_contact_counts() throws Exception {
        everyComponentCounts(CONTACT);
    }

    @Test
    void every_component_of_a_contact_counts_when_the_others_are_empty() throws Exception {
        everyComponentCounts(new Contact("x", "X", Category.OTHER, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null));
    }

    @Test
    void every_component_of_a_log_entry_counts_when_the_others_are_empty() throws Exception {
        everyComponentCounts(new LogEntry(LocalDate.of(2025, 3, 4), EntryType.NOTE, null, null, null, null, null, null, null));
    }

    @Test
    void every_component_of_a_log_entry_counts() throws Exception {
        everyComponentCounts(new LogEntry(LocalDate.of(2025, 3, 4), EntryType.REFERRAL_OUT, "n", "C-2", "to", "Priya Shah",
                "reason", Outcome.DECLINED, Map.of("k", 1)));
    }

    @Test
    void every_component_of_a_cadence_counts() throws Exception {
        everyComponentCounts(Cadence.parse("2w"));
    }

    @Test
    void equal_copies_are_equal_with_equal_hash_codes() throws Exception {
        for (Record r : List.<Record>of(CONTACT, ENTRY, Cadence.parse("1m"), new Contact("x", "X", Category.OTHER, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null), new Cadence(null, Period.ofDays(3)))) {
            Record copy = rebuild(r, -1, null);
            assertThat(copy).isNotSameAs(r).isEqualTo(r);
            assertThat(copy.hashCode()).isEqualTo(r.hashCode());
            assertThat(r).isNotEqualTo(null).isNotEqualTo("a string");
        }
    }

    private static void everyComponentCounts(Record base) throws Exception {
        RecordComponent[] components = base.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(base);
            Record changed = rebuild(base, i, other(components[i], value));
            assertThat(changed).as(components[i].getName()).isNotEqualTo(base);
            assertThat(base).as(components[i].getName()).isNotEqualTo(changed);
        }
    }

    /** {@code r} made again by its canonical constructor, with component {@code index} replaced (none when negative). */
    private static Record rebuild(Record r, int index, Object replacement) throws Exception {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = i == index ? replacement : components[i].getAccessor().invoke(r);
        }
        Constructor<? extends Record> canonical = r.getClass().getDeclaredConstructor(types);
        return canonical.newInstance(args);
    }

    /** A value of the component's type that differs from {@code value} (which may be null or empty). */
    private static Object other(RecordComponent component, Object value) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return value + "-other";
        }
        if (type == LocalDate.class) {
            return value == null ? LocalDate.of(2020, 2, 2) : ((LocalDate) value).plusDays(1);
        }
        if (type == Boolean.class) {
            return value == null || !((Boolean) value);
        }
        if (type == Period.class) {
            return ((Period) value).plusDays(1);
        }
        if (type == Cadence.class) {
            return Cadence.parse("91d");
        }
        if (type == List.class) {
            boolean ofEntries = component.getGenericType().getTypeName().contains("LogEntry");
            return !((List<?>) value).isEmpty() ? List.of() : ofEntries ? List.of(ENTRY) : List.of("other");
        }
        if (type == Map.class) {
            return Map.of("other", "value");
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (constant != value && constant != null) {
                    return constant;
                }
            }
        }
        throw new AssertionError("no other value for a component of type " + type + ": add one here");
    }
}
