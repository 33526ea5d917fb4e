package dev.refnet.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.store.NetworkStore;
import dev.refnet.support.Files600;
import dev.refnet.support.ProcessRun;
import dev.refnet.support.RefnetRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many refnet processes log at once, each to one contact they all share and to one of its own,
 * through the real command line; afterwards every entry is there exactly once and every file reads.
 */
class ConcurrentAppendIT {

    static final int PROCESSES = 8;
    static final int APPENDS_EACH = 30;

    @TempDir
    Path tmp;

    @Test
    void parallel_processes_appending_to_shared_and_own_contacts_lose_no_entry() throws Exception {
        Path net = Files600.network(tmp.resolve("net"));
        Files600.contact(net, "shared", "name: Shared Partner\ncategory: community\n# people keep comments here\n");
        for (int i = 0; i < PROCESSES; i++) {
            Files600.contact(net, "own-" + i, "name: Own " + i + "\ncategory: school\nlog:\n  - {date: 2024-05-01, type: email}\n");
        }
        long started = System.nanoTime();
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            running.add(ProcessRun.java("dev.refnet.support.WriterLoop", net.toString(), "0", String.valueOf(APPENDS_EACH),
                    "shared", "p" + i, "own-" + i, "p" + i).redirectErrorStream(true).start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process p : running) {
            outputs.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            p.waitFor(); // its output has ended: it has exited, or is exiting
            assertThat(p.exitValue()).as(outputs.get(outputs.size() - 1)).isZero();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        NetworkStore.Loaded loaded = new NetworkStore(net).load();
        assertThat(loaded.problems()).isEmpty();
        Map<String, Contact> byId = new HashMap<>();
        loaded.network().contacts().forEach(c -> byId.put(c.id(), c));
        List<String> shared = byId.get("shared").log().stream().map(LogEntry::note).toList();
        List<String> expectedShared = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            List<String> own = byId.get("own-" + i).log().stream().map(LogEntry::note).skip(1).toList();
            List<String> expectedOwn = new ArrayList<>();
            for (int n = 0; n < APPENDS_EACH; n++) {
                (n % 2 == 0 ? expectedShared : expectedOwn).add("p" + i + "-" + n);
            }
            assertThat(own).as("own-%d holds its entries once each, in the order written", i).containsExactlyElementsOf(expectedOwn);
        }
        assertThat(shared).as("the shared contact holds every process's entries exactly once")
                .containsExactlyInAnyOrderElementsOf(expectedShared);
        RefnetRun.Result check = new RefnetRun(tmp).in(net, "check");
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out()).isEqualTo("no problems in " + (PROCESSES + 1) + " contacts\n");
        System.out.printf("ConcurrentAppendIT: %d processes, %d appends (%d to one shared contact) in %.1f s%n",
                PROCESSES, PROCESSES * APPENDS_EACH, expectedShared.size(), seconds);
    }
}
