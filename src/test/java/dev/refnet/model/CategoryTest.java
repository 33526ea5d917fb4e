package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "therapist, therapist", "physician, physician", "school, school", "faith, faith",
        "community, community", "online, online", "legal, legal", "other, other",
        "counselor, therapist", "psychologist, therapist", "psychiatrist, therapist",
        "doctor, physician", "medical, physician", "nurse, physician", "pediatrician, physician",
        "teacher, school", "university, school",
        "church, faith", "mosque, faith", "synagogue, faith", "temple, faith", "clergy, faith",
        "nonprofit, community", "organization, community", "social-work, community",
        "social, online", "social-media, online",
        "lawyer, legal", "attorney, legal", "law, legal"})
    void every_spec_alias_parses_to_its_canonical_category(String input, String canonical) {
        assertThat(Category.parse(input)).map(Category::word).hasValue(canonical);
    }

    @Test
    void parsing_ignores_case_and_surrounding_spaces() {
        assertThat(Category.parse("  Doctor ")).hasValue(Category.PHYSICIAN);
        assertThat(Category.parse("SOCIAL-MEDIA")).hasValue(Category.ONLINE);
    }

    @Test
    void unknown_words_and_null_parse_to_nothing() {
        assertThat(Category.parse("dentist")).isEmpty();
        assertThat(Category.parse("")).isEmpty();
        assertThat(Category.parse(null)).isEmpty();
        assertThat(Category.parse("social work")).isEmpty();
    }

    @Test
    void accepted_words_list_the_eight_canonical_words_first() {
        List<String> words = new ArrayList<>();
        Category.acceptedWords().forEach(words::add);
        assertThat(words.subList(0, 8)).containsExactly("therapist", "physician", "school", "faith", "community",
                "online", "legal", "other");
        assertThat(words).hasSize(8 + 22);
    }
}
