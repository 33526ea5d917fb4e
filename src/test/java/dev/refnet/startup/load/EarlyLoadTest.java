package dev.refnet.startup.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.RefnetException;
import dev.refnet.store.NetworkStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network read begun before parsing: the same answer as a plain load, and no cache write unless taken. */
class EarlyLoadTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void network() throws Exception {
        net = tmp.resolve("net");
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "practice: Harbor Light\nclinicians: [Jordan Ellis]\n");
    }

    private Path contact(String id, String text) throws Exception {
        return Files.writeString(net.resolve("contacts/" + id + ".yaml"), text);
    }

    @Test
    void an_early_load_gives_what_load_gives_and_saves_the_cache_only_when_taken() throws Exception {
        contact("amy-ng", "name: Amy Ng\ncategory: therapist\nlog:\n  - date: 2025-01-02\n    type: call\n");
        contact("bo-li", "name: Bo Li\ncategory: school\n");
        contact("broken", "name: [\n");
        try (var files = Files.list(net.resolve("contacts"))) {
            for (Path f : files.toList()) { // older than the racy-timestamp margin, so cacheable
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
            }
        }
        Path cacheDir = tmp.resolve("cache");
        NetworkStore cached = new NetworkStore(net, FileContactCache.in(cacheDir));

        EarlyLoad background = new EarlyLoad(cached);
        assertThat(background.dir()).isEqualTo(net);
        background.awaitRead();
        assertThat(cacheDir).doesNotExist(); // a load nobody takes writes nothing

        NetworkStore.Loaded taken = background.get();
        background.finish(); // the cache is written on a thread of its own
        assertThat(cacheDir).isNotEmptyDirectory();
        try (var files = java.nio.file.Files.list(cacheDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString()
                    .startsWith("contacts-").doesNotEndWith(".tmp");
        }
        NetworkStore.Loaded plain = new NetworkStore(net).load();
        assertThat(taken.network().contacts()).isEqualTo(plain.network().contacts());
        assertThat(taken.network().config()).isEqualTo(plain.network().config());
        assertThat(taken.problems()).isEqualTo(plain.problems()).hasSize(1);
    }

    @Test
    void an_early_load_hands_its_failure_to_the_caller() {
        EarlyLoad missing = new EarlyLoad(new NetworkStore(tmp.resolve("nowhere")));
        assertThatThrownBy(missing::get).isInstanceOf(RefnetException.class).hasMessageContaining("refnet init");
    }

    @Test
    void only_a_command_that_reads_the_whole_network_starts_one_and_it_reads_the_dir_on_the_line() {
        List<Path> asked = new java.util.ArrayList<>();
        assertThat(EarlyLoad.start("log", new String[] {"--dir", net.toString(), "log", "x", "call"}, d -> {
            asked.add(d);
            return new NetworkStore(d);
        })).isNull();
        assertThat(asked).isEmpty();
        EarlyLoad due = EarlyLoad.start("due", new String[] {"--dir=" + net, "due"}, NetworkStore::new);
        assertThat(due.dir()).isEqualTo(net);
        assertThat(due.get().network().config().practice()).isEqualTo("Harbor Light");
        assertThat(EarlyLoad.start("due", new String[] {"due"}, d -> {
            throw new RefnetException(RefnetException.DATA, "no network");
        })).isNull();
    }
}
