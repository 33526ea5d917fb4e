package dev.refnet.store;

import dev.refnet.bench.Networks;
import dev.refnet.model.Contact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cache of parsed contacts over 10,000 contacts: writing and reading its bytes, against
 * which {@code EngineBench.parseAll} is the cost it saves. In refnet's package to reach the
 * package-private encoder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CacheBench {

    Map<String, ContactCache.Entry> entries;
    byte[] bytes;

    @Setup
    public void setUp() {
        entries = new LinkedHashMap<>();
        for (Networks.File f : Networks.files(10_000, java.time.LocalDate.of(2025, 3, 3), 42)) {
            Contact c = ContactReader.read(f.id(), f.text()).contact();
            entries.put(f.id() + ".yaml", new ContactCache.Entry(new ContactCache.Key(f.text().length(), 1L, "(dev=1,ino=2)"), c));
        }
        bytes = ContactCache.encode(entries, "/bench");
    }

    @Benchmark
    public byte[] encode() {
        return ContactCache.encode(entries, "/bench");
    }

    @Benchmark
    public Map<String, ContactCache.Entry> decode() {
        return ContactCache.decode(bytes, "/bench").contacts();
    }
}
