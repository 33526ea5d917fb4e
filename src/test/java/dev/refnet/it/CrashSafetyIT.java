package dev.refnet.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.store.ContactReader;
import dev.refnet.store.NetworkStore;
import dev.refnet.support.Files600;
import dev.refnet.support.ProcessRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 a refnet process that keeps writing one contact, many times at random moments, and
 * show that the file always parses and holds exactly the entries written before the kill,
 * plus at most the one in flight: the old content or the new, never a mix.
 */
class CrashSafetyIT {

    static final String HEAD = """
            # Hand-written: comments and odd quoting must survive every crash.
            name: 'Dr. María López'
            category: physician
            my-own-key: {kept: yes}
            log:
              - date: 2024-12-01
                type: coffee   # first meeting
            """;

    @TempDir
    Path tmp;

    static final Pattern OK = Pattern.compile("\\bok (\\d+)\\b");

    /** How many times the writer is killed; the test's length is a count, never a clock. */
    static final int KILLS = Integer.getInteger("crash.kills", 40);

    @Test
    void kill_9_at_random_moments_leaves_every_file_old_or_new_never_torn() throws Exception {
        Path net = Files600.network(tmp.resolve("net"));
        Path file = Files600.contact(net, "lopez", HEAD);
        Random random = new Random(Long.getLong("crash.seed", 20250303L));
        int kills = 0;
        int inFlightLanded = 0;
        int next = 0;
        while (kills < KILLS) {
            Process p = ProcessRun.java("dev.refnet.support.WriterLoop", "--store", net.toString(), String.valueOf(next), "100000",
                    "lopez", "w").redirectErrorStream(true).start();
            AtomicInteger lastOk = new AtomicInteger(next - 1);
            CountDownLatch writing = new CountDownLatch(1); // the first entry is acknowledged, or the output ended
            StringBuilder output = new StringBuilder();
            AtomicBoolean readFailed = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try (BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = br.readLine()) != null; ) {
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                        // Anywhere in the line: a JVM message on the merged standard error that
                        // lacks its line end must not hide an acknowledgement.
                        Matcher ok = OK.matcher(line);
                        while (ok.find()) {
                            lastOk.set(Integer.parseInt(ok.group(1)));
                            writing.countDown();
                        }
                    }
                } catch (Exception e) {
                    synchronized (output) {
                        output.append("(reading the writer's output failed: ").append(e).append(")\n");
                    }
                    readFailed.set(true);
                } finally {
                    writing.countDown();
                }
            });
            reader.start();
            // However slow the machine, the kill comes while the writer is writing: after its
            // first acknowledged entry, at a random moment among the next ones.
            writing.await();
            synchronized (output) {
                assertThat(p.isAlive()).as("writer should be writing: " + output).isTrue();
            }
            Thread.sleep(random.nextInt(40));
            // SIGKILL (no shutdown hooks, no finally blocks) through the process handle:
            // Process.destroyForcibly() would also close our end of the pipe and drop the
            // acknowledgements the writer printed that the reader has not read yet.
            p.toHandle().destroyForcibly();
            p.waitFor();
            // Every line the writer printed before it died is read before the count is taken: the
            // pipe ends when the process is gone, so the reader ends once it has read them all.
            reader.join();
            kills++;
            assertThat(readFailed.get()).as("kill %d: every line the writer printed is read; it printed:%n%s", kills, output).isFalse();
            int acked = lastOk.get();

            String text = Files.readString(file);
            assertThat(text).as("kill %d: the hand-written part is untouched", kills).startsWith(HEAD);
            Contact c = ContactReader.read("lopez", text).contact();
            List<String> notes = c.log().stream().map(LogEntry::note).skip(1).toList();
            assertThat(notes.size()).as("kill %d: every acknowledged entry is there, at most one more; the writer printed:%n%s", kills, output)
                    .isBetween(acked + 1, acked + 2);
            for (int i = 0; i < notes.size(); i++) {
                assertThat(notes.get(i)).as("kill %d: entries in order, none lost or doubled", kills).isEqualTo("w-" + i);
            }
            if (notes.size() == acked + 2) {
                inFlightLanded++;
            }
            next = notes.size();
        }
        NetworkStore.Loaded loaded = new NetworkStore(net).load();
        assertThat(loaded.problems()).as("temporary files are never read as contacts").isEmpty();
        long leftovers;
        try (Stream<Path> s = Files.list(net.resolve("contacts"))) {
            leftovers = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
        System.out.printf("CrashSafetyIT: %d kills, %d entries written, %d kills landed after the rename but before"
                + " 'ok' was printed, %d temporary files left (ignored by the loader)%n", kills, next, inFlightLanded, leftovers);
    }
}
