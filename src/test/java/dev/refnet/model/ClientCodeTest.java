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

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "Emily | it has no digit, so it may be a name",
        "Emily.Watson | it has no digit, so it may be a name",
        "EWatson2011 | 'Watson' reads as a name",
        "C-0142-Maria | 'Maria' reads as a name",
        "emily2011 | 'emily' is a common first name",
        "EMILY-7 | 'EMILY' is a common first name"})
    void codes_that_read_as_names_are_refused_by_the_default_rule(String code, String why) {
        assertThat(ClientCode.problem(code)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("client code '" + code + "' refused: " + why)
                .contains("set client-code: PATTERN in refnet.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C-0142", "C-9", "c0142", "2025-031", "CL-2025-001", "ref#12", "A1B2", "x7k9q"})
    void codes_with_a_digit_and_no_name_pass_the_default_rule(String code) {
        assertThat(ClientCode.problem(code)).isEmpty();
    }

    @Test
    void only_a_refusal_by_the_default_rule_suggests_a_client_code_pattern() {
        assertThat(ClientCode.problem("Jane Doe")).hasValueSatisfying(m -> assertThat(m).endsWith(ClientCode.ADVICE));
        assertThat(ClientCode.problem("Emily")).hasValueSatisfying(m -> assertThat(m).contains("set client-code: PATTERN"));
    }

    @Test
    void refnet_yaml_s_pattern_replaces_the_default_rule() {
        assertThat(ClientCode.problem("C-0142", "C-[0-9]{4}")).isEmpty();
        assertThat(ClientCode.problem("C-142", "C-[0-9]{4}")).hasValue("client code 'C-142' refused: it does not match"
                + " client-code 'C-[0-9]{4}' in refnet.yaml. " + ClientCode.ADVICE);
        assertThat(ClientCode.problem("Intake", "[A-Za-z]+")).as("the practice's own scheme is trusted").isEmpty();
        assertThat(ClientCode.problem("Jane Doe", ".*")).as("the shape still holds").isPresent();
    }

    @Test
    void a_pattern_that_does_not_compile_is_named() {
        assertThat(ClientCode.badRule("C-[0-9")).hasValueSatisfying(m -> assertThat(m).startsWith("client-code 'C-[0-9' is not a valid pattern"));
        assertThat(ClientCode.badRule("C-[0-9]{4}")).isEmpty();
    }
}
