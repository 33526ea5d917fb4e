package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import dev.refnet.yaml.YamlException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactReaderTest {

    /**
     * Reads through both doors, the located one (for edits) and the fast one (for whole networks),
     * and requires the same contact, or the same error at the same line and column, from each.
     */
    private static Contact read(String text) {
        Contact located;
        try {
            located = ContactReader.read("x", text).contact();
        } catch (YamlException e) {
            YamlException fast = catchThrowableOfType(YamlException.class, () -> ContactReader.readContact("x", text));
            assertThat(fast).as("the fast read must refuse what the located read refuses:%n%s", text).isNotNull();
            assertThat(fast.located()).isEqualTo(e.located());
            throw e;
        }
        assertThat(ContactReader.readContact("x", text)).isEqualTo(located);
        return located;
    }

    private static void assertError(String text, int line, int column, String fragment) {
        YamlException e = catchThrowableOfType(YamlException.class, () -> read(text));
        assertThat(e).as("expected an error for:%n%s", text).isNotNull();
        assertThat(e.getMessage()).contains(fragment);
        assertThat(List.of(e.line(), e.column())).as(e.located()).containsExactly(line, column);
    }

    @Test
    void reads_every_field_of_spec_1_2() {
        Contact c = read("""
                name: Dr. María López          # required
                category: doctor
                organization: Eastside Family Medicine
                role: Family physician
                specialties: [adolescents, anxiety]
                email: mlopez@eastside.example
                phone: +1 555 0100
                tags:
                  - prescriber
                status: paused
                follow-up: 45d
                since: 2024-03-02
                accepting-referrals: yes
                notes: |
                  Prefers email.
                  Met at the fair.
                log:
                  - date: 2025-02-10
                    type: referral-in
                    client: C-0142
                    to: Priya Shah
                    reason: trauma
                    outcome: no_show
                  - {date: 2025-02-11, type: thank-you}
                """);
        assertThat(c.name()).isEqualTo("Dr. María López");
        assertThat(c.category()).isEqualTo(Category.PHYSICIAN);
        assertThat(c.specialties()).containsExactly("adolescents", "anxiety");
        assertThat(c.tags()).containsExactly("prescriber");
        assertThat(c.phone()).isEqualTo("+1 555 0100");
        assertThat(c.status()).isEqualTo(Status.PAUSED);
        assertThat(c.followUp().text()).isEqualTo("45d");
        assertThat(c.since()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(c.acceptingReferrals()).isTrue();
        assertThat(c.notes()).isEqualTo("Prefers email.\nMet at the fair.\n");
        assertThat(c.log()).hasSize(2);
        assertThat(c.log().get(0).type()).isEqualTo(EntryType.REFERRAL_IN);
        assertThat(c.log().get(0).to()).isEqualTo("Priya Shah");
        assertThat(c.log().get(0).outcome()).isEqualTo(Outcome.NO_SHOW);
        assertThat(c.log().get(1).type()).isEqualTo(EntryType.THANK_YOU);
    }

    @Test
    void numbers_and_dates_that_yaml_would_resolve_stay_text() {
        Contact c = read("name: 007\ncategory: other\nphone: 5550100\norganization: 2025-01-01\nrole: no\n");
        assertThat(c.name()).isEqualTo("007");
        assertThat(c.phone()).isEqualTo("5550100");
        assertThat(c.organization()).isEqualTo("2025-01-01");
        assertThat(c.role()).isEqualTo("no");
    }

    @Test
    void unknown_keys_are_kept_in_order_with_their_values() {
        Contact c = read("name: a\nbirthday-card: yes\ncategory: faith\nlinkedin: https://x.example\n"
                + "social: {ig: '@st.marks', fb: null}\nkids: [a, b]\nlog:\n  - date: 2025-01-01\n    type: call\n    mood: good\n");
        assertThat(c.extra()).containsExactly(Map.entry("birthday-card", "yes"), Map.entry("linkedin", "https://x.example"),
                Map.entry("social", new java.util.LinkedHashMap<>(java.util.Collections.singletonMap("ig", "@st.marks")) {
                    {
                        put("fb", null);
                    }
                }), Map.entry("kids", List.of("a", "b")));
        assertThat(c.log().get(0).extra()).containsExactly(Map.entry("mood", "good"));
    }

    @Test
    void an_empty_log_and_empty_lists_read_as_empty() {
        Contact c = read("name: a\ncategory: faith\ntags:\nlog:   # nothing yet\n");
        assertThat(c.log()).isEmpty();
        assertThat(c.tags()).isEmpty();
    }

    @Test
    void missing_name_is_located_at_the_start_of_the_file() {
        assertError("# a comment\ncategory: school\n", 2, 1, "missing required key 'name'");
    }

    @Test
    void missing_category_is_located() {
        assertError("name: Sam\nrole: x\n", 1, 1, "missing required key 'category'");
    }

    @Test
    void empty_name_and_category_are_located_at_the_value() {
        assertError("name: ''\ncategory: school\n", 1, 7, "'name' is empty; it is required");
        assertError("name: Sam\ncategory:\nrole: x\n", 2, 10, "'category' is empty");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "category | name: a\\ncategory: dentist\\n | 2 | 11 | unknown category 'dentist'; use one of: therapist, physician",
        "status | name: a\\ncategory: school\\nstatus: retired\\n | 3 | 9 | unknown status 'retired'; use one of: active, prospect, paused, archived",
        "type | name: a\\ncategory: school\\nlog:\\n  - date: 2025-01-01\\n    type: brunch\\n | 5 | 11 | unknown type 'brunch'; use one of: coffee",
        "outcome | name: a\\ncategory: school\\nlog:\\n  - date: 2025-01-01\\n    type: referral-in\\n    client: C-1\\n    outcome: great\\n | 7 | 14 | unknown outcome 'great'; use one of: scheduled, seen, declined, no-show, waitlisted",
        "bad date | name: a\\ncategory: school\\nlog:\\n  - date: 2025-02-30\\n    type: call\\n | 4 | 11 | 'date' is '2025-02-30', not a date; write YYYY-MM-DD",
        "since | name: a\\ncategory: school\\nsince: 03/02/2024\\n | 3 | 8 | 'since' is '03/02/2024', not a date",
        "follow-up | name: a\\ncategory: school\\nfollow-up: monthly\\n | 3 | 12 | 'follow-up': 'monthly' is not a duration",
        "bool | name: a\\ncategory: school\\naccepting-referrals: maybe\\n | 3 | 22 | 'accepting-referrals' is 'maybe'; write true or false",
        "list for scalar | name: [Sam, Rivera]\\ncategory: school\\n | 1 | 7 | 'name' must be a single value, not a list",
        "map for scalar | name: a\\ncategory: school\\nemail: {work: a@b.example}\\n | 3 | 8 | 'email' must be a single value, not a mapping",
        "scalar for list | name: a\\ncategory: school\\ntags: {x: y}\\n | 3 | 7 | 'tags' must be a list",
        "nested list | name: a\\ncategory: school\\ntags: [[a]]\\n | 3 | 8 | 'tags' must be a single value, not a list",
        "log scalar | name: a\\ncategory: school\\nlog: lots\\n | 3 | 6 | 'log' must be a list of entries",
        "entry scalar | name: a\\ncategory: school\\nlog:\\n  - coffee\\n | 4 | 5 | a log entry must be a mapping",
        "no date | name: a\\ncategory: school\\nlog:\\n  - type: call\\n | 4 | 5 | log entry has no 'date'",
        "no type | name: a\\ncategory: school\\nlog:\\n  - date: 2025-01-01\\n | 4 | 5 | log entry has no 'type'",
        "no client | name: a\\ncategory: school\\nlog:\\n  - date: 2025-01-01\\n    type: referral-out\\n | 4 | 5 | a referral-out entry needs 'client'",
        "root list | - name: a\\n | 1 | 1 | a contact file must be a mapping",
        "root scalar | just words\\n | 1 | 1 | a contact file must be a mapping"})
    void each_bad_value_is_located_and_explained(String what, String text, int line, int column, String fragment) {
        assertError(text.replace("\\n", "\n"), line, column, fragment);
    }
}
