package dev.refnet.support;

import dev.refnet.cli.Refnet;
import dev.refnet.console.Environment;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.store.NetworkStore;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A refnet process that keeps writing, for the crash and concurrency tests: it runs the real
 * command line {@code refnet --dir DIR log CONTACT call --note PREFIX-N} for N from FIRST on,
 * COUNT times (or until killed), and prints {@code ok N} after each command returned 0.
 * Usage: {@code WriterLoop [--store] DIR FIRST COUNT CONTACT PREFIX [CONTACT PREFIX]...}; the pairs are used
 * in turn. With {@code --store} it calls {@link NetworkStore#appendEntry} directly (the same write path,
 * without the command line's start-up cost), so that a test can afford many more kills.
 */
public final class WriterLoop {

    private WriterLoop() {
    }

    public static void main(String[] argv) {
        boolean direct = argv[0].equals("--store");
        String[] args = direct ? java.util.Arrays.copyOfRange(argv, 1, argv.length) : argv;
        String dir = args[0];
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int pairs = (args.length - 3) / 2;
        Environment env = Environment.system();
        for (int i = 0; i < count; i++) {
            int n = first + i;
            String contact = args[3 + 2 * (i % pairs)];
            String prefix = args[4 + 2 * (i % pairs)];
            if (direct) {
                new NetworkStore(java.nio.file.Path.of(dir)).appendEntry(contact,
                        LogEntry.of(java.time.LocalDate.of(2025, 1, 1), EntryType.CALL, prefix + "-" + n));
                System.out.println("ok " + n);
                System.out.flush();
                continue;
            }
            StringWriter err = new StringWriter();
            int code = Refnet.run(env, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "--dir", dir, "--no-commit", "log", contact, "call", "--date", "2025-01-01", "--note", prefix + "-" + n);
            if (code != 0) {
                System.out.println("failed " + n + " " + err.toString().strip());
                System.out.flush();
                System.exit(3);
            }
            System.out.println("ok " + n);
            System.out.flush();
        }
    }
}
