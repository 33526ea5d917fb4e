package dev.refnet.cli;

import dev.refnet.model.RefnetException;
import dev.refnet.store.AtomicFiles;
import dev.refnet.store.Git;
import dev.refnet.store.MergeDriver;
import dev.refnet.store.NetworkLayout;
import dev.refnet.store.NetworkLock;
import dev.refnet.store.NetworkStore;
import dev.refnet.yaml.YamlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet init}: makes a network folder. */
@Command(name = "init",
        description = {"Make a new network folder, private to you.",
            "It holds refnet.yaml (the settings), contacts/ (one YAML file per partner) and .gitattributes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet init ~/referrals --practice 'Harbor Light Counseling' \\",
            "      --clinician 'Jordan Ellis' --clinician 'Priya Shah' --git",
            "  cd ~/referrals && refnet add-contact 'Dr. María López' --category physician"})
public final class InitCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Where to make it (default: --dir, $REFNET_DIR or ~/.local/share/refnet).")
    Path target;

    @Option(names = "--practice", paramLabel = "NAME", description = "The practice's name.")
    String practice;

    @Option(names = "--clinician", paramLabel = "NAME",
            description = "A clinician who gives and receives referrals; repeat for each. The first is the default.")
    List<String> clinicians = new ArrayList<>();

    @Option(names = "--git", description = "Also make it a git repository with a first commit and a pre-commit hook that runs 'refnet check'.")
    boolean git;

    @Override
    public Integer call() throws IOException {
        Path dir = target != null ? env().cwd().resolve(target) : networkDir();
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
                written.add(writeNew(store.configFile(), configText()));
                written.add(writeNew(dir.resolve(".gitattributes"), "# Written by refnet init. Contact files are stored exactly as written (git converts no\n"
                        + "# line ends, so a file saved on Windows keeps them) and are diffed as text.\n"
                        + "*.yaml -text diff\n"
                        + "# refnet merges network files itself (log entries as a set): 'refnet merge-file'.\n"
                        + String.join("\n", MergeDriver.ATTRIBUTES) + "\n"));
                written.add(writeNew(dir.resolve(".gitignore"), "# refnet's lock file holds no data.\n" + NetworkLock.FILE + "\n"));
            }
        } catch (java.nio.file.FileSystemException e) {
            // A path through a file, a read-only or missing parent: one line that names the path.
            throw RefnetException.data("cannot make a network at " + dir + ": " + e.getFile() + ": " + AtomicFiles.why(e));
        }
        written.removeIf(p -> p == null);
        out().println("made a refnet network in " + dir);
        if (git) {
            initGit(dir, written);
        }
        out().println("next: refnet --dir " + quote(dir.toString()) + " add-contact 'Name' --category physician");
        return 0;
    }

    private void initGit(Path dir, List<Path> files) {
        if (Git.find(dir).map(g -> g.workTree().equals(dir.toAbsolutePath().normalize())).orElse(false)) {
            Git.find(dir).ifPresent(Git::ensurePullMerges);
            MergeDriver.ensureConfigured(dir, env().env()).ifPresent(this::warn);
            Git.find(dir).flatMap(g -> g.commit(files, "refnet init")).ifPresent(this::warn);
            return;
        }
        try {
            Process p = new ProcessBuilder("git", "init", "-q", dir.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                warn("git init failed: " + output.strip());
                return;
            }
        } catch (IOException e) {
            warn("git could not be run (" + e.getMessage() + "); the network works without it");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Git.find(dir).ifPresent(Git::ensurePullMerges);
        MergeDriver.ensureConfigured(dir, env().env()).ifPresent(this::warn);
        Git.find(dir).ifPresent(g -> g.commit(files, "refnet init" + (practice == null ? "" : ": " + practice))
                .ifPresentOrElse(this::warn, () -> out().println("made it a git repository with a first commit")));
        installHook(dir.resolve(".git/hooks/pre-commit"));
    }

    /** What the pre-commit hook runs: refnet check when refnet is on PATH; otherwise it says so and lets the commit through. */
    static final String PRE_COMMIT_HOOK = """
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

    /** Installs the pre-commit hook in a repository refnet just made; an existing hook is left alone. */
    private void installHook(Path hook) {
        try {
            if (Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                warn(hook + " exists; not replaced. Add 'refnet check' to it to check files before each commit");
                return;
            }
            Files.createDirectories(hook.getParent());
            AtomicFiles.write(hook, PRE_COMMIT_HOOK.getBytes(StandardCharsets.UTF_8));
            hook.toFile().setExecutable(true, true);
            out().println("installed a git pre-commit hook that runs 'refnet check'");
        } catch (IOException e) {
            warn("could not install the pre-commit hook (" + e.getMessage() + "); the network works without it");
        }
    }

    private static Path writeNew(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            return null;
        }
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private String configText() {
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

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./~-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
