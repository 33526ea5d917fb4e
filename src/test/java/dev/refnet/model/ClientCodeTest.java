package dev.refnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientCodeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C-0142", "c0142", "7", "A_b.c#1", "2025-031", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void opaque_codes_are_accepted(String code) {
        assertThat(ClientCode.problem(code)).isEmpty();
        assertThat(ClientCode.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "Jane Doe | it has a space, so it looks like a name",
        "jane@x.org | it looks like an e-mail address",
        "C/0142 | it has characters other than letters, digits",
        "Zoë | it has characters other than letters, digits",
        "C-0142! | it has characters other than letters, digits",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456 | it is longer than 32 characters"})
    void names_addresses_and_odd_codes_are_refused_with_the_reason(String code, String why) {
        assertThat(ClientCode.problem(code)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("client code '" + code + "' refused: " + why)
                .contains("minimum necessary health information")
                .contains("like C-0142"));
        assertThat(ClientCode.isValid(code)).isFalse();
    }

    @Test
    void an_empty_or_missing_code_asks_for_one() {
        assertThat(ClientCode.problem("")).hasValue("a referral needs a client code, like C-0142");
        assertThat(ClientCode.problem(null)).hasValue("a referral needs a client code, like C-0142");
    }

    @Test
    void a_tab_counts_as_a_space() {
        assertThat(ClientCode.problem("C\t0142")).hasValueSatisfying(m -> assertThat(m).contains("has a space"));
    }
}
