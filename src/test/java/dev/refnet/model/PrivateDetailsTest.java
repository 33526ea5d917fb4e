package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateDetailsTest {

    private static List<String> emails(String text) {
        return PrivateDetails.find(text).stream().filter(f -> f.kind().equals("an e-mail address"))
                .map(PrivateDetails.Finding::text).toList();
    }

    @Test
    void finds_each_email_address_with_its_longest_domain() {
        assertThat(emails("write jo.parent@mail.example or x_y+z@a-b.c.org, not @home or a@b or a@b.c"))
                .containsExactly("jo.parent@mail.example", "x_y+z@a-b.c.org");
    }

    @Test
    void an_email_domain_ends_where_its_last_label_stops_being_letters() {
        assertThat(emails("a@b.com5 c@d.co.uk. e@f..org g@h.i.jk-l")).containsExactly("a@b.com", "c@d.co.uk", "g@h.i.jk");
    }

    @Test
    void addresses_side_by_side_are_found_apart() {
        assertThat(emails("a@b.cc@d.ee x@y.zz;p@q.rr")).containsExactly("a@b.cc", "x@y.zz", "p@q.rr");
    }

    @Test
    void phone_numbers_and_birth_dates_are_still_found() {
        assertThat(PrivateDetails.find("call 555-201-3344, DOB 3/4/2011").stream().map(PrivateDetails.Finding::kind))
                .containsExactly("a phone number", "a date of birth");
    }

    /**
     * A text of one mebibyte in the shapes that made the old e-mail pattern try again from every
     * position (about 5 * 10^11 steps: hours); scanning takes milliseconds. The limit only stops a
     * regression from hanging the build (on a thread of its own: a regex cannot be interrupted); it
     * is hundreds of times what the scan needs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a", "a.", "a-", "1 ", "a@", "a@b.", "@.", " "})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_mebibyte_of_text_is_searched_in_linear_time(String unit) {
        String text = unit.repeat((1 << 20) / unit.length());
        assertThat(PrivateDetails.find(text)).allSatisfy(f -> assertThat(f.text().length()).isLessThan(64));
    }
}
