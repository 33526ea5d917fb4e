package dev.refnet.store;

import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** What {@link #operationInProgress} says of a merge. */
    public static final String MERGE = "a git merge";

    /** The git operation that waits for the user ("a git merge"), if any. */
    public Optional<String> operationInProgress() {
        Path gitDir = gitDir();
        String[][] states = {
            {"MERGE_HEAD", MERGE}, {"rebase-merge", "a git rebase"}, {"rebase-apply", "a git rebase"},
            {"CHERRY_PICK_HEAD", "a git cherry-pick"}, {"REVERT_HEAD", "a git revert"}};
        for (String[] s : states) {
            if (Files.exists(gitDir.resolve(s[0]))) {
                return Optional.of(s[1]);
            }
        }
        return Optional.empty();
    }

    /**
     * The file holding the repository's own settings ({@code .git/config}; for a linked work tree,
     * the one of the repository it belongs to).
     */
    public Path configFile() {
        return commonDir().resolve("config");
    }

    /** The folder shared by every work tree of the repository ({@code .git} itself for the main one). */
    private Path commonDir() {
        Path gitDir = gitDir();
        Path common = gitDir.resolve("commondir");
        if (Files.isRegularFile(common)) {
            try {
                return gitDir.resolve(Files.readString(common).strip()).normalize();
            } catch (IOException e) {
                return gitDir;
            }
        }
        return gitDir;
    }

    /**
     * Keeps refnet's lock file out of {@code git status} and {@code git add -A} in this clone: a
     * line in {@code info/exclude}, which is never committed, for a network whose {@code .gitignore}
     * does not name it (an example copied, a folder put in git by hand). Best effort: a clone whose
     * exclude file cannot be written only shows the file as untracked.
     */
    public void excludeLockFile() {
        Path exclude = commonDir().resolve("info").resolve("exclude");
        try {
            String now = Files.isRegularFile(exclude) ? Files.readString(exclude, StandardCharsets.UTF_8) : "";
            if (now.lines().anyMatch(l -> l.strip().equals(NetworkLock.FILE) || l.strip().equals("/" + NetworkLock.FILE))) {
                return;
            }
            Files.createDirectories(exclude.getParent());
            String add = (now.isEmpty() || now.endsWith("\n") ? "" : "\n")
                    + "# refnet's lock file holds no data (added by refnet)\n" + NetworkLock.FILE + "\n";
            Files.writeString(exclude, add, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // only hygiene: the lock file then shows as untracked, as it did before
        }
    }

    /** Sets {@code key} to {@code value} in this repository's settings; a warning when git could not. */
    public Optional<String> setConfig(String key, String value) {
        Result r = run(List.of("config", "--local", key, value));
        return r.code == 0 ? Optional.empty()
                : Optional.of((r.err + r.out).strip().lines().findFirst().orElse("git config exited with " + r.code));
    }

    /** What {@code git merge-file --diff3} made of three texts: the merged text and its number of conflicts. */
    public record LineMerge(String text, int conflicts) {
    }

    /**
     * Merges three texts line by line as git does without refnet ({@code git merge-file -p
     * --diff3}), labelled ours, ancestor and theirs; empty when git could not be run.
     */
    public static Optional<LineMerge> mergeLines(String base, String ours, String theirs) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> files = new ArrayList<>();
        try {
            for (String text : List.of(ours, base, theirs)) {
                Path f = AtomicFiles.createTemp(tmp, "refnet-merge-");
                files.add(f);
                Files.writeString(f, text, StandardCharsets.UTF_8);
            }
            Result r = runAnywhere(List.of("merge-file", "-p", "--diff3", "-L", "ours", "-L", "ancestor", "-L", "theirs",
                    files.get(0).toString(), files.get(1).toString(), files.get(2).toString()));
            return r.code >= 0 && r.code < 127 ? Optional.of(new LineMerge(r.out, r.code)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a temporary file of ours; the system's cleaning removes it
                }
            }
        }
    }

    /** The repository folder: {@code .git}, or where a {@code .git} file of a linked work tree points. */
    public Path gitDir() {
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

    /** git's index lock of this repository. */
    public IndexLock indexLock() {
        return new IndexLock(gitDir(), workTree);
    }

    /** The trailer every commit refnet makes carries, naming the command: how undo tells refnet's commits from others. */
    public static final String COMMAND_TRAILER = "Refnet-Command";

    /** The trailer of an undo, naming the commit it took back. */
    public static final String UNDOES_TRAILER = "Refnet-Undoes";

    /**
     * Commits exactly {@code files} with {@code message}. Returns a warning to show when git
     * could not commit; the files are written either way, and {@code refnet sync} commits them
     * later. A lock file left behind by a git that stopped is removed first.
     */
    public Optional<String> commit(List<Path> files, String message) {
        return commit(files, message, Map.of());
    }

    /**
     * Commits as {@link #commit(List, String)} does, with {@code trailers} below the message; a
     * file that no longer exists commits its removal.
     */
    public Optional<String> commit(List<Path> files, String message, Map<String, String> trailers) {
        List<String> all = relative(files);
        String where = String.join(", ", all);
        IndexLock lock = indexLock();
        if (!lock.free()) {
            return Optional.of("written to " + where + " but not committed to git: " + lock.advice()
                    + "; then 'refnet sync' commits it");
        }
        if (operationInProgress().isPresent()) {
            return Optional.of("written to " + where + " but not committed yet: the network is in the middle of "
                    + operationInProgress().get() + "; 'refnet sync' commits it once that is settled");
        }
        List<String> present = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String rel = all.get(i);
            if (Files.exists(files.get(i), LinkOption.NOFOLLOW_LINKS)) {
                present.add(rel);
                paths.add(rel);
            } else {
                gone.add(rel);
                if (run(List.of("cat-file", "-e", "HEAD:" + rel)).code() == 0) {
                    paths.add(rel); // a removal git knows of; an untracked file that vanished has nothing to commit
                }
            }
        }
        Result r = new Result(0, "", "");
        if (!present.isEmpty()) {
            List<String> add = new ArrayList<>(List.of("add", "--"));
            add.addAll(present);
            r = run(add);
        }
        if (r.code() == 0 && !gone.isEmpty()) {
            List<String> rm = new ArrayList<>(List.of("rm", "--cached", "--quiet", "--ignore-unmatch", "--"));
            rm.addAll(gone);
            r = run(rm);
        }
        if (r.code() == 0 && !paths.isEmpty()) {
            // The message names contacts, whose names come from files and input: written as refnet
            // shows text (Visible), one line, so that a line break cannot start a second paragraph
            // or a trailer, and a control character cannot reach the terminal of 'git log'.
            StringBuilder full = new StringBuilder(Visible.oneLine(message));
            if (!trailers.isEmpty()) {
                full.append("\n");
                trailers.forEach((k, v) -> full.append("\n").append(k).append(": ").append(Visible.oneLine(v)));
            }
            List<String> commit = new ArrayList<>(List.of("commit", "--quiet", "--no-verify", "-m", full.toString(), "--"));
            commit.addAll(paths);
            r = run(commit);
        }
        if (r.code() == 0) {
            return Optional.empty();
        }
        String why = r.firstLine();
        if (why.contains("Please tell me who you are") || why.contains("user.email") || why.contains("user.name")) {
            why = "git does not know who you are; run: git config --global user.name 'Your Name'"
                    + " and git config --global user.email you@example.org";
        } else if (why.contains("index.lock")) {
            why = indexLock().advice();
        }
        return Optional.of("written to " + where + " but not committed to git (" + why + "); 'refnet sync' will commit it");
    }

    /** The {@code user.name} git would commit as here, if one is set. */
    public Optional<String> userName() {
        Result r = run(List.of("config", "user.name"));
        String name = r.out.strip();
        return r.code == 0 && !name.isEmpty() ? Optional.of(name) : Optional.empty();
    }

    /**
     * Makes a plain {@code git pull} merge (git otherwise stops with "Need to specify how to
     * reconcile divergent branches" whenever both sides committed): sets {@code pull.rebase=false}
     * in this clone's own configuration unless the user has set it anywhere.
     */
    public void ensurePullMerges() {
        if (run(List.of("config", "--get", "pull.rebase")).code == 1) {
            run(List.of("config", "--local", "pull.rebase", "false"));
        }
    }

    /** Paths relative to the work tree, as git takes them. */
    public List<String> relative(List<Path> files) {
        List<String> paths = new ArrayList<>();
        for (Path f : files) {
            paths.add(workTree.relativize(f.toAbsolutePath().normalize()).toString());
        }
        return paths;
    }

    /** The network's own files and folders, as git pathspecs: what refnet keeps and commits. */
    public static final List<String> NETWORK_PATHS = List.of(NetworkStore.CONFIG_FILE, NetworkStore.CONTACTS,
            ".gitattributes", ".gitignore");

    /**
     * Network files that differ from the last commit or that git does not track yet (a file
     * written but not committed, edited by hand, or added by hand), relative to the work tree
     * of {@code dir}; refnet's own temporary and hidden files in contacts/ are not among them.
     */
    public List<String> pendingFiles(Path dir) {
        Path base = workTree.relativize(dir.toAbsolutePath().normalize());
        List<String> args = new ArrayList<>(List.of("status", "--porcelain=v1", "-z", "--untracked-files=all", "--"));
        for (String p : NETWORK_PATHS) {
            args.add(base.resolve(p).toString());
        }
        Result r = run(args);
        if (r.code != 0) {
            throw RefnetException.data("git status failed in " + workTree + ": " + r.firstLine());
        }
        List<String> files = new ArrayList<>();
        String[] parts = r.out.split("\0");
        for (int i = 0; i < parts.length; i++) {
            String rec = parts[i];
            if (rec.length() < 4) {
                continue;
            }
            String xy = rec.substring(0, 2);
            String path = rec.substring(3);
            if (xy.charAt(0) == 'R' || xy.charAt(0) == 'C') {
                i++; // the origin of a rename follows as a record of its own
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.startsWith(".") && path.contains(NetworkStore.CONTACTS + "/")) {
                continue;
            }
            files.add(path);
        }
        return files;
    }

    /** Files a merge left unsettled (git's "unmerged" paths), relative to the work tree. */
    public List<String> unmergedFiles() {
        if (operationInProgress().isEmpty()) {
            return List.of();
        }
        Result r = run(List.of("diff", "--name-only", "--diff-filter=U", "-z"));
        List<String> files = new ArrayList<>();
        for (String f : r.out.split("\0")) {
            if (!f.isEmpty()) {
                files.add(f);
            }
        }
        return files;
    }

    /** {@code file}'s path from the top of the work tree, with '/' as git writes it. */
    public String relative(Path file) {
        return workTree.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Whether git tracks {@code file} (it is in the index). */
    public boolean tracks(Path file) {
        return run(List.of("ls-files", "--error-unmatch", "--", relative(file))).code == 0;
    }

    /**
     * Moves a tracked file with {@code git mv}, so that the move is staged as one; a file git
     * does not track is moved as a plain file.
     */
    public void move(Path from, Path to) throws IOException {
        if (tracks(from)) {
            Result r = run(List.of("mv", "--", relative(from), relative(to)));
            if (r.code == 0) {
                return;
            }
            throw new IOException("git mv failed: " + (r.err + r.out).strip().lines().findFirst().orElse("exit " + r.code));
        }
        Files.move(from, to);
    }

    /** One commit as {@code git log} shows it, with refnet's trailers read from its message. */
    public record Commit(String hash, java.time.OffsetDateTime date, String subject, String command, String undoes) {
        public String shortHash() {
            return hash.substring(0, Math.min(7, hash.length()));
        }

        /** Whether refnet made it (every refnet commit names its command in a trailer). */
        public boolean byRefnet() {
            return command != null;
        }
    }

    /**
     * The newest {@code max} commits on this branch's own line (merges and what they brought in
     * left out) that changed something under {@code dir}, newest first.
     */
    public List<Commit> history(Path dir, int max) {
        String rel = relative(dir);
        List<String> args = new ArrayList<>(List.of("log", "--first-parent", "--no-merges", "-z", "-n", String.valueOf(max),
                "--format=%H%x1f%aI%x1f%B"));
        if (!rel.isEmpty()) {
            args.add("--");
            args.add(rel);
        }
        Result r = run(args);
        List<Commit> out = new ArrayList<>();
        if (r.code != 0) {
            return out; // a repository with no commit yet has no history
        }
        for (String rec : r.out.split("\0")) {
            String[] f = rec.split("\u001f", 3);
            if (f.length < 3) {
                continue;
            }
            String body = f[2].strip();
            String subject = body.lines().findFirst().orElse("");
            out.add(new Commit(f[0].strip(), java.time.OffsetDateTime.parse(f[1].strip()), subject,
                    trailer(body, COMMAND_TRAILER), trailer(body, UNDOES_TRAILER)));
        }
        return out;
    }

    /** The value of {@code key} in the last paragraph of a commit message, or null. */
    static String trailer(String body, String key) {
        int para = body.lastIndexOf("\n\n");
        if (para < 0) {
            return null;
        }
        for (String line : body.substring(para + 2).split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return null;
    }

    /** The files under {@code dir} that commit {@code hash} changed (added, changed or removed), as paths in the work tree. */
    public List<Path> changedFiles(String hash, Path dir) {
        String rel = relative(dir);
        List<String> args = new ArrayList<>(List.of("diff-tree", "-r", "--root", "--no-commit-id", "--no-renames", "-z", "--name-only", hash));
        if (!rel.isEmpty()) {
            args.add("--");
            args.add(rel);
        }
        Result r = run(args);
        List<Path> out = new ArrayList<>();
        if (r.code != 0) {
            return out;
        }
        for (String p : r.out.split("\0")) {
            if (!p.isBlank()) {
                out.add(workTree.resolve(p));
            }
        }
        return out;
    }

    /**
     * A file's content as of {@code revision} ({@code abc123} or {@code abc123^}), as a checkout
     * would write it (git's filters and line-end rules applied); empty when the file was not there.
     */
    public Optional<byte[]> contentAt(String revision, Path file) {
        String spec = revision + ":" + relative(file);
        if (run(List.of("cat-file", "-e", spec)).code != 0) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>(List.of("git", "-C", workTree.toString(), "cat-file", "--filters", spec));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] bytes = p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw RefnetException.data("git could not read " + spec);
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw RefnetException.data("git could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RefnetException.data("interrupted");
        }
    }

    /** Whether {@code revision} names a commit that has a parent. */
    public boolean hasParent(String revision) {
        return run(List.of("rev-parse", "--verify", "--quiet", revision + "^")).code == 0;
    }

    /** What one git command printed and returned. */
    public record Result(int code, String out, String err) {
        /** The first line git wrote about a failure. */
        public String firstLine() {
            return (err + out).strip().lines().findFirst().orElse("git exited with " + code);
        }
    }

    /** Runs {@code git ARGS} in the work tree with nothing on standard input. */
    public Result git(String... args) {
        return run(List.of(args));
    }

    private Result run(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.add("-C");
        cmd.add(workTree.toString());
        cmd.addAll(args);
        return exec(cmd);
    }

    /** Runs git outside any repository (for {@code merge-file}, which needs none). */
    private static Result runAnywhere(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(args);
        return exec(cmd);
    }

    private static Result exec(List<String> cmd) {
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
