package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    @Test
    void an_equal_value_read_again_is_the_first_object() {
        String value = "waitlist " + java.util.UUID.randomUUID(); // no other test reads this value
        String first = new String(value);
        String again = new String(value);
        assertThat(SharedStrings.of(first)).isSameAs(first);
        assertThat(SharedStrings.of(again)).isSameAs(first);
    }

    @Test
    void values_sharing_a_slot_stay_themselves() {
        // "Aa" and "BB" have the same hash code, so they take the same slot in turn.
        assertThat(SharedStrings.of(new String("Aa"))).isEqualTo("Aa");
        assertThat(SharedStrings.of(new String("BB"))).isEqualTo("BB");
        assertThat(SharedStrings.of(new String("Aa"))).isEqualTo("Aa");
    }

    @Test
    void long_values_and_null_pass_through() {
        String longNote = "x".repeat(65);
        assertThat(SharedStrings.of(longNote)).isSameAs(longNote);
        assertThat(SharedStrings.of(new String(longNote))).isNotSameAs(longNote);
        assertThat(SharedStrings.of(null)).isNull();
    }
}
