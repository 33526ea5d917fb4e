package dev.refnet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.RefnetException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliniciansTest {

    static final List<String> KNOWN = List.of("Jordan Ellis", "Priya Shah", "Priya Nair");

    @Test
    void a_whole_name_in_any_case_or_accents_names_that_clinician() {
        assertThat(Clinicians.resolve("jordan ellis", KNOWN, "--clinician")).isEqualTo("Jordan Ellis");
        assertThat(Clinicians.resolve("PRIYA  SHAH", KNOWN, "--clinician")).isEqualTo("Priya Shah");
        assertThat(Clinicians.same("Jördan Ellis", "jordan ellis")).isTrue();
    }

    @Test
    void a_part_that_only_one_name_holds_names_it() {
        assertThat(Clinicians.resolve("jordan", KNOWN, "--clinician")).isEqualTo("Jordan Ellis");
        assertThat(Clinicians.resolve("nair", KNOWN, "--clinician")).isEqualTo("Priya Nair");
    }

    @Test
    void a_part_several_names_hold_is_refused_with_them_listed() {
        assertThatThrownBy(() -> Clinicians.resolve("priya", KNOWN, "--clinician"))
                .isInstanceOf(RefnetException.class)
                .hasMessage("--clinician 'priya' could be Priya Shah; Priya Nair; write more of the name")
                .extracting(e -> ((RefnetException) e).exitCode()).isEqualTo(RefnetException.USAGE);
    }

    @Test
    void an_unknown_name_is_refused_with_the_clinicians_listed() {
        assertThatThrownBy(() -> Clinicians.resolve("Marcus", KNOWN, "REFNET_CLINICIAN"))
                .hasMessage("REFNET_CLINICIAN names 'Marcus', who is not a clinician of this practice;"
                        + " refnet.yaml lists: Jordan Ellis; Priya Shah; Priya Nair");
        assertThatThrownBy(() -> Clinicians.resolve("Marcus", List.of(), "--clinician"))
                .hasMessageContaining("refnet.yaml lists no clinicians");
    }
}
