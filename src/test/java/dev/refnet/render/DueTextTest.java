package dev.refnet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.engine.DueItem;
import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class DueTextTest {

    static final Contact LOPEZ = Contact.builder("dr-maria-lopez", "Dr. María López", Category.PHYSICIAN).build();

    @Test
    void a_thank_you_for_several_referrals_names_every_client() {
        DueItem t = new DueItem.ThankYou(LOPEZ, LocalDate.of(2025, 2, 13), 1, List.of(
                new DueItem.Referral(LocalDate.of(2025, 2, 10), "C-1"), new DueItem.Referral(LocalDate.of(2025, 2, 11), "C-2"),
                new DueItem.Referral(LocalDate.of(2025, 2, 12), "C-3")));
        assertThat(DueText.action(t)).isEqualTo("send a thank-you to Dr. María López for C-1, C-2 and C-3");
        assertThat(DueText.details(t)).isEqualTo("3 referrals since 2025-02-10; 1 day overdue");
    }

    @Test
    void when_reads_naturally() {
        assertThat(DueText.when(12)).isEqualTo("12 days overdue");
        assertThat(DueText.when(1)).isEqualTo("1 day overdue");
        assertThat(DueText.when(0)).isEqualTo("due today");
        assertThat(DueText.when(-1)).isEqualTo("due tomorrow");
        assertThat(DueText.when(-5)).isEqualTo("due in 5 days");
    }

    @Test
    void a_check_in_with_no_contact_says_so() {
        DueItem c = new DueItem.CheckIn(LOPEZ, LocalDate.of(2025, 3, 3), 0, null, Cadence.parse("2m"), null, "me");
        assertThat(DueText.action(c) + " (" + DueText.details(c) + ")")
                .isEqualTo("check in with Dr. María López (no contact logged yet, every 2m; due today)");
    }

    @Test
    void overdue_lines_are_red_on_a_colour_terminal() {
        DueItem c = new DueItem.CheckIn(LOPEZ, LocalDate.of(2025, 3, 1), 2, LocalDate.of(2025, 1, 1), Cadence.parse("2m"), null, "me");
        String coloured = DueText.render(List.of(c), 1, "none", 100, Ansi.ON);
        // The renderer writes its colours with Style.MARK for ESC; the output writer makes them ESC.
        assertThat(coloured).contains(Style.MARK + "[31m").doesNotContain("\u001B");
        String plain = DueText.render(List.of(c), 1, "none", 100, Ansi.OFF);
        assertThat(plain).isEqualTo("Overdue (1)\n  2025-03-01  check in with Dr. María López (last contact 2025-01-01,"
                + " every 2m; 2 days overdue)\n\n1 overdue\n");
    }
}
