package dev.refnet.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells {@code bin/refnet} when the JVM refused the class-data-sharing archive the launcher gave
 * it. A JVM that cannot use an archive (another JDK behind the same java command, a JDK updated
 * in place, a damaged file) runs without it and says nothing, as the launcher asks; every run
 * would then be slower until the jar changed. The launcher names the archive in the system
 * property {@code refnet.cds}; when the JVM shared no class ({@code java.vm.info} lacks
 * "sharing"), this leaves {@code <archive>.refused} beside it, and the launcher makes the archive
 * again at its next run. An archive refused within a minute of being made (by this JVM, then) is
 * given up for this jar: {@code <archive>.failed}, which the launcher honours until the jar
 * changes. Never fails a run: a marker that cannot be written is simply not written.
 */
public final class StartUpArchive {

    /** An archive refused this soon after it was made was made by this very JVM: do not loop. */
    static final Duration JUST_MADE = Duration.ofMinutes(1);

    private StartUpArchive() {
    }

    /** Checks this JVM, started by the launcher or not; {@code Main} calls it first. */
    public static void check() {
        check(System.getProperty("refnet.cds"), System.getProperty("java.vm.info"), Instant.now());
    }

    static void check(String archive, String vmInfo, Instant now) {
        if (archive == null || archive.isEmpty() || vmInfo == null || vmInfo.contains("sharing")) {
            return;
        }
        try {
            Path file = Path.of(archive);
            if (!Files.isRegularFile(file)) {
                return;
            }
            Instant made = Files.getLastModifiedTime(file).toInstant();
            if (made.isAfter(now.minus(JUST_MADE))) {
                touch(Path.of(archive + ".failed"), now);
            }
            touch(Path.of(archive + ".refused"), now);
        } catch (IOException | RuntimeException e) {
            // the launcher's business, not this command's: run on
        }
    }

    private static void touch(Path marker, Instant now) throws IOException {
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
        Files.setLastModifiedTime(marker, FileTime.from(now));
    }
}
