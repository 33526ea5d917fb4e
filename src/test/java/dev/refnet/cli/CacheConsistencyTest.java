package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command prints the same with the cache of parsed contacts as with
 * {@code REFNET_NO_CACHE=1}, however the files changed between runs; and a write resolves an
 * exact id without reading the rest of the network.
 */
class CacheConsistencyTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun withCache;
    RefnetRun noCache;
    final Instant old = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void network() throws IOException {
        net = tmp.resolve("net");
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "practice: Test\nclinicians: [Jordan Ellis, Priya Shah]\n");
        Files.setLastModifiedTime(net.resolve("refnet.yaml"), FileTime.from(old)); // old enough to be cached
        withCache = new RefnetRun(tmp).env("XDG_CACHE_HOME", tmp.resolve("xdg").toString());
        noCache = new RefnetRun(tmp).env("XDG_CACHE_HOME", tmp.resolve("xdg-unused").toString()).env("REFNET_NO_CACHE", "1");
        for (int i = 0; i < 70; i++) {
            contact("partner-" + i, "Partner " + i + (i % 7 == 0 ? " Müller" : ""), i % 3 == 0 ? "school" : "physician",
                    "2025-0" + (1 + i % 2) + "-1" + (i % 10), old.plusMillis(i * 10L));
        }
    }

    private Path contact(String id, String name, String category, String lastDate, Instant mtime) throws IOException {
        Path p = net.resolve("contacts/" + id + ".yaml");
        Files.writeString(p, "name: " + name + "\ncategory: " + category + "\nsince: 2024-06-01\nlog:\n"
                + "  - date: 2024-12-01\n    type: referral-in\n    client: C-" + id.length() + "\n"
                + "  - date: " + lastDate + "\n    type: coffee\n");
        if (mtime != null) {
            Files.setLastModifiedTime(p, FileTime.from(mtime));
        }
        return p;
    }

    private static final List<List<String>> READS = List.of(
            List.of("list"), List.of("list", "--format", "json"), List.of("list", "--format", "csv"),
            List.of("list", "category:school"), List.of("show", "partner-14"), List.of("show", "muller"),
            List.of("report", "--today", "2025-03-01"), List.of("due", "--today", "2025-03-01", "--upcoming", "30d"));

    private void assertOutputsMatch() {
        for (List<String> args : READS) {
            RefnetRun.Result a = withCache.in(net, args.toArray(String[]::new));
            RefnetRun.Result b = noCache.in(net, args.toArray(String[]::new));
            assertThat(a).as(String.join(" ", args)).isEqualTo(b);
        }
    }

    @Test
    void every_read_prints_the_same_with_and_without_the_cache_as_files_change() throws IOException {
        assertOutputsMatch();
        assertThat(tmp.resolve("xdg/refnet")).isDirectory();
        assertThat(tmp.resolve("xdg-unused")).doesNotExist();
        // The cache is written on a thread of its own; a run returns only once it is in place.
        try (var files = Files.list(tmp.resolve("xdg/refnet"))) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString()
                    .startsWith("contacts-").endsWith(".bin");
        }
        // edit: same size, same second
        contact("partner-1", "Partner 1", "physician", "2025-02-12", old.plusMillis(10).plusNanos(1));
        assertOutputsMatch();
        // edit just now, then again at once with the same size
        contact("partner-2", "Partner 2", "physician", "2025-02-13", null);
        assertOutputsMatch();
        contact("partner-2", "Partner 2", "physician", "2025-02-14", null);
        assertOutputsMatch();
        // the settings change: same size, same second (the default clinician swaps), then a cadence
        String before = withCache.in(net, "report", "--today", "2025-03-01").out();
        Files.writeString(net.resolve("refnet.yaml"), "practice: Test\nclinicians: [Priya Shah, Jordan Ellis]\n");
        Files.setLastModifiedTime(net.resolve("refnet.yaml"), FileTime.from(old.plusNanos(1)));
        assertOutputsMatch();
        assertThat(withCache.in(net, "report", "--today", "2025-03-01").out()).isNotEqualTo(before);
        Files.writeString(net.resolve("refnet.yaml"), "practice: Test\nclinicians: [Priya Shah]\nfollow-up: {physician: 10d}\n");
        assertOutputsMatch();
        // add, delete, rename, move over
        contact("zed-new", "Zed New", "legal", "2025-01-01", old);
        Files.delete(net.resolve("contacts/partner-3.yaml"));
        assertOutputsMatch();
        Files.move(net.resolve("contacts/partner-4.yaml"), net.resolve("contacts/aaa-renamed.yaml"));
        assertOutputsMatch();
        Files.move(net.resolve("contacts/partner-5.yaml"), net.resolve("contacts/partner-6.yaml"), StandardCopyOption.REPLACE_EXISTING);
        assertOutputsMatch();
        // a file turns bad, and is fixed
        Files.writeString(net.resolve("contacts/partner-7.yaml"), "name: Broken\ncategory: [\n");
        assertOutputsMatch();
        contact("partner-7", "Partner 7", "school", "2025-01-17", old.plusSeconds(30));
        assertOutputsMatch();
        // the cache itself is damaged
        try (var files = Files.list(tmp.resolve("xdg/refnet"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.write(f, new byte[] {0x52, 0x46, 0x4e, 0x43, 0, 0, 0, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9});
            }
        }
        assertOutputsMatch();
    }

    @Test
    void writes_print_and_write_the_same_with_and_without_the_cache() throws IOException {
        Path twin = tmp.resolve("twin");
        copyTree(net, twin);
        withCache.in(net, "list"); // fill the cache
        List<List<String>> writes = List.of(
                List.of("log", "partner-10", "call", "--date", "2025-03-01", "--no-commit"),
                List.of("log", "Partner 11", "email", "--date", "2025-03-01", "--no-commit"),
                List.of("log", "müller", "email", "--no-commit"),
                List.of("log", "partner-1", "visit", "--no-commit"),
                List.of("thank", "partner-12", "--no-commit"),
                List.of("log", "nobody-by-that-name", "call", "--no-commit"));
        for (List<String> args : writes) {
            RefnetRun.Result a = withCache.in(net, args.toArray(String[]::new));
            RefnetRun.Result b = noCache.in(twin, args.toArray(String[]::new));
            assertThat(a.code()).as(a + " vs " + b).isEqualTo(b.code());
            assertThat(a.out()).isEqualTo(b.out());
            assertThat(a.err().replace(net.toString(), "NET")).isEqualTo(b.err().replace(twin.toString(), "NET"));
        }
        for (String id : List.of("partner-10", "partner-11", "partner-1", "partner-12", "partner-14")) {
            assertThat(net.resolve("contacts/" + id + ".yaml")).hasSameTextualContentAs(twin.resolve("contacts/" + id + ".yaml"));
        }
    }

    @Test
    void log_by_exact_id_does_not_read_the_other_files() throws IOException {
        // A broken file elsewhere would be reported by a full load; an exact id never loads it.
        Files.writeString(net.resolve("contacts/partner-20.yaml"), "name: [broken\n");
        RefnetRun.Result byId = noCache.in(net, "log", "partner-21", "call", "--no-commit");
        assertThat(byId.code()).as(byId.toString()).isZero();
        assertThat(byId.err()).isEmpty();
        // A part of a name still matches over the whole network, which reports the broken file.
        RefnetRun.Result byName = noCache.in(net, "log", "Partner 22", "call", "--no-commit");
        assertThat(byName.code()).as(byName.toString()).isZero();
        assertThat(byName.err()).contains("partner-20.yaml").contains("skipped 1 file");
        // An id whose own file is broken falls back to matching, which points at the broken line.
        RefnetRun.Result broken = noCache.in(net, "log", "partner-20", "call", "--no-commit");
        assertThat(broken.code()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err()).contains("partner-20.yaml:2:1: not valid YAML").contains("refnet cannot read this file").doesNotContain("no contact matches");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (var s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path q = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(q);
            } else {
                Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
