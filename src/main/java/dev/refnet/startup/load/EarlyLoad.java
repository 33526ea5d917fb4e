package dev.refnet.startup.load;

import dev.refnet.store.NetworkStore;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * The network read begun before the command line is parsed: a command that reads every contact
 * and changes nothing ({@code due}, {@code report}, {@code list}, {@code export}) starts reading
 * on another core while picocli builds its model, and the command takes the result if it names
 * the same folder. The read only reads: the cache of parsed contacts is brought up to date once
 * {@link #get} takes the result (on a thread of its own, while the answer is printed), so a read
 * nobody takes writes nothing.
 */
public final class EarlyLoad {

    /** The commands whose first step is to read every contact, and which change nothing. */
    private static final Set<String> READS_NETWORK = Set.of("due", "report", "list", "export");

    private final NetworkStore store;
    private final Thread thread;
    private volatile NetworkStore.Read read;
    private volatile Throwable failure;
    private Thread saving;

    /** Starts reading {@code store}'s network on a thread of its own. */
    public EarlyLoad(NetworkStore store) {
        this.store = store;
        this.thread = new Thread(() -> {
            try {
                read = store.readLeavingCache();
            } catch (Throwable t) { // handed to the caller of get(), in its thread
                failure = t;
            }
        }, "refnet-load");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The read of the folder that {@code args} name with {@code --dir} (or the default one, as
     * {@code storeFor} finds it from null), started when subcommand {@code sub} reads the whole
     * network; null when it does not or the folder cannot be told (the command itself will say
     * what is wrong, after parsing). {@code args} are scanned, not parsed: picocli has not yet run.
     */
    public static EarlyLoad start(String sub, String[] args, Function<Path, NetworkStore> storeFor) {
        if (sub == null || !READS_NETWORK.contains(sub)) {
            return null;
        }
        String dir = null;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--dir") && i + 1 < args.length) {
                dir = args[++i];
            } else if (args[i].startsWith("--dir=")) {
                dir = args[i].substring("--dir=".length());
            }
        }
        try {
            return new EarlyLoad(storeFor.apply(dir == null ? null : Path.of(dir)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The folder this load reads. */
    public Path dir() {
        return store.dir();
    }

    /** Waits until the reading has finished, without taking its result (for tests: get() waits anyway). */
    void awaitRead() {
        joinUninterruptibly(thread);
    }

    /** What {@link NetworkStore#load} would have returned, or what it would have thrown. */
    public NetworkStore.Loaded get() {
        joinUninterruptibly(thread);
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (read.cacheOutOfDate() && saving == null) {
            // Written on another core while the caller renders its answer; see finish().
            saving = new Thread(read::saveCache, "refnet-cache-write");
            saving.start();
        }
        return read.loaded();
    }

    /**
     * Waits until the cache write that {@link #get} started has finished: call it before the
     * process exits, which would otherwise cut the write short (it would be redone next run,
     * but leave a temporary file behind).
     */
    public void finish() {
        if (saving != null) {
            joinUninterruptibly(saving);
        }
    }

    /** Waits for {@code t} to end even if interrupted meanwhile; the interrupt is kept for the caller. */
    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
