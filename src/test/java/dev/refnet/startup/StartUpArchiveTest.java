package dev.refnet.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartUpArchiveTest {

    @TempDir
    Path tmp;

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    Path archive(Duration age) throws Exception {
        Path a = tmp.resolve("refnet-x-java.jsa");
        Files.writeString(a, "archive");
        Files.setLastModifiedTime(a, FileTime.from(NOW.minus(age)));
        return a;
    }

    /** Whether the markers {@code <archive>.refused} and {@code .failed} exist after a check with {@code vmInfo}. */
    List<Boolean> markersAfter(Duration archiveAge, String vmInfo) throws Exception {
        Path a = archive(archiveAge);
        StartUpArchive.check(a.toString(), vmInfo, NOW);
        return List.of(Files.exists(tmp.resolve(a.getFileName() + ".refused")), Files.exists(tmp.resolve(a.getFileName() + ".failed")));
    }

    @Test
    void a_jvm_that_shares_classes_leaves_no_marker() throws Exception {
        assertThat(markersAfter(Duration.ofDays(3), "mixed mode, sharing")).containsExactly(false, false);
    }

    @Test
    void a_refused_archive_is_marked_for_the_launcher_to_make_again() throws Exception {
        Path a = archive(Duration.ofDays(3));
        StartUpArchive.check(a.toString(), "mixed mode", NOW);
        Path refused = tmp.resolve(a.getFileName() + ".refused");
        assertThat(refused).exists();
        assertThat(Files.getLastModifiedTime(refused).toInstant()).isEqualTo(NOW).isAfter(Files.getLastModifiedTime(a).toInstant());
        assertThat(tmp.resolve(a.getFileName() + ".failed")).doesNotExist();
        // marked again later: the marker's time moves on
        StartUpArchive.check(a.toString(), "mixed mode", NOW.plusSeconds(60));
        assertThat(Files.getLastModifiedTime(refused).toInstant()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void an_archive_refused_just_after_it_was_made_is_given_up() throws Exception {
        assertThat(markersAfter(Duration.ofSeconds(5), "interpreted mode")).containsExactly(true, true);
    }

    @Test
    void without_the_launcher_or_its_archive_nothing_happens() throws Exception {
        StartUpArchive.check(null, "mixed mode", NOW);
        StartUpArchive.check("", "mixed mode", NOW);
        StartUpArchive.check(tmp.resolve("gone.jsa").toString(), "mixed mode", NOW);
        StartUpArchive.check(tmp.resolve("no-such-dir/x.jsa").toString(), "mixed mode", NOW);
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }
}
