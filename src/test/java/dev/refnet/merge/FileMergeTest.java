package dev.refnet.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Outcome;
import dev.refnet.store.ContactReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the merge of docs/format.md#section-7, for a contact file and for refnet.yaml, without files. */
class FileMergeTest {

    static final String BASE = """
            # Met at the county fair
            name: Dr. María López
            category: physician
            tags: [prescriber]
            status: active
            notes: |
              Prefers email.
            log:
              - date: 2025-01-04
                type: coffee
                note: Talked about trauma referrals
              - date: 2025-02-10
                type: referral-in
                client: C-0142
                to: Priya Shah
                reason: trauma
            """;

    static final String REFERRAL_0301 = """
              - date: 2025-03-01
                type: referral-in
                client: C-0200
                to: Jordan Ellis
            """;

    static final String THANKS_0215 = """
              - date: 2025-02-15
                type: thank-you
            """;

    static MergeResult merge(String base, String ours, String theirs) {
        return FileMerge.merge(FileMerge.Kind.CONTACT, "lopez", base, ours, theirs);
    }

    static Contact read(String text) {
        return ContactReader.read("lopez", text).contact();
    }

    static String clean(String base, String ours, String theirs) {
        MergeResult r = merge(base, ours, theirs);
        assertThat(r.conflicts()).as(r.text()).isEmpty();
        read(r.text());
        return r.text();
    }

    @Test
    void entries_logged_on_both_sides_are_all_kept_in_date_order_into_our_text() {
        String merged = clean(BASE, BASE + REFERRAL_0301, BASE + THANKS_0215);
        assertThat(merged).isEqualTo(BASE + THANKS_0215 + REFERRAL_0301);
    }

    @Test
    void an_entry_logged_identically_on_both_sides_is_kept_once() {
        String merged = clean(BASE, BASE + REFERRAL_0301 + THANKS_0215.replace("02-15", "03-05"), BASE + REFERRAL_0301);
        assertThat(read(merged).log()).hasSize(4);
        assertThat(merged).containsOnlyOnce("C-0200");
    }

    @Test
    void an_outcome_set_on_one_side_lands_on_that_referral_while_the_other_side_logs() {
        String theirs = BASE.replace("    reason: trauma\n", "    reason: trauma\n    outcome: seen\n");
        String merged = clean(BASE, BASE + REFERRAL_0301, theirs);
        List<LogEntry> log = read(merged).log();
        assertThat(log).extracting(LogEntry::client).containsExactly(null, "C-0142", "C-0200");
        assertThat(log.get(1).outcome()).isEqualTo(Outcome.SEEN);
        assertThat(log.get(2).outcome()).as("not moved to the new referral").isNull();
        assertThat(merged).isEqualTo(theirs + REFERRAL_0301);
    }

    @Test
    void a_reason_edited_on_one_side_and_an_outcome_set_on_the_other_both_land() {
        String ours = BASE.replace("reason: trauma", "reason: trauma and grief");
        String theirs = BASE.replace("    reason: trauma\n", "    reason: trauma\n    outcome: scheduled\n");
        String merged = clean(BASE, ours, theirs);
        LogEntry e = read(merged).log().get(1);
        assertThat(e.reason()).isEqualTo("trauma and grief");
        assertThat(e.outcome()).isEqualTo(Outcome.SCHEDULED);
    }

    @Test
    void an_entry_removed_on_one_side_and_unchanged_on_the_other_is_removed() {
        String theirs = BASE.replace("""
                  - date: 2025-01-04
                    type: coffee
                    note: Talked about trauma referrals
                """, "");
        String merged = clean(BASE, BASE + REFERRAL_0301, theirs);
        assertThat(merged).isEqualTo(theirs + REFERRAL_0301);
    }

