package dev.refnet.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workload the start-up archive is recorded from: every run of it must succeed, or its classes go unrecorded. */
class TrainingTest {

    @Test
    void every_training_run_succeeds() throws Exception {
        Training.FAILED.clear();
        Training.main(new String[0]);
        assertThat(Training.FAILED).isEmpty();
    }
}
