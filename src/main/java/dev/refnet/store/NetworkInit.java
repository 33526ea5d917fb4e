package dev.refnet.store;

import dev.refnet.model.RefnetException;
import dev.refnet.yaml.YamlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new network folder ({@code refnet init}): refnet.yaml, contacts/, .gitattributes and
 * .gitignore, written under the network's lock; and, when asked, a git repository around it with
 * a first commit, refnet's merge driver and a pre-commit hook that runs {@code refnet check}.
 */
public final class NetworkInit {

    /** A line for the person who ran init, in the order it happened: a plain report, or a warning. */
    public record Said(String text, boolean warning) {

        static Said info(String text) {
            return new Said(text, false);
        }

        static Said warning(String text) {
            return new Said(text, true);
        }
    }

    /** What the pre-commit hook runs: refnet check when refnet is on PATH; otherwise it says so and lets the commit through. */
    public static final String PRE_COMMIT_HOOK = """
            #!/bin/sh
            # Installed by 'refnet init --git': refuses a commit while 'refnet check' finds an error
            # (a conflict marker, a file refnet cannot read, a client's name as a client code).
            # refnet's own commits skip hooks. Bypass once with 'git commit --no-verify'.
            if command -v refnet >/dev/null 2>&1; then
              exec refnet --dir "$(git rev-parse --show-toplevel)" check
            fi
            echo "refnet pre-commit hook: 'refnet' is not on PATH, so 'refnet check' was skipped" >&2
            exit 0
            """;

    private NetworkInit() {
    }

    /**
     * Makes the network folder {@code dir} and returns the files it wrote (a .gitattributes or
     * .gitignore already there is left as it is). Refuses a folder that is already a network, or a
     * path that is a file, with nothing written.
     */
    public static List<Path> create(Path dir, String practice, List<String> clinicians) throws IOException {
        NetworkStore store = new NetworkStore(dir);
        NetworkLayout.require(dir);
        if (Files.exists(store.configFile())) {
            throw RefnetException.data(dir + " is already a refnet network (it has refnet.yaml); nothing was changed");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw RefnetException.data(dir + " exists and is not a folder");
        }
        List<Path> written = new ArrayList<>();
        try {
            AtomicFiles.createPrivateDirectories(dir);
            AtomicFiles.createPrivateDirectories(store.contactsDir());
            try (NetworkLock lock = NetworkLock.acquire(dir)) {
                written.add(writeNew(store.configFile(), configText(practice, clinicians)));
                written.add(writeNew(dir.resolve(".gitattributes"), "# Written by refnet init. Contact files are stored exactly as written (git converts no\n"
                        + "# line ends, so a file saved on Windows keeps them) and are diffed as text.\n"
                        + "*.yaml -text diff\n"
                        + "# refnet merges network files itself (log entries as a set): 'refnet merge-file'.\n"
                        + String.join("\n", MergeDriver.ATTRIBUTES) + "\n"));
                written.add(writeNew(dir.resolve(".gitignore"), "# refnet's lock file holds no data.\n" + NetworkLock.FILE + "\n"));
            }
        } catch (FileSystemException e) {
            // A path through a file, a read-only or missing parent: one line that names the path.
            throw RefnetException.data("cannot make a network at " + dir + ": " + e.getFile() + ": " + AtomicFiles.why(e));
        }
        written.removeIf(p -> p == null);
        return written;
    }

    /**
     * Puts the new network {@code dir} under git: in the repository that has it as its work tree
     * already, or in a new one (then with the pre-commit hook); commits {@code files}. Git's
     * failures are warnings: the network works without it.
     */
    public static List<Said> initGit(Path dir, List<Path> files, String practice, Map<String, String> env) {
        List<Said> said = new ArrayList<>();
        if (Git.find(dir).map(g -> g.workTree().equals(dir.toAbsolutePath().normalize())).orElse(false)) {
            Git.find(dir).ifPresent(Git::ensurePullMerges);
            MergeDriver.ensureConfigured(dir, env).map(Said::warning).ifPresent(said::add);
            Git.find(dir).flatMap(g -> g.commit(files, "refnet init")).map(Said::warning).ifPresent(said::add);
            return said;
        }
        try {
            Process p = new ProcessBuilder("git", "init", "-q", dir.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                said.add(Said.warning("git init failed: " + output.strip()));
                return said;
            }
        } catch (IOException e) {
            said.add(Said.warning("git could not be run (" + e.getMessage() + "); the network works without it"));
            return said;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return said;
        }
        Git.find(dir).ifPresent(Git::ensurePullMerges);
        MergeDriver.ensureConfigured(dir, env).map(Said::warning).ifPresent(said::add);
        Git.find(dir).ifPresent(g -> said.add(g.commit(files, "refnet init" + (practice == null ? "" : ": " + practice))
                .map(Said::warning).orElse(Said.info("made it a git repository with a first commit"))));
        said.add(installHook(dir.resolve(".git/hooks/pre-commit")));
        return said;
    }

    /** Installs the pre-commit hook in a repository refnet just made; an existing hook is left alone. */
    private static Said installHook(Path hook) {
        try {
            if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS)) {
                return Said.warning(hook + " exists; not replaced. Add 'refnet check' to it to check files before each commit");
            }
            Files.createDirectories(hook.getParent());
            AtomicFiles.write(hook, PRE_COMMIT_HOOK.getBytes(StandardCharsets.UTF_8));
            hook.toFile().setExecutable(true, true);
            return Said.info("installed a git pre-commit hook that runs 'refnet check'");
        } catch (IOException e) {
            return Said.warning("could not install the pre-commit hook (" + e.getMessage() + "); the network works without it");
        }
    }

    private static Path writeNew(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            return null;
        }
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String configText(String practice, List<String> clinicians) {
        StringBuilder sb = new StringBuilder("# refnet settings for this network. Every key is optional; see the README.\n");
        if (practice != null) {
            sb.append("practice: ").append(YamlText.scalar(practice)).append('\n');
        }
        if (!clinicians.isEmpty()) {
            List<String> quoted = new ArrayList<>();
            for (String c : clinicians) {
                quoted.add(YamlText.flowScalar(c));
            }
            sb.append("clinicians: [").append(String.join(", ", quoted)).append("]   # the first receives and sends referrals by default\n");
        }
        sb.append("""
                # follow-up:            # check-in cadence per category; these are the defaults
                #   therapist: 90d
                #   physician: 60d
                #   school: 120d
                #   faith: 90d
                #   community: 60d
                #   online: 30d
                #   legal: 90d
                #   other: 90d
                # thank-you-within: 3d  # a thank-you is due this long after a referral arrives
                # outcome-within: 14d   # a referral's outcome is due this long after it was made
                # lookback: 180d        # older thank-you and outcome items are dropped from 'due'
                # dormant-after: 180d   # a partner who has not referred for this long is dormant
                # git:
                #   auto-commit: true   # commit each change when this folder is a git repository
                """);
        return sb.toString();
    }
}
