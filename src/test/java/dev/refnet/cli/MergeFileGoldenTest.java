package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.store.ConfigReader;
import dev.refnet.store.ContactReader;
import dev.refnet.support.RefnetRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden merges of hand-written files through {@code refnet merge-file}, as git runs it: each
 * folder under {@code golden/merge/} holds {@code base.yaml}, {@code ours.yaml}, {@code theirs.yaml},
 * optionally {@code path} (the file's path in the network; default contacts/pat.yaml) and
 * {@code merged.yaml}, the exact bytes written over ours. A merged file with conflict markers must
 * come with exit status 1, one without with 0 and a file that reads back. Regenerate on purpose only
 * ({@code -Dgolden.update=true}) and read the diff before committing it.
 */
class MergeFileGoldenTest {

    static final Path CASES = Path.of(System.getProperty("refnet.repo", "."), "src/test/resources/golden/merge");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> each_merge_writes_exactly_the_expected_bytes() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                Path work = Files.createDirectories(tmp.resolve(dir.getFileName().toString()));
                for (String f : new String[] {"base.yaml", "ours.yaml", "theirs.yaml"}) {
                    Files.copy(dir.resolve(f), work.resolve(f));
                }
                String path = Files.exists(dir.resolve("path")) ? Files.readString(dir.resolve("path")).strip() : "contacts/pat.yaml";
                RefnetRun.Result r = new RefnetRun(tmp).run("merge-file", work.resolve("base.yaml").toString(),
                        work.resolve("ours.yaml").toString(), work.resolve("theirs.yaml").toString(), path);
                byte[] after = Files.readAllBytes(work.resolve("ours.yaml"));
                Path expected = dir.resolve("merged.yaml");
                if (UPDATE) {
                    Files.write(expected, after);
                }
                String text = new String(after, StandardCharsets.UTF_8);
                assertThat(text).as(r.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                assertThat(after).isEqualTo(Files.readAllBytes(expected));
                assertThat(r.err()).doesNotContain("Exception", "\tat ");
                if (text.contains("<<<<<<< ")) {
                    assertThat(r.code()).as(r.toString()).isEqualTo(1);
                    assertThat(r.err()).as("says what to do").contains("git add " + path);
                } else {
                    assertThat(r.code()).as(r.toString()).isZero();
                    assertThat(r.err()).isEmpty();
                    if (path.endsWith("refnet.yaml")) {
                        ConfigReader.read(text);
                    } else {
                        ContactReader.read("pat", text);
                    }
                }
            }));
        }
    }
}
