package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.merge.FileMerge;
import dev.refnet.model.RefnetException;
import dev.refnet.support.Networks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NetworkStore#merge}: the two files as read, or nothing written. */
class NetworkStoreMergeTest {

    static final String KEEP = "name: Dr. Ellen Park\ncategory: physician\nlog:\n  - date: 2025-01-10\n    type: coffee\n";
    static final String OTHER = "name: Ellen Park\ncategory: physician\nphone: 555-0125\nlog:\n  - date: 2025-02-01\n    type: call\n";

    @TempDir
    Path tmp;

    @Test
    void merge_writes_keep_and_removes_other() throws Exception {
        Path net = Networks.make(tmp, "dr-ellen-park", KEEP, "ellen-park", OTHER);
        NetworkStore store = new NetworkStore(net);
        NetworkStore.Merged m = store.merge(store.read("dr-ellen-park"), store.read("ellen-park"),
                (a, b) -> FileMerge.unionLog("dr-ellen-park", a, b), List.of(), List.of());
        assertThat(Files.readString(m.kept())).isEqualTo(KEEP + "  - date: 2025-02-01\n    type: call\n");
        assertThat(m.removed()).doesNotExist();
    }

    @Test
    void a_file_changed_since_it_was_read_is_refused_and_nothing_is_written() throws Exception {
        for (String changed : List.of("dr-ellen-park", "ellen-park")) {
            Path net = Networks.make(tmp.resolve(changed), "dr-ellen-park", KEEP, "ellen-park", OTHER);
            NetworkStore store = new NetworkStore(net);
            NetworkStore.Source keep = store.read("dr-ellen-park");
            NetworkStore.Source other = store.read("ellen-park");
            Path file = net.resolve("contacts/" + changed + ".yaml");
            Files.writeString(file, Files.readString(file) + "  - date: 2025-03-01\n    type: email\n");
            Map<String, String> before = Networks.snapshot(net);
            assertThatThrownBy(() -> store.merge(keep, other, (a, b) -> FileMerge.unionLog("dr-ellen-park", a, b), List.of(),
                    List.of())).isInstanceOf(RefnetException.class)
                    .hasMessage(file + " changed on disk since refnet read it; nothing was written. Run the command again");
            assertThat(Networks.snapshot(net)).as(changed).isEqualTo(before);
        }
    }

    @Test
    void logs_that_cannot_be_united_are_refused_and_nothing_is_written() throws Exception {
        Path net = Networks.make(tmp, "dr-ellen-park", KEEP, "ellen-park", OTHER);
        NetworkStore store = new NetworkStore(net);
        Map<String, String> before = Networks.snapshot(net);
        assertThatThrownBy(() -> store.merge(store.read("dr-ellen-park"), store.read("ellen-park"), (a, b) -> {
            throw new IllegalStateException("no");
        }, List.of(), List.of())).isInstanceOf(RefnetException.class).hasMessageContaining("could not unite the two logs (no)");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void check_suggests_keeping_the_original_of_a_numbered_copy() {
        assertThat(NetworkChecker.mergeCommand("dr-ellen-park-2", "dr-ellen-park")).isEqualTo("'refnet merge dr-ellen-park dr-ellen-park-2'");
        assertThat(NetworkChecker.mergeCommand("dr-ellen-park", "dr-ellen-park-2")).isEqualTo("'refnet merge dr-ellen-park dr-ellen-park-2'");
        assertThat(NetworkChecker.mergeCommand("dr-maria-lopez", "maria-2")).isEqualTo("'refnet merge dr-maria-lopez maria-2'");
        assertThat(NetworkChecker.mergeCommand("park-b", "park")).isEqualTo("'refnet merge park-b park'");
    }
}
