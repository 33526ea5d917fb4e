package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Dr. María López | dr-maria-lopez",
        "St. Mark's Church | st-mark-s-church",
        "  --Sam   Rivera, LMFT--  | sam-rivera-lmft",
        "Inès Moreau | ines-moreau",
        "Renée Gallo (Probation) | renee-gallo-probation",
        "Straße 9 | strasse-9",
        "Søren Łukasz | soren-lukasz",
        "Œuvre Café | oeuvre-cafe",
        "ÆON | aeon",
        "O'Brien & Sons, LLC | o-brien-sons-llc",
        "UPPER lower 123 | upper-lower-123"})
    void ids_are_lower_case_words_joined_by_single_dashes(String name, String id) {
        assertThat(Ids.fromName(name)).isEqualTo(id);
    }

    @Test
    void a_name_with_no_latin_letters_or_digits_still_gets_an_id() {
        assertThat(Ids.fromName("---")).isEqualTo("contact");
        assertThat(Ids.fromName("王小明")).isEqualTo("contact");
    }

    @Test
    void ids_are_at_most_64_characters_and_do_not_end_in_a_dash() {
        String name = "The Very Long Name of a Community Organization That Serves the Whole Harbor County Area";
        String id = Ids.fromName(name);
        assertThat(id).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-").startsWith("the-very-long-name");
        String cutAtDash = Ids.fromName("a".repeat(63) + " bcd");
        assertThat(cutAtDash).isEqualTo("a".repeat(63));
    }

    @Test
    void a_taken_id_gets_the_next_free_number_from_2() {
        Set<String> taken = new HashSet<>(Set.of("sam-rivera"));
        assertThat(Ids.unique("sam-rivera", taken)).isEqualTo("sam-rivera-2");
        taken.add("sam-rivera-2");
        assertThat(Ids.unique("sam-rivera", taken)).isEqualTo("sam-rivera-3");
        assertThat(Ids.unique("noor-haddad", taken)).isEqualTo("noor-haddad");
    }

    @Test
    void a_numbered_id_stays_within_64_characters() {
        String base = "x".repeat(64);
        String id = Ids.unique(base, Set.of(base));
        assertThat(id).hasSize(64).endsWith("-2").startsWith("x".repeat(62));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../../x", "a/b", "..\\x", "/etc/passwd", "..", "C:\\evil"})
    void path_like_names_become_safe_ids(String name) {
        String id = Ids.fromName(name);
        assertThat(Ids.isSafe(id)).isTrue();
        assertThat(id).matches("[a-z0-9-]+").doesNotContain("..").doesNotContain("/");
    }

    @Test
    void path_like_names_become_these_ids() {
        assertThat(Ids.fromName("../../x")).isEqualTo("x");
        assertThat(Ids.fromName("a/b")).isEqualTo("a-b");
    }

    @ParameterizedTest(name = "unsafe: ''{0}''")
    @ValueSource(strings = {"", "../x", "a/b", "a\\b", ".hidden", "..", ".", "a\u0000b", "tab\there"})
    void ids_that_could_leave_contacts_or_hide_are_unsafe(String id) {
        assertThat(Ids.isSafe(id)).isFalse();
    }

    @Test
    void ordinary_ids_and_null_are_judged() {
        assertThat(Ids.isSafe("dr-maria-lopez")).isTrue();
        assertThat(Ids.isSafe("sam-rivera-2")).isTrue();
        assertThat(Ids.isSafe(null)).isFalse();
        assertThat(Ids.isSafe("x".repeat(201))).isFalse();
    }
}
