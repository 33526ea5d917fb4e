package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import dev.refnet.store.ContactReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Contact names as people type them (docs/format.md#section-5) (issue 18, item 12). */
class ContactMatchTest {

    static Contact contact(String id, String yaml) {
        return ContactReader.read(id, yaml).contact();
    }

    static final List<Contact> NETWORK = List.of(
            contact("dr-siobhan-oneil", "name: Dr. Siobhán O'Neil\ncategory: therapist\n"),
            contact("kevin-obrien", "name: Kevin O'Brien\ncategory: school\norganization: Lakeside High\n"),
            contact("jean-luc-moreau", "name: Jean-Luc Moreau\ncategory: therapist\n"),
            contact("rev-thomas-hale", "name: Rev. Thomas Hale\ncategory: faith\norganization: Grace AME Church\n"),
            contact("dr-maria-lopez", "name: Dr. María López\ncategory: physician\norganization: Eastside Family Medicine\n"),
            contact("dr-ann-kim", "name: Dr. Ann Kim\ncategory: physician\norganization: Eastside Family Medicine\n"));

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource(delimiter = '|', value = {
        "oneil | dr-siobhan-oneil",
        "O'Neil | dr-siobhan-oneil",
        "siobhan o neil | dr-siobhan-oneil",
        "obrien | kevin-obrien",
        "jean luc | jean-luc-moreau",
        "jeanluc | jean-luc-moreau",
        "JEAN-LUC | jean-luc-moreau",
        "grace | rev-thomas-hale",
        "grace ame | rev-thomas-hale",
        "lakeside | kevin-obrien",
        "Dr. Maria Lopez | dr-maria-lopez"})
    void names_match_ignoring_punctuation_hyphens_spaces_and_accents_and_organizations_too(String typed, String id) {
        assertThat(ContactMatch.resolve(NETWORK, typed).id()).isEqualTo(id);
    }

    @Test
    void an_organization_shared_by_two_contacts_is_ambiguous() {
        assertThatThrownBy(() -> ContactMatch.resolve(NETWORK, "eastside"))
                .hasMessage("'eastside' matches 2 contacts: dr-maria-lopez (Dr. María López); dr-ann-kim (Dr. Ann Kim);"
                        + " give more of the name or the id");
    }

    @Test
    void nothing_matching_names_the_nearest_contacts() {
        assertThatThrownBy(() -> ContactMatch.resolve(NETWORK, "sibohan"))
                .isInstanceOf(RefnetException.class)
                .hasMessage("no contact matches 'sibohan'; did you mean dr-siobhan-oneil (Dr. Siobhán O'Neil)?;"
                        + " 'refnet list' shows them all, and 'refnet add-contact' adds one");
        assertThatThrownBy(() -> ContactMatch.resolve(NETWORK, "lopes")).hasMessageContaining("did you mean dr-maria-lopez");
        assertThatThrownBy(() -> ContactMatch.resolve(NETWORK, "zzyzx")).hasMessage("no contact matches 'zzyzx';"
                + " 'refnet list' shows them all, and 'refnet add-contact' adds one");
    }

    @Test
    void punctuation_alone_names_nothing() {
        assertThatThrownBy(() -> ContactMatch.resolve(NETWORK, "'-.")).hasMessageContaining("has no letter or digit");
    }

    @Test
    void a_part_within_a_few_edits_is_found_by_the_approximate_match() {
        assertThat(ContactMatch.within("sibohan", "drsiobhanoneil")).isEqualTo(2);
        assertThat(ContactMatch.within("oneil", "drsiobhanoneil")).isZero();
        assertThat(ContactMatch.within("abc", "")).isEqualTo(3);
    }
}
