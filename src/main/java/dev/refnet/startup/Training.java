package dev.refnet.startup;

import dev.refnet.cli.Refnet;
import dev.refnet.console.Environment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The workload {@code bin/refnet} records a class-data-sharing archive from (the class list of
 * a static CDS archive on Java 17-24, the AOT cache on 25+): in one JVM, the everyday commands over a small throw-away
 * network, so that the archive holds the classes a real run loads. Commands this build does not
 * have fail with a usage error and are simply skipped. Prints nothing; touches nothing but its
 * own temporary folder.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        // The entry point belongs in the archive too (Training is started instead of it): read
        // from the jar, it cost every run a look-up of the jar's index and a protection domain.
        Class.forName("dev.refnet.Main", false, Training.class.getClassLoader());
        StartUpArchive.check(); // what Main does first (nothing here: no archive was named)
        readOwnManifest();
        Path tmp = Files.createTempDirectory("refnet-training");
        try {
            Path net = tmp.resolve("net");
            Environment env = new Environment(Map.of("HOME", tmp.toString(), "XDG_CACHE_HOME", tmp.resolve("cache").toString(),
                    "NO_COLOR", "1", "COLUMNS", "100"), tmp, Environment.system().clock(), false, false);
            String dir = net.toString();
            List<List<String>> runs = List.of(
                    List.of("init", dir, "--practice", "Training Practice", "--clinician", "Jordan Ellis"),
                    List.of("--dir", dir, "add-contact", "Dr. María López", "--category", "physician", "--org", "Clinic", "--no-commit"),
                    List.of("--dir", dir, "add-contact", "St. Mark's Church", "--category", "faith", "--since", "2024-01-02", "--no-commit"),
                    List.of("--dir", dir, "log", "dr-maria-lopez", "coffee", "--note", "training", "--no-commit"),
                    List.of("--dir", dir, "log", "lopez", "call", "--date", "2025-01-02", "--no-commit"),
                    List.of("--dir", dir, "log-referral", "--from", "lopez", "--client", "C-1", "--date", "2025-01-03", "--no-commit"),
                    List.of("--dir", dir, "log-referral", "--to", "st-mark-s-church", "--client", "C-2", "--no-commit"),
                    List.of("--dir", dir, "thank", "lopez", "--no-commit"),
                    List.of("--dir", dir, "outcome", "lopez", "C-1", "seen", "--no-commit"),
                    List.of("--dir", dir, "log-referral", "--from", "lopez", "--client", "C-3", "--no-commit"),
                    List.of("--dir", dir, "list"),
                    List.of("--dir", dir, "list", "category:physician", "--format", "json"),
                    List.of("--dir", dir, "list", "--format", "csv"),
                    List.of("--dir", dir, "show", "lopez"),
                    List.of("--dir", dir, "due"),
                    List.of("--dir", dir, "due", "--format", "json"),
                    List.of("--dir", dir, "due", "--upcoming", "2w"),
                    List.of("--dir", dir, "report"),
                    List.of("--dir", dir, "report", "--format", "json"),
                    List.of("--dir", dir, "check"),
                    List.of("--help"),
                    List.of("log", "--help"));
            for (List<String> run : runs) {
                PrintWriter none = nowhere();
                run(env, none, run.toArray(String[]::new));
            }
            // A network big enough to be read on several cores, with files old enough to be cached:
            // the first due reads every file and writes the cache, the second reads the cache.
            Path big = tmp.resolve("big");
            Files.createDirectories(big.resolve("contacts"));
            Files.writeString(big.resolve("refnet.yaml"), "# settings\npractice: Training\nclinicians: [Jordan Ellis, Priya Shah]\n"
                    + "follow-up:\n  online: 45d   # less often\nthank-you-within: 3d\noutcome-within: 14d\n");
            FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
            // Referrals recent enough to be thanked for (several from some partners), late enough to be due.
            LocalDate recent = LocalDate.now().minusDays(20);
            for (int i = 0; i < 80; i++) {
                Path f = big.resolve("contacts/partner-" + i + ".yaml");
                // The styles people write by hand: flow and block collections, sequences indented
                // or not, literal and folded notes, quoted and escaped strings, comments.
                Files.writeString(f, "# partner " + i + "\nname: \"Partner \\u00e9 " + i + "\"\ncategory: "
                        + (i % 2 == 0 ? "physician" : "school")
                        + "\nstatus: active\nsince: 2024-01-01\nfollow-up: 2m\ntags: [a, b]\nbirthday-card: {sent: yes}\n"
                        + (i % 2 == 0 ? "notes: |\n  Two lines\n  of notes.\n" : "notes: >-\n  Folded\n  notes.\nspecialties:\n- a\n- b\n")
                        + "log:\n" + (i % 2 == 0 ? "  " : "")
                        + "- {date: " + recent.minusDays(i % 9) + ", type: referral-in, client: C-" + i + "}  # sent by fax\n"
                        + (i % 3 == 0 ? (i % 2 == 0 ? "  " : "") + "- {date: " + recent + ", type: referral-in, client: D-" + i + "}\n" : "")
                        + (i % 2 == 0 ? "  - date: 2025-02-01\n    type: coffee\n    note: 'met'\n"
                                : "- date: 2025-02-01\n  type: coffee\n  note: 'met'\n"));
                Files.setLastModifiedTime(f, old);
            }
            for (String format : List.of("text", "text", "json")) {
                PrintWriter none = nowhere();
                run(env, none, "--dir", big.toString(), "due", "--format", format);
            }
            for (List<String> run : List.of(List.of("report"), List.of("report", "--format", "json"), List.of("list"),
                    List.of("list", "category:school", "--format", "json"), List.of("show", "partner-3"))) {
                PrintWriter none = nowhere();
                List<String> line = new ArrayList<>(List.of("--dir", big.toString()));
                line.addAll(run);
                run(env, none, line.toArray(String[]::new));
            }
        } finally {
            delete(tmp);
        }
    }

    /** The runs that did not succeed, for TrainingTest: a failing run records less than it should. */
    static final List<String> FAILED = new ArrayList<>();

    private static void run(Environment env, PrintWriter none, String... args) {
        if (Refnet.run(env, none, none, args) != 0) {
            FAILED.add(String.join(" ", args));
        }
    }

    /** Output encoded as Main encodes it (UTF-8 into a stream), then dropped. */
    private static PrintWriter nowhere() {
        return new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);
    }

    /** What the java launcher does with {@code -jar} before refnet's main, so that its classes are in the archive too. */
    private static void readOwnManifest() throws IOException {
        try {
            Path jar = Path.of(Training.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                try (JarFile j = new JarFile(jar.toFile())) {
                    j.getManifest();
                }
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // not from a jar (tests, an IDE): nothing to read
        }
    }

    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
