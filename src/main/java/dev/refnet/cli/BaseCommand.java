package dev.refnet.cli;

import dev.refnet.cli.args.DateSpec;
import dev.refnet.cli.args.GlobalOptions;
import dev.refnet.console.Environment;
import dev.refnet.console.Questions;
import dev.refnet.engine.ContactMatch;
import dev.refnet.engine.Fold;
import dev.refnet.model.Contact;
import dev.refnet.model.IsoDate;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import dev.refnet.render.Json;
import dev.refnet.render.MissingNote;
import dev.refnet.startup.load.FileContactCache;
import dev.refnet.startup.load.EarlyLoad;
import dev.refnet.store.Git;
import dev.refnet.store.IndexLock;
import dev.refnet.store.MergeDriver;
import dev.refnet.store.NetworkLocator;
import dev.refnet.store.NetworkLock;
import dev.refnet.store.NetworkStore;
import dev.refnet.store.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the global options, the network, output and git. A command
 * collects its options, asks the store and engine, and renders; it computes nothing itself.
 */
@picocli.CommandLine.Command
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    private Environment environment;
    private GlobalOptions global;
    private Supplier<EarlyLoad> earlyLoad = () -> null;
    private NetworkStore store;
    private NetworkStore.Loaded loaded;
    private NetworkLock held;

    /** The settings: those the loaded network has, else read once from refnet.yaml. */
    protected NetworkConfig config() {
        return loaded != null ? loaded.network().config() : store().config();
    }

    /** Lets go of the network's lock, if this command took it; {@link Refnet} calls it after every run. */
    void releaseLock() {
        if (held != null) {
            held.close();
            held = null;
        }
    }

    /**
     * Makes this command part of a run: the world it runs in, the global options (one object for
     * the whole command line, see {@link GlobalOptions}) and the network read that may have begun
     * before parsing. {@link Refnet} calls it for every subcommand it builds.
     */
    void join(Environment environment, GlobalOptions global, Supplier<EarlyLoad> earlyLoad) {
        this.environment = environment;
        this.global = global;
        this.earlyLoad = earlyLoad;
    }

    /** The global options given anywhere on the command line. */
    protected GlobalOptions global() {
        return global;
    }

    protected Environment env() {
        return environment;
    }

    /** Asks for what the command line left out, on a terminal; the network's contacts are read only when a contact is asked for. */
    protected Questions questions() {
        return new Questions(env(), () -> network().contacts());
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** {@code value} as JSON on standard output, streamed as it is made, then a newline. */
    protected void printJson(Object value) {
        Json.write(value, out());
        out().println();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Ansi ansi() {
        return env().colour() ? Ansi.ON : Ansi.OFF;
    }

    /** Today: {@code --today}, else the system's local date. */
    protected LocalDate today() {
        DateSpec given = global.today;
        if (given != null && given.absolute() != null) {
            return given.absolute();
        }
        LocalDate system = env().systemToday();
        return given == null ? system : given.resolve(system);
    }

    protected LocalDate date(DateSpec spec) {
        return spec == null ? today() : spec.resolve(today());
    }

    /**
     * The date of a new log entry, which records what happened: a day after today is refused
     * with the day the user likely meant, since {@code due} ignores such an entry (docs/format.md#section-2).
     */
    protected LocalDate entryDate(DateSpec spec) {
        LocalDate date = date(spec);
        LocalDate today = today();
        if (date.isAfter(today)) {
            throw usage("--date " + date + " is after today (" + today + "), and a log entry records what happened"
                    + IsoDate.likelyMeant(date, today).map(d -> ": did you mean " + d + "?").orElse("")
                    + "; nothing was written");
        }
        return date;
    }

    protected Path networkDir() {
        return NetworkLocator.locate(global.dir, env().env(), env().cwd());
    }

    protected NetworkStore store() {
        if (store == null) {
            store = storeFor(global.dir, env());
            // A clone made with a plain 'git clone' lacks the merge driver's name in its settings,
            // which git never copies: named here, so that the next 'git pull' merges with it.
            MergeDriver.ensureConfigured(store.dir(), env().env());
        }
        return store;
    }

    /** The store of the network that {@code --dir} (null when not given) and the environment name. */
    static NetworkStore storeFor(Path dirOption, Environment env) {
        Path dir = NetworkLocator.locate(dirOption, env.env(), env.cwd());
        // Keep a relative --dir as typed, so messages name files the way the user does.
        boolean sameCwd = env.cwd().toAbsolutePath().equals(Path.of("").toAbsolutePath());
        return new NetworkStore(dir.isAbsolute() || sameCwd ? dir : env.cwd().resolve(dir),
                FileContactCache.fromEnvironment(env.env()));
    }

    /**
     * The network, with each unreadable file reported once on standard error. When {@link Refnet}
     * began reading this very folder before the command line was parsed, that read is the answer.
     */
    protected Network network() {
        if (loaded == null) {
            EarlyLoad early = earlyLoad.get();
            loaded = early != null && early.dir().equals(store().dir()) ? early.get() : store().load();
            reportSkipped(loaded.problems());
        }
        return loaded.network();
    }

    /**
     * Ends a text answer drawn from the whole network with one line saying how many contacts it
     * leaves out because their files could not be read, so that a person reading only the answer
     * (a pipe, a file, a terminal scrolled past standard error) knows it is incomplete.
     */
    protected void endTextAnswer() {
        out().print(MissingNote.render(loaded == null ? 0 : loaded.problems().size(), env().width()));
    }

    protected void reportSkipped(List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        for (Problem p : problems) {
            err().println(p.seenFrom(env().cwd()).located());
        }
        err().println("refnet: skipped " + problems.size() + (problems.size() == 1 ? " file" : " files")
                + " that could not be read; 'refnet check' lists every problem");
        err().flush();
    }

    /**
     * The contact a person named (docs/format.md#section-5). An exact id is the first thing {@link ContactMatch}
     * accepts, so when {@code contacts/<query>.yaml} reads cleanly it is the answer without
     * loading the rest of the network: a write such as {@code log} then reads one file. When
     * nothing matches but a file that could not be read has a matching id, that file's problem
     * is the answer: the user is pointed at the line to fix.
     */
    protected Contact resolve(String query) {
        if (loaded == null) {
            Contact byId = store().readIfPresent(query.strip());
            if (byId != null) {
                return byId;
            }
        }
        List<Contact> contacts = network().contacts();
        try {
            return ContactMatch.resolve(contacts, query);
        } catch (RefnetException e) {
            // A contact whose file could not be read is not "no such contact": say what is wrong with it.
            String q = Fold.compact(query.strip());
            boolean anyReadable = contacts.stream().anyMatch(c -> ContactMatch.mentions(c, q));
            if (!anyReadable && !q.isEmpty()) {
                for (Problem p : loaded.problems()) {
                    if (Fold.compact(NetworkStore.idOf(p.path())).contains(q)) {
                        throw RefnetException.data(p.located()
                                + " (refnet cannot read this file, so it will not change it: fix it by hand, then run the command again)");
                    }
                }
            }
            throw e;
        }
    }

    /**
     * Takes the network's lock for the rest of the command, so that its change and its git
     * commit are one step no other refnet process can come between. Then, when the change is
     * to be committed: refuses to start in the middle of a git rebase (a merge is fine: the
     * change waits for {@code refnet sync}), and refuses while git's index lock is in the way
     * (removing it when a git that stopped left it), so that nothing is written that could not
     * be committed.
     */
    protected void beforeChange() {
        if (held == null) {
            held = NetworkLock.acquire(store().dir());
        }
        Git.find(store().dir()).ifPresent(git -> {
            git.operationInProgress().filter(what -> !what.equals(Git.MERGE)).ifPresent(what -> git.requireNoOperationInProgress());
            if (commits()) {
                IndexLock lock = git.indexLock();
                if (!lock.free()) {
                    throw RefnetException.data(lock.advice() + "; then run the command again. Nothing was written");
                }
            }
        });
    }

    /** Takes the network's lock for the rest of the command (sync, which runs git itself). */
    protected void lock() {
        if (held == null) {
            held = NetworkLock.acquire(store().dir());
        }
    }

    /** Whether this run commits its changes: in a git work tree, unless --no-commit or git.auto-commit: false. */
    protected boolean commits() {
        return !global.noCommit && config().autoCommit() && Git.find(store().dir()).isPresent();
    }

    /** Commits the changed files when the network is a git work tree and committing is on. */
    protected void commit(List<Path> files, String message) {
        commit(files, message, Map.of());
    }

    /**
     * Commits as {@link #commit(List, String)} does, with {@code trailers} below the message
     * after the one every refnet commit carries, which names the command (undo looks for it).
     */
    protected void commit(List<Path> files, String message, Map<String, String> trailers) {
        if (!commits()) {
            return;
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(Git.COMMAND_TRAILER, spec.name());
        all.putAll(trailers);
        Git.find(store().dir()).flatMap(g -> g.commit(files, message, all)).ifPresent(this::warn);
    }

    protected void warn(String message) {
        err().println("refnet: warning: " + Visible.oneLine(message));
        err().flush();
    }

    protected static RefnetException usage(String message) {
        return RefnetException.usage(message);
    }
}