    @Test
    void an_entry_removed_on_one_side_and_edited_on_the_other_is_a_conflict_with_whole_entries() {
        String theirs = BASE.replace("""
                  - date: 2025-02-10
                    type: referral-in
                    client: C-0142
                    to: Priya Shah
                    reason: trauma
                """, "");
        String ours = BASE.replace("reason: trauma", "reason: grief");
        MergeResult r = merge(BASE, ours, theirs);
        assertThat(r.clean()).isFalse();
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.isEntry()).isTrue();
            assertThat(c.field()).isNull();
            assertThat(c.theirs()).isNull();
            assertThat(c.describe()).contains("Dr. María López", "referral-in of C-0142 on 2025-02-10", "removed");
        });
        assertThat(r.text()).contains("<<<<<<< ours\n  - date: 2025-02-10\n", "reason: grief\n||||||| ancestor\n  - date: 2025-02-10\n",
                "reason: trauma\n=======\n>>>>>>> theirs\n");
    }

    @Test
    void an_entry_edited_on_one_side_and_removed_with_every_other_on_ours_is_a_conflict_beside_the_log_key() {
        String base = "name: Sam\ncategory: school\nlog:\n  - date: 2025-01-01\n    type: call\n";
        MergeResult r = merge(base, "name: Sam\ncategory: school\nlog:\n", base.replace("type: call\n", "type: call\n    note: hi\n"));
        assertThat(r.clean()).isFalse();
        assertThat(r.text()).isEqualTo("name: Sam\ncategory: school\nlog:\n<<<<<<< ours\n||||||| ancestor\n  - date: 2025-01-01\n"
                + "    type: call\n=======\n  - date: 2025-01-01\n    type: call\n    note: hi\n>>>>>>> theirs\n");
    }

    @Test
    void a_value_changed_on_one_side_only_takes_that_change() {
        String merged = clean(BASE, BASE.replace("status: active", "status: paused") + REFERRAL_0301,
                BASE.replace("tags: [prescriber]", "tags: [prescriber, warm]  # since the fair") + THANKS_0215);
        Contact c = read(merged);
        assertThat(c.tags()).containsExactly("prescriber", "warm");
        assertThat(merged).contains("tags: [prescriber, warm]  # since the fair\nstatus: paused\n");
        assertThat(c.log()).hasSize(4);
    }

    @Test
    void a_value_changed_on_both_sides_to_the_same_value_takes_it() {
        String both = BASE.replace("status: active", "status: paused");
        assertThat(clean(BASE, both + REFERRAL_0301, both + THANKS_0215)).isEqualTo(both + THANKS_0215 + REFERRAL_0301);
    }

    @Test
    void a_value_changed_on_both_sides_differently_is_a_conflict_named_with_both_values() {
        MergeResult r = merge(BASE, BASE.replace("status: active", "status: paused") + REFERRAL_0301,
                BASE.replace("status: active", "status: archived") + THANKS_0215);
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).containsExactly("status");
            assertThat(c.ours()).isEqualTo("paused");
            assertThat(c.theirs()).isEqualTo("archived");
            assertThat(c.base()).isEqualTo("active");
            assertThat(c.describe()).isEqualTo("Dr. María López (lopez): 'status' is 'paused' on this side and 'archived'"
                    + " on the other (it was 'active')");
        });
        assertThat(r.text()).contains("<<<<<<< ours\nstatus: paused\n||||||| ancestor\nstatus: active\n=======\nstatus: archived\n>>>>>>> theirs\n");
        assertThat(r.text()).as("what merged cleanly is in").contains("C-0200", "2025-02-15");
    }

    @Test
    void snooze_until_changed_on_both_sides_takes_the_later_date() {
        String withSnooze = BASE.replace("status: active\n", "status: active\nsnooze-until: 2025-04-01\n");
        String ours = withSnooze.replace("2025-04-01", "2025-05-01");
        String theirs = withSnooze.replace("2025-04-01", "2025-06-01");
        assertThat(read(clean(withSnooze, ours, theirs)).snoozeUntil()).hasToString("2025-06-01");
        assertThat(read(clean(withSnooze, theirs, ours)).snoozeUntil()).hasToString("2025-06-01");
        assertThat(read(clean(BASE, BASE + REFERRAL_0301, withSnooze)).snoozeUntil()).hasToString("2025-04-01");
    }

    @Test
    void both_sides_adding_the_same_contact_merge_with_an_empty_ancestor() {
        String ours = """
                name: Amy Ng
                category: therapist
                email: amy@example.org
                log:
                  - date: 2025-03-01
                    type: coffee
                """;
        String theirs = """
                name: Amy Ng
                category: therapist
                phone: +1 555 0101
                log:
                  - date: 2025-03-01
                    type: coffee
                  - date: 2025-03-02
                    type: call
                """;
        String merged = clean("", ours, theirs);
        Contact c = read(merged);
        assertThat(c.email()).isEqualTo("amy@example.org");
        assertThat(c.phone()).isEqualTo("+1 555 0101");
        assertThat(c.log()).hasSize(2);
        MergeResult r = merge("", ours, theirs.replace("therapist", "physician"));
        assertThat(r.conflicts()).extracting(Conflict::path).containsExactly(List.of("category"));
    }

    @Test
    void the_same_referral_logged_on_both_sides_merges_its_details_or_conflicts_on_a_disagreement() {
        String ours = BASE + REFERRAL_0301;
        String theirs = BASE + REFERRAL_0301.replace("    to: Jordan Ellis\n", "    to: Jordan Ellis\n    reason: anxiety\n");
        String merged = clean(BASE, ours, theirs);
        assertThat(read(merged).log()).hasSize(3);
        assertThat(read(merged).log().get(2).reason()).isEqualTo("anxiety");
        MergeResult r = merge(BASE, ours + "    outcome: seen\n", theirs + "    outcome: declined\n");
        assertThat(r.conflicts()).extracting(Conflict::field).containsExactly("outcome");
    }

    @Test
    void an_outcome_set_differently_on_both_sides_is_a_conflict_on_that_field() {
        String ours = BASE.replace("    reason: trauma\n", "    reason: trauma\n    outcome: seen\n");
        String theirs = BASE.replace("    reason: trauma\n", "    reason: trauma\n    outcome: no-show\n");
        MergeResult r = merge(BASE, ours, theirs);
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.entry()).containsEntry("client", "C-0142").containsEntry("date", "2025-02-10");
            assertThat(c.field()).isEqualTo("outcome");
            assertThat(c.ours()).isEqualTo("seen");
            assertThat(c.theirs()).isEqualTo("no-show");
        });
    }

    @Test
    void notes_written_as_a_block_take_the_edit_of_one_side() {
        String theirs = BASE.replace("  Prefers email.\n", "  Prefers email.\n  Retiring in June.\n");
        String merged = clean(BASE, BASE + REFERRAL_0301, theirs);
        assertThat(read(merged).notes()).isEqualTo("Prefers email.\nRetiring in June.\n");
        assertThat(merged).isEqualTo(theirs + REFERRAL_0301);
    }

    @Test
    void notes_edited_on_both_sides_differently_are_a_conflict() {
        MergeResult r = merge(BASE, BASE.replace("Prefers email.", "Prefers phone."), BASE.replace("Prefers email.", "Prefers fax."));
        assertThat(r.conflicts()).extracting(Conflict::path).containsExactly(List.of("notes"));
    }

    @Test
    void a_key_added_on_one_side_goes_after_the_key_before_it_there_and_unknown_keys_are_kept() {
        String theirs = BASE.replace("category: physician\n", "category: physician\norganization: Eastside Family Medicine\n")
                .replace("status: active\n", "status: active\nreferral-portal: https://eastside.example/refer  # ask for Sam\n");
        String merged = clean(BASE, BASE + REFERRAL_0301, theirs);
        assertThat(merged).isEqualTo(theirs + REFERRAL_0301);
        assertThat(read(merged).extra()).containsEntry("referral-portal", "https://eastside.example/refer");
    }

    @Test
    void a_key_removed_on_one_side_and_unchanged_on_the_other_is_removed() {
        String theirs = BASE.replace("tags: [prescriber]\n", "");
        assertThat(clean(BASE, BASE + REFERRAL_0301, theirs)).isEqualTo(theirs + REFERRAL_0301);
    }

    @Test
    void an_entry_with_keys_refnet_does_not_know_is_inserted_with_them() {
        String theirs = BASE + "  - date: 2025-02-20\n    type: call\n    mood: upbeat\n";
        String merged = clean(BASE, BASE + REFERRAL_0301, theirs);
        assertThat(read(merged).log().get(2).extra()).containsEntry("mood", "upbeat");
    }

    @Test
    void crlf_line_ends_and_a_byte_order_mark_stay_as_our_side_has_them() {
        String base = "\uFEFF" + BASE.replace("\n", "\r\n");
        String ours = base + REFERRAL_0301.replace("\n", "\r\n");
        String theirs = base.replace("    reason: trauma\r\n", "    reason: trauma\r\n    outcome: seen\r\n") + THANKS_0215.replace("\n", "\r\n");
        String merged = clean(base, ours, theirs);
        assertThat(merged).startsWith("\uFEFF# Met").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        assertThat(read(merged).log()).hasSize(4);
        // their side written with LF: our CRLF still holds everywhere
        String lfTheirs = BASE.replace("status: active", "status: paused");
        String merged2 = clean(base, ours, "\uFEFF" + lfTheirs.replace("\n", "\r\n"));
        assertThat(merged2).contains("status: paused\r\n");
    }

    @Test
    void a_log_written_as_a_flow_list_gets_their_entries_in_its_own_style() {
        String base = "name: Sam\ncategory: school\nlog: [{date: 2025-01-01, type: call}]\n";
        String ours = base.replace("}]", "}, {date: 2025-03-01, type: email}]");
        String theirs = base.replace("}]", "}, {date: 2025-02-01, type: visit}]");
        String merged = clean(base, ours, theirs);
        assertThat(merged).isEqualTo("name: Sam\ncategory: school\nlog: [{date: 2025-01-01, type: call}, {date: 2025-02-01, type: visit},"
                + " {date: 2025-03-01, type: email}]\n");
    }

    @Test
    void entries_written_as_flow_mappings_take_an_outcome_in_place() {
        String base = "name: Sam\ncategory: school\nlog:\n  - {date: 2025-01-01, type: referral-out, client: C-9, from: Jo}\n";
        String theirs = base.replace("from: Jo}", "from: Jo, outcome: seen}");
        String ours = base + "  - {date: 2025-02-01, type: call}\n";
        assertThat(clean(base, ours, theirs)).isEqualTo(theirs + "  - {date: 2025-02-01, type: call}\n");
    }

    @Test
    void settings_merge_key_by_key_and_into_follow_up() {
        String base = """
                practice: Harbor Light
                clinicians: [Jordan Ellis, Priya Shah]
                follow-up:
                  physician: 60d
                  school: 120d
                """;
        String ours = base.replace("physician: 60d", "physician: 45d");
        String theirs = base.replace("school: 120d", "school: 90d").replace("Priya Shah]", "Priya Shah, Sam Lee]");
        MergeResult r = FileMerge.merge(FileMerge.Kind.CONFIG, "refnet", base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text()).isEqualTo("""
                practice: Harbor Light
                clinicians: [Jordan Ellis, Priya Shah, Sam Lee]
                follow-up:
                  physician: 45d
                  school: 90d
                """);
        MergeResult both = FileMerge.merge(FileMerge.Kind.CONFIG, "refnet", base, ours, base.replace("physician: 60d", "physician: 30d"));
        assertThat(both.conflicts()).extracting(Conflict::path).containsExactly(List.of("follow-up", "physician"));
        assertThat(FileMerge.Kind.ofPath("refnet.yaml")).isEqualTo(FileMerge.Kind.CONFIG);
        assertThat(FileMerge.Kind.ofPath("contacts/refnet.yaml")).isEqualTo(FileMerge.Kind.CONFIG);
        assertThat(FileMerge.Kind.ofPath("contacts/amy.yaml")).isEqualTo(FileMerge.Kind.CONTACT);
    }

    @Test
    void a_side_that_does_not_read_cannot_be_merged_by_structure() {
        assertThatThrownBy(() -> merge(BASE, BASE + REFERRAL_0301, BASE + "<<<<<<< HEAD\n"))
                .isInstanceOf(MergeException.class).hasMessageContaining("the other side does not read");
        assertThatThrownBy(() -> merge(BASE, BASE + REFERRAL_0301, BASE + "  - date: 2025-03-09\n    type: referral-in\n"))
                .as("a referral without a client").isInstanceOf(MergeException.class);
    }

    @Test
    void one_side_unchanged_gives_the_other_side_exactly() {
        String theirs = BASE + "# a comment they added\n";
        assertThat(merge(BASE, BASE, theirs).text()).isEqualTo(theirs);
        assertThat(merge(BASE, theirs, BASE).text()).isEqualTo(theirs);
    }

    @Test
    void union_log_adds_the_other_contacts_entries_to_ours() {
        String other = "name: Maria Lopez\ncategory: physician\nlog:\n  - date: 2025-02-10\n    type: referral-in\n"
                + "    client: C-0142\n    to: Priya Shah\n    reason: trauma\n  - date: 2025-02-12\n    type: thank-you\n";
        String merged = FileMerge.unionLog("lopez", BASE, other);
        assertThat(merged).isEqualTo(BASE.replace("    reason: trauma\n", "    reason: trauma\n  - date: 2025-02-12\n    type: thank-you\n"));
    }

    @Test
    void the_whole_file_conflict_keeps_all_three_texts() {
        String t = FileMerge.wholeFileConflict("b\n", "o", "t\n");
        assertThat(t).isEqualTo("<<<<<<< ours\no\n||||||| ancestor\nb\n=======\nt\n>>>>>>> theirs\n");
    }
}
