package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QUERY language of docs/format.md#section-6, as due and list use it. */
class QueryTest {

    static final Contact LOPEZ = Contact.builder("dr-maria-lopez", "Dr. María López", Category.PHYSICIAN)
            .with(ContactFields.ORGANIZATION, "Eastside Family Medicine")
            .with(ContactFields.SPECIALTIES, List.of("Adolescents", "anxiety"))
            .with(ContactFields.TAGS, List.of("prescriber")).with(ContactFields.STATUS, Status.ACTIVE)
            .with(ContactFields.NOTES, "Prefers email.").build();
    static final Contact CHURCH = Contact.builder("st-marks", "St. Mark's Church", Category.FAITH)
            .with(ContactFields.STATUS, Status.PAUSED).build();

    static boolean m(String q, Contact c) {
        return Query.parse(q).matches(c);
    }

    @Test
    void field_terms_with_alternatives_and_aliases() {
        assertThat(m("category:physician,school", LOPEZ)).isTrue();
        assertThat(m("category:doctor", LOPEZ)).isTrue();
        assertThat(m("category:faith", LOPEZ)).isFalse();
        assertThat(m("status:paused", CHURCH)).isTrue();
        assertThat(m("tag:PRESCRIBER specialty:adolesc org:eastside name:lopez", LOPEZ)).isTrue();
    }

    @Test
    void terms_must_all_hold() {
        assertThat(m("category:physician status:paused", LOPEZ)).isFalse();
        assertThat(m("", LOPEZ)).isTrue();
    }

    @Test
    void a_dash_or_not_negates() {
        assertThat(m("-category:physician", LOPEZ)).isFalse();
        assertThat(m("not:category:physician", CHURCH)).isTrue();
        assertThat(m("-lopez", LOPEZ)).isFalse();
    }

    @Test
    void bare_words_match_name_organization_or_notes_without_accents_or_case() {
        assertThat(m("MARÍA", LOPEZ)).isTrue();
        assertThat(m("maria", LOPEZ)).isTrue();
        assertThat(m("family", LOPEZ)).isTrue();
        assertThat(m("email", LOPEZ)).isTrue();
        assertThat(m("email", CHURCH)).isFalse();
    }

    @Test
    void a_bare_word_that_is_a_category_also_matches_that_category() {
        assertThat(m("physician", LOPEZ)).isTrue();
        assertThat(m("FAITH", CHURCH)).isTrue();
        assertThat(m("faith", LOPEZ)).isFalse();
        assertThat(m("-physician", LOPEZ)).isFalse();
        // Only the canonical words: an alias stays a plain word ('doctor' is not in Lopez's text).
        assertThat(m("doctor", LOPEZ)).isFalse();
    }

    @Test
    void malformed_terms_are_usage_errors_that_say_what_to_write() {
        assertThatThrownBy(() -> Query.parse("colour:red")).isInstanceOfSatisfying(RefnetException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2)).hasMessageContaining("fields are accepting, age, area, category");
        assertThatThrownBy(() -> Query.parse("category:")).hasMessageContaining("has no value");
        assertThatThrownBy(() -> Query.parse("category:plumber")).hasMessageContaining("unknown category 'plumber'");
        assertThatThrownBy(() -> Query.parse("--upcomming")).hasMessageContaining("not an option");
    }

    static final Contact TOP = Contact.builder("grace", "Rev. Thomas Hale", Category.FAITH)
            .with(ContactFields.ORGANIZATION, "Grace AME Church")
            .with(ContactFields.TAGS, List.of("top referrer", "spanish-speaking")).build();

    @Test
    void a_tag_term_matches_tags_holding_its_words() {
        assertThat(Query.parse(List.of("tag:top")).matches(TOP)).isTrue();
        assertThat(Query.parse(List.of("tag:top referrer")).matches(TOP)).as("one quoted argument").isTrue();
        assertThat(Query.parse(List.of("tag:top-referrer")).matches(TOP)).isTrue();
        assertThat(Query.parse(List.of("tag:Spanish speaking")).matches(TOP)).isTrue();
        assertThat(Query.parse(List.of("tag:refer")).matches(TOP)).as("whole words only").isFalse();
        assertThat(Query.parse(List.of("-tag:top referrer")).matches(TOP)).isFalse();
        assertThat(Query.parse(List.of("tag:top referrer", "category:faith")).matches(TOP)).isTrue();
    }

    @Test
    void bare_words_and_name_terms_ignore_punctuation_as_contact_names_do() {
        Contact oneil = Contact.builder("dr-siobhan-oneil", "Dr. Siobhán O'Neil", Category.THERAPIST).build();
        assertThat(m("oneil", oneil)).isTrue();
        assertThat(m("name:o'neil", oneil)).isTrue();
        assertThat(m("grace", TOP)).as("organization").isTrue();
        assertThat(m("org:grace-ame", TOP)).isTrue();
    }
}
