package dev.refnet.store;

import dev.refnet.model.RefnetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The network's git work tree, driven through the real {@code git} program. Commits name
 * exactly the files a command changed, so other staged work is left as it was.
 */
public final class Git {

    private final Path workTree;

    private Git(Path workTree) {
        this.workTree = workTree;
    }

    /** The work tree holding {@code dir}, found without starting a process when there is none. */
    public static Optional<Git> find(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return Optional.of(new Git(p));
            }
        }
        return Optional.empty();
    }

    public Path workTree() {
        return workTree;
    }

    /** Refuses to change files while a merge, rebase or cherry-pick waits for the user. */
    public void requireNoOperationInProgress() {
        operationInProgress().ifPresent(what -> {
            throw RefnetException.data("the network is in the middle of " + what + ": finish it ('git status'"
                    + " says how) or abort it, then run refnet again");
        });
    }

    /** The git operation that waits for the user ("a git merge"), if any. */
    public Optional<String> operationInProgress() {
        Path gitDir = gitDir();
        String[][] states = {
            {"MERGE_HEAD", "a git merge"}, {"rebase-merge", "a git rebase"}, {"rebase-apply", "a git rebase"},
            {"CHERRY_PICK_HEAD", "a git cherry-pick"}, {"REVERT_HEAD", "a git revert"}};
        for (String[] s : states) {
            if (Files.exists(gitDir.resolve(s[0]))) {
                return Optional.of(s[1]);
            }
        }
        return Optional.empty();
    }

    /** The repository folder: {@code .git}, or where a {@code .git} file of a linked work tree points. */
    private Path gitDir() {
        Path dotGit = workTree.resolve(".git");
        if (Files.isRegularFile(dotGit)) {
            try {
                String line = Files.readString(dotGit).strip();
                if (line.startsWith("gitdir:")) {
                    return workTree.resolve(line.substring(7).strip());
                }
            } catch (IOException e) {
                return dotGit;
            }
        }
        return dotGit;
    }

    /**
     * Commits exactly {@code files} with {@code message}. Returns a warning to show when git
     * could not commit; the files are written either way.
     */
    public Optional<String> commit(List<Path> files, String message) {
        List<String> paths = new ArrayList<>();
        for (Path f : files) {
            paths.add(workTree.relativize(f.toAbsolutePath().normalize()).toString());
        }
        List<String> add = new ArrayList<>(List.of("add", "--"));
        add.addAll(paths);
        Result r = run(add);
        if (r.code == 0) {
            List<String> commit = new ArrayList<>(List.of("commit", "--quiet", "--no-verify", "-m", message, "--"));
            commit.addAll(paths);
            r = run(commit);
        }
        if (r.code == 0) {
            return Optional.empty();
        }
        String why = (r.err + r.out).strip().lines().findFirst().orElse("git exited with " + r.code);
        if (why.contains("Please tell me who you are") || why.contains("user.email")) {
            why = "git does not know who you are; run: git config --global user.name 'Your Name'"
                    + " and git config --global user.email you@example.org";
        }
        return Optional.of("saved, but not committed to git: " + why);
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.add("-C");
        cmd.add(workTree.toString());
        cmd.addAll(args);
        try {
            Path err = AtomicFiles.createTemp(Path.of(System.getProperty("java.io.tmpdir")), "refnet-git-");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(124, out, "git did not finish in 60 seconds");
                }
                return new Result(p.exitValue(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Result(127, "", "git could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, "", "interrupted");
        }
    }
}
