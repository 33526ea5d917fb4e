package dev.refnet.sync;

import dev.refnet.engine.Incoming;
import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import dev.refnet.store.AtomicFiles;
import dev.refnet.store.ContactReader;
import dev.refnet.store.Git;
import dev.refnet.store.IndexLock;
import dev.refnet.store.MergeDriver;
import dev.refnet.store.NetworkChecker;
import dev.refnet.store.NetworkStore;
import dev.refnet.store.Problem;
import dev.refnet.yaml.YamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code refnet sync} (docs/format.md#section-7): one step that brings a clinician's clone and the shared remote
 * together. In order: settle a merge a person finished by hand; commit the user's own pending
 * edits once they pass check (a file that fails stops everything before anything is pulled);
 * fetch and merge (never rebase, whatever {@code pull.rebase} says) with refnet's merge driver;
 * keep a contact that one side removed and the other changed; push; make what git wrote
 * private again. The caller holds the network's lock.
 */
public final class Sync {

    private final NetworkStore store;
    private final Git git;
    private final Map<String, String> env;

    /** A sync of the network in {@code store}; {@code env} names the launcher for the merge driver. */
    public Sync(NetworkStore store, Map<String, String> env) {
        this.store = store;
        this.env = env;
        this.git = Git.find(store.dir()).orElseThrow(() -> RefnetException.data(store.dir() + " is not in a git repository,"
                + " so there is nothing to sync with: a group practice keeps its network in one (see 'A group practice'"
                + " in docs/guide.md; 'git init' and 'git remote add origin URL' start one)"));
    }

    /** A contact one side removed while the other changed it: the changed file stays. */
    public record Kept(String file, String name, boolean removedHere, String by) {
    }

    /** Why sync stopped before the end, and the lines that say what to do. */
    public enum Stop { NO_REMOTE, UNREACHABLE, CONFLICT, CHECK_FAILED, NOT_SENT }

    /** A contact file a merge could not settle: what differs, and how to settle it. */
    public record Unsettled(String file, String id, String name, String by, List<String> differences) {
    }

    /** What one sync did. */
    public record Report(List<String> committed, boolean mergeCommitted, String remote, List<Incoming.Change> incoming,
            List<Kept> kept, int sent, Stop stop, String why, List<Problem> problems, List<Unsettled> unsettled) {
    }

    /** Which side to keep in a contact's unsettled differences, chosen with {@code --keep-mine}/{@code --keep-theirs}. */
    public record Choice(String id, boolean mine) {
    }

    private final List<String> committed = new ArrayList<>();
    private final List<Kept> kept = new ArrayList<>();
    private final List<Incoming.Change> incoming = new ArrayList<>();
    private boolean mergeCommitted;
    private String remote;
    private int sent;

    private Report stop(Stop stop, String why, List<Problem> problems, List<Unsettled> unsettled) {
        makePrivate();
        return new Report(List.copyOf(committed), mergeCommitted, remote, List.copyOf(incoming), List.copyOf(kept), sent,
                stop, why, problems, unsettled);
    }

    /** Runs the whole sync; {@code choices} settle unsettled contacts of a merge in progress. */
    public Report run(List<Choice> choices) {
        git.ensurePullMerges();
        git.excludeLockFile();
        installMergeDriver();
        IndexLock lock = git.indexLock();
        if (!lock.free()) {
            throw RefnetException.data(lock.advice() + "; then run 'refnet sync' again");
        }
        git.operationInProgress().filter(what -> !what.equals(Git.MERGE)).ifPresent(what -> git.requireNoOperationInProgress());
        if (git.operationInProgress().isPresent()) {
            Report r = finishMerge(choices, null);
            if (r != null) {
                return r;
            }
        } else if (!choices.isEmpty()) {
            throw RefnetException.usage("there is no unsettled merge: --keep-mine and --keep-theirs settle one that 'refnet sync' reported");
        }
        List<Problem> bad = commitPending();
        if (!bad.isEmpty()) {
            return stop(Stop.CHECK_FAILED, null, bad, List.of());
        }
        String branch = branch();
        Upstream up = upstream(branch);
        if (up == null) {
            return stop(Stop.NO_REMOTE, null, List.of(), List.of());
        }
        remote = up.remote() + "/" + up.branch();
        for (int attempt = 1; ; attempt++) {
            Git.Result fetch = git.git("fetch", "--quiet", up.remote());
            if (fetch.code() != 0) {
                return stop(Stop.UNREACHABLE, fetch.firstLine(), List.of(), List.of());
            }
            String theirs = up.remote() + "/" + up.branch();
            boolean exists = git.git("rev-parse", "--verify", "--quiet", "refs/remotes/" + theirs).code() == 0;
            if (exists && !git.git("rev-list", "--max-count=1", "HEAD.." + theirs).out().isBlank()) {
                Report r = merge(theirs);
                if (r != null) {
                    return r;
                }
            }
            makePrivate();
            int ahead = exists ? count("rev-list", "--count", theirs + "..HEAD") : count("rev-list", "--count", "HEAD");
            if (ahead == 0) {
                break;
            }
            Git.Result push = git.git("push", "--quiet", up.remote(), "HEAD:refs/heads/" + up.branch());
            if (push.code() == 0) {
                sent += ahead;
                if (!up.tracked()) {
                    git.git("branch", "--quiet", "--set-upstream-to=" + up.remote() + "/" + up.branch());
                }
                break;
            }
            // Someone pushed between the fetch and the push: fetch and merge again, a few times.
            boolean rejected = (push.err() + push.out()).contains("rejected") || (push.err() + push.out()).contains("fetch first");
            if (!rejected || attempt == 3) {
                return stop(Stop.NOT_SENT, push.firstLine(), List.of(), List.of());
            }
        }
        return stop(null, null, List.of(), List.of());
    }

    /**
     * Makes this clone merge contact files with refnet's driver: the lines in .gitattributes
     * (committed, so every clone has them) and the command in this clone's git settings.
     */
    private void installMergeDriver() {
        Optional<Path> changed;
        try {
            changed = MergeDriver.install(store.dir(), env);
        } catch (IOException e) {
            throw RefnetException.data(store.dir().resolve(".gitattributes") + ": cannot write: " + AtomicFiles.why(e));
        }
        if (changed.isPresent() && git.operationInProgress().isEmpty()) {
            String f = git.relative(List.of(changed.get())).get(0);
            requireOk(git.git("add", "--", f), "could not add " + f);
            requireOk(git.git("commit", "--quiet", "--no-verify", "-m", "sync: contact files are merged by refnet's merge driver",
                    "--", f), "could not commit " + f);
        }
    }

    /** The remote and branch to sync with, and whether the branch already tracks it. */
    private record Upstream(String remote, String branch, boolean tracked) {
    }

    private String branch() {
        Git.Result r = git.git("symbolic-ref", "--quiet", "--short", "HEAD");
        if (r.code() != 0) {
            throw RefnetException.data("the network's git repository is not on a branch (a detached HEAD):"
                    + " go back to your branch with 'git switch main' (or the branch you use), then run 'refnet sync'");
        }
        return r.out().strip();
    }

    private Upstream upstream(String branch) {
        String remoteName = git.git("config", "--get", "branch." + branch + ".remote").out().strip();
        String merge = git.git("config", "--get", "branch." + branch + ".merge").out().strip();
        if (!remoteName.isEmpty() && !remoteName.equals(".") && merge.startsWith("refs/heads/")) {
            return new Upstream(remoteName, merge.substring("refs/heads/".length()), true);
        }
        List<String> remotes = git.git("remote").out().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (remotes.isEmpty()) {
            return null;
        }
        return new Upstream(remotes.contains("origin") ? "origin" : remotes.get(0), branch, false);
    }

    private int count(String... args) {
        Git.Result r = git.git(args);
        try {
            return Integer.parseInt(r.out().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Commits the network files changed but not committed (written when a commit failed, edited
     * by hand, added by hand). Returns the errors that stop it: those of check in these files.
     */
    private List<Problem> commitPending() {
        List<String> pending = git.pendingFiles(store.dir());
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Problem> errors = errorsIn(pending);
        if (!errors.isEmpty()) {
            return errors;
        }
        List<String> add = new ArrayList<>(List.of("add", "--all", "--"));
        add.addAll(pending);
        requireOk(git.git(add.toArray(String[]::new)), "could not add the changed files");
        List<String> commit = new ArrayList<>(List.of("commit", "--quiet", "--no-verify", "-m", pendingMessage(pending), "--"));
        commit.addAll(pending);
        requireOk(git.git(commit.toArray(String[]::new)), "could not commit the changed files");
        committed.addAll(pending);
        return List.of();
    }

    private static String pendingMessage(List<String> files) {
        List<String> names = files.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList();
        // One line, escaped as refnet shows text: a file's name may hold a line break or a control character.
        return Visible.oneLine("sync: changes not committed before (" + String.join(", ", names) + ")");
    }

    /** The errors check finds in {@code files} (paths relative to the work tree). */
    private List<Problem> errorsIn(List<String> files) {
        Set<Path> wanted = new java.util.HashSet<>();
        for (String f : files) {
            wanted.add(git.workTree().resolve(f).toAbsolutePath().normalize());
        }
        List<Problem> errors = new ArrayList<>();
        for (Problem p : new NetworkChecker(store).check().problems()) {
            if (p.severity() == Problem.Severity.ERROR && wanted.contains(p.path().toAbsolutePath().normalize())) {
                errors.add(p);
            }
        }
        return errors;
    }

    private void requireOk(Git.Result r, String what) {
        if (r.code() != 0) {
            String why = r.firstLine();
            if (why.contains("Please tell me who you are") || why.contains("user.email") || why.contains("user.name")) {
                why = "git does not know who you are; run: git config --global user.name 'Your Name'"
                        + " and git config --global user.email you@example.org";
            }
            throw RefnetException.data(what + ": " + why + "; nothing was pulled or sent");
        }
    }

    /** Merges {@code theirs} into HEAD; null when merged (and committed), else the report that stops sync. */
    private Report merge(String theirs) {
        Map<String, Contact> before = contacts();
        String head = git.git("rev-parse", "HEAD").out().strip();
        Git.Result m = git.git("merge", "--quiet", "--no-edit", "--no-verify", "-X", "no-renames", theirs);
        if (git.operationInProgress().isPresent()) {
            Report r = finishMerge(List.of(), theirs);
            if (r != null) {
                return r;
            }
        } else if (git.git("rev-parse", "HEAD").out().strip().equals(head)) {
            throw RefnetException.data("git could not merge " + theirs + " (" + m.firstLine() + "); your changes are"
                    + " committed here and nothing was sent");
        }
        Map<String, Contact> after = contacts();
        String merged = git.git("rev-parse", "HEAD").out().strip();
        incoming.addAll(Incoming.between(before, after, new CommitAuthors(git, contactsPath(), head, merged)));
        return null;
    }

    /**
     * Finishes a merge in progress: a contact removed on one side and changed on the other is
     * kept; the choices given settle contacts; a file a person settled by hand (no markers left,
     * reads cleanly) is taken. Null when the merge is committed, else the report that stops sync.
     */
    private Report finishMerge(List<Choice> choices, String theirs) {
        for (Choice c : choices) {
            settle(c);
        }
        List<Unsettled> unsettled = new ArrayList<>();
        List<Problem> settledBadly = new ArrayList<>();
        for (String f : git.unmergedFiles()) {
            Path file = git.workTree().resolve(f);
            Stages s = Stages.of(git, f);
            if (!s.hasOurs() || !s.hasTheirs()) {
                keepChanged(f, file, s, theirs);
                continue;
            }
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Markers.holdsMarkers(file)) {
                Problem p = readProblem(file);
                if (p == null) {
                    requireOk(git.git("add", "--", f), "could not take " + f);
                } else {
                    settledBadly.add(p);
                }
                continue;
            }
            unsettled.add(Differences.of(f, s, file, authorOf(f)));
        }
        if (!unsettled.isEmpty()) {
            return stop(Stop.CONFLICT, null, List.of(), unsettled);
        }
        if (!settledBadly.isEmpty()) {
            return stop(Stop.CHECK_FAILED, "merge", settledBadly, List.of());
        }
        List<Problem> errors = errorsIn(git.pendingFiles(store.dir()));
        if (!errors.isEmpty()) {
            return stop(Stop.CHECK_FAILED, "merge", errors, List.of());
        }
        Git.Result r = git.git("commit", "--quiet", "--no-edit", "--no-verify");
        requireOk(r, "could not commit the merge");
        mergeCommitted = theirs == null;
        return null;
    }

    /** Keeps the file of a contact that one side removed and the other changed. */
    private void keepChanged(String f, Path file, Stages s, String theirs) {
        String id = NetworkStore.idOf(file);
        String text = s.hasOurs() ? s.ours() : s.theirs();
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw RefnetException.data(file + ": cannot write: " + AtomicFiles.why(e));
        }
        requireOk(git.git("add", "--", f), "could not keep " + f);
        String name = id;
        try {
            name = ContactReader.read(id, text).contact().name();
        } catch (YamlException e) {
            // the id names it well enough
        }
        kept.add(new Kept(f, name, !s.hasOurs(), authorOf(f)));
    }

    /** Who last changed {@code f} on the side being merged in; empty when that cannot be told. */
    private String authorOf(String f) {
        Git.Result r = git.git("log", "-1", "--format=%an", "HEAD..MERGE_HEAD", "--", f);
        return r.code() == 0 ? r.out().strip() : "";
    }

    /** Settles one contact's differences by taking one side of each marked difference. */
    private void settle(Choice c) {
        Path file = store.contactPath(c.id());
        String f = git.relative(List.of(file)).get(0);
        if (!git.unmergedFiles().contains(f)) {
            throw RefnetException.usage("'" + c.id() + "' has nothing unsettled: 'refnet sync' lists the contacts that have");
        }
        try {
            String text = Files.readString(file);
            String settled = Markers.take(text, c.mine());
            Contact result = ContactReader.read(c.id(), settled).contact();
            Stages stages = Stages.of(git, f);
            for (String side : new String[] {stages.ours(), stages.theirs()}) {
                if (side != null) {
                    requireEveryEntry(file, result, ContactReader.read(c.id(), side).contact(), c.mine());
                }
            }
            AtomicFiles.write(file, settled.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw RefnetException.data(file + ": its conflict markers are not whole (" + e.getMessage()
                    + "); nothing was written: edit it by hand instead");
        } catch (YamlException e) {
            throw RefnetException.data(file + ": keeping " + (c.mine() ? "your" : "their") + " side does not give a file refnet"
                    + " can read (" + e.located() + "); nothing was written: edit it by hand instead");
        } catch (IOException e) {
            throw RefnetException.data(file + ": cannot read or write: " + AtomicFiles.why(e));
        }
        requireOk(git.git("add", "--", f), "could not take " + f);
    }

    /**
     * Refuses a settled file that lost an entry of either side: every entry is there, or one of
     * the same date, type and client (the one whose value was chosen).
     */
    private static void requireEveryEntry(Path file, Contact result, Contact side, boolean mine) {
        for (LogEntry e : side.log()) {
            boolean kept = result.log().stream().anyMatch(r -> r.equals(e) || (r.date().equals(e.date())
                    && r.type() == e.type() && java.util.Objects.equals(r.client(), e.client())));
            if (!kept) {
                throw RefnetException.data(file + ": keeping " + (mine ? "your" : "their") + " side would drop the "
                        + e.type().word() + " entry of " + e.date() + "; nothing was written: open the file and keep"
                        + " both sides' entries between the markers, delete the marker lines, then run 'refnet sync'");
            }
        }
    }

    /** Why a file settled by hand cannot be read, or null when it reads cleanly. */
    private static Problem readProblem(Path file) {
        try {
            ContactReader.read(NetworkStore.idOf(file), Files.readString(file));
            return null;
        } catch (YamlException e) {
            return Problem.error(file, e.line(), e.column(), e.getMessage());
        } catch (IOException e) {
            return Problem.error(file, 1, 1, "cannot read: " + e.getMessage());
        }
    }

    private String contactsPath() {
        return git.relative(List.of(store.contactsDir())).get(0);
    }

    /** The contacts that read cleanly, by id. */
    private Map<String, Contact> contacts() {
        Map<String, Contact> byId = new LinkedHashMap<>();
        for (Contact c : store.load().network().contacts()) {
            byId.put(c.id(), c);
        }
        return byId;
    }

    private static final Set<PosixFilePermission> OPEN = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** Files git wrote are 0644 and its folders 0755 under the usual umask: refnet's are private. */
    private void makePrivate() {
        List<Path> paths = new ArrayList<>(List.of(store.dir(), git.gitDir(), store.contactsDir()));
        for (String p : Git.NETWORK_PATHS) {
            paths.add(store.dir().resolve(p));
        }
        paths.addAll(store.contactFiles());
        for (Path p : paths) {
            try {
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                if (perms.stream().anyMatch(OPEN::contains)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
                }
            } catch (IOException | UnsupportedOperationException e) {
                // a file system without POSIX modes, or a file that went meanwhile: nothing to make private
            }
        }
    }
}
