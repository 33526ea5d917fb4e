package dev.refnet.bench;

import dev.refnet.engine.Due;
import dev.refnet.engine.Fold;
import dev.refnet.engine.Query;
import dev.refnet.engine.Report;
import dev.refnet.model.Contact;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import dev.refnet.render.ContactJson;
import dev.refnet.render.DueData;
import dev.refnet.render.Json;
import dev.refnet.render.ReportJson;
import dev.refnet.store.ContactReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine over an in-memory network of 10,000 contacts: parsing every file, a query, and
 * what {@code list --format json}, {@code due} and {@code report} compute after loading, and
 * their JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBench {

    @Param("10000")
    int contacts;

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    List<Networks.File> files;
    Network network;
    Query query;

    @Setup
    public void setUp() {
        files = Networks.files(contacts, TODAY, 42);
        network = new Network(NetworkConfig.defaults(), parseAll());
        query = Query.parse(List.of("category:physician,school", "-status:archived"));
    }

    @Benchmark
    public List<Contact> parseAll() {
        List<Contact> out = new ArrayList<>(files.size());
        for (Networks.File f : files) {
            out.add(ContactReader.read(f.id(), f.text()).contact());
        }
        return out;
    }

    @Benchmark
    public int query() {
        int n = 0;
        for (Contact c : network.contacts()) {
            if (query.matches(c)) {
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public Query parseQuery() {
        return Query.parse(List.of("category:physician,school", "-status:archived", "trauma"));
    }

    /** What ListCommand does with --format json once the network is loaded. */
    @Benchmark
    public String listJson() {
        List<Contact> sorted = new ArrayList<>(network.contacts());
        sorted.sort(Comparator.comparing((Contact c) -> Fold.fold(c.name())).thenComparing(Contact::id));
        List<Object> items = new ArrayList<>(sorted.size());
        for (Contact c : sorted) {
            items.add(ContactJson.contact(c, TODAY, false));
        }
        return Json.write(items);
    }

    /** What {@code due} computes once the network is loaded (SPEC 2, default options). */
    @Benchmark
    public Due.Result due() {
        return Due.compute(network, TODAY, Due.Options.defaults());
    }

    /** {@code due --format json} after loading: the engine and the JSON. */
    @Benchmark
    public String dueJson() {
        Due.Result r = Due.compute(network, TODAY, Due.Options.defaults());
        return Json.write(DueData.json(r, r.items()));
    }

    /** What {@code report} computes for its default period (the 12 months ending today). */
    @Benchmark
    public Report report() {
        return Report.compute(network, TODAY, Report.twelveMonthsEnding(TODAY), TODAY, new Query.All());
    }

    /** {@code report --format json} after loading. */
    @Benchmark
    public String reportJson() {
        return Json.write(ReportJson.of(Report.compute(network, TODAY, Report.twelveMonthsEnding(TODAY), TODAY, new Query.All())));
    }
}
