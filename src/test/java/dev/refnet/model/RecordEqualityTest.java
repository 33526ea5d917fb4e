package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.FieldSamples;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A write reads back what it wrote and compares it with what it meant, so two contacts that
 * differ in anything must be unequal: each record component is changed in turn, through the
 * canonical constructor, and each declared field through {@code with}, and the records must
 * then differ.
 */
class RecordEqualityTest {

    static final LogEntry ENTRY = LogEntry.referral(LocalDate.of(2025, 3, 4), EntryType.REFERRAL_IN, "C-1", "Jordan Ellis",
            "anxiety", Outcome.SEEN, "a note");
    static final Contact CONTACT = Contact.builder("dr-lopez", "Dr. López", Category.PHYSICIAN)
            .with(ContactFields.ORGANIZATION, "Clinic").with(ContactFields.ROLE, "GP")
            .with(ContactFields.SPECIALTIES, List.of("pain")).with(ContactFields.EMAIL, "l@example.org")
            .with(ContactFields.PHONE, "555-0100").with(ContactFields.TAGS, List.of("a"))
            .with(ContactFields.STATUS, Status.ACTIVE).with(ContactFields.FOLLOW_UP, Cadence.parse("30d"))
            .with(ContactFields.SINCE, LocalDate.of(2024, 1, 2)).with(ContactFields.ACCEPTING_REFERRALS, true)
            .with(ContactFields.NOTES, "notes").with(ContactFields.SNOOZE_UNTIL, LocalDate.of(2026, 1, 1))
            .log(List.of(ENTRY)).extra(Map.of("custom", "value")).build();

    @Test
    void every_component_of_a_contact_counts() throws Exception {
        everyComponentCounts(CONTACT);
    }

    @Test
    void every_component_of_a_contact_counts_when_the_others_are_empty() throws Exception {
        everyComponentCounts(Contact.builder("x", "X", Category.OTHER).build());
    }

    @Test
    void every_component_of_a_log_entry_counts_when_the_others_are_empty() throws Exception {
        everyComponentCounts(LogEntry.builder(LocalDate.of(2025, 3, 4), EntryType.NOTE).build());
    }

    @Test
    void every_component_of_a_log_entry_counts() throws Exception {
        everyComponentCounts(LogEntry.builder(LocalDate.of(2025, 3, 4), EntryType.REFERRAL_OUT)
                .with(EntryFields.NOTE, "n").with(EntryFields.CLIENT, "C-2").with(EntryFields.TO, "to")
                .with(EntryFields.FROM, "Priya Shah").with(EntryFields.REASON, "reason")
                .with(EntryFields.OUTCOME, Outcome.DECLINED).extra(Map.of("k", 1)).build());
    }

    @Test
    void every_field_of_a_contact_counts() {
        for (Contact base : List.of(CONTACT, Contact.builder("x", "X", Category.OTHER).build())) {
            for (Field<?> f : ContactFields.ALL) {
                Contact changed = base.toBuilder().set(f, FieldSamples.other(f, base.get(f))).build();
                assertThat(changed).as(f.key()).isNotEqualTo(base);
                assertThat(base).as(f.key()).isNotEqualTo(changed);
            }
        }
    }

    @Test
    void every_field_of_a_log_entry_counts() {
        for (LogEntry base : List.of(ENTRY, LogEntry.builder(LocalDate.of(2025, 3, 4), EntryType.NOTE).build())) {
            for (Field<?> f : EntryFields.ALL) {
                LogEntry changed = base.toBuilder().set(f, FieldSamples.other(f, base.get(f))).build();
                assertThat(changed).as(f.key()).isNotEqualTo(base);
                assertThat(base).as(f.key()).isNotEqualTo(changed);
            }
        }
    }

    @Test
    void every_component_of_a_cadence_counts() throws Exception {
        everyComponentCounts(Cadence.parse("2w"));
    }

    @Test
    void equal_copies_are_equal_with_equal_hash_codes() throws Exception {
        for (Record r : List.<Record>of(CONTACT, ENTRY, Cadence.parse("1m"), Contact.builder("x", "X", Category.OTHER)
                .build(), new Cadence(null, Period.ofDays(3)))) {
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
            Record changed = rebuild(base, i, other(base, components[i], value));
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
    private static Object other(Record base, RecordComponent component, Object value) {
        Class<?> type = component.getType();
        if (type == FieldValues.class) {
            Contact c = (Contact) base;
            return c.with(ContactFields.NAME, c.name() + "-other").fields();
        }
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
