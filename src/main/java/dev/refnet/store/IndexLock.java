package dev.refnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * git's {@code index.lock}: while it exists no git command can change the index, so every
 * commit refnet makes fails. git removes it when it ends; a git that was killed (a crash, a
 * laptop that lost power) leaves it behind. It is taken to be left behind only when that is
 * sure: it is older than {@link #SETTLED} (a running git holds it for moments) and no git
 * program runs that could be working in this repository.
 */
public final class IndexLock {

    /** A lock this old, with no git running, was left by a git that stopped. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    /** What the lock file is: absent, held by a git that may still run, or left behind. */
    public enum State { ABSENT, MAYBE_HELD, LEFT_BEHIND }

    private final Path file;
    private final Path workTree;

    IndexLock(Path gitDir, Path workTree) {
        this.file = gitDir.resolve("index.lock");
        this.workTree = workTree;
    }

    public Path file() {
        return file;
    }

    public State state() {
        Optional<Instant> made = modified();
        if (made.isEmpty()) {
            return State.ABSENT;
        }
        if (Duration.between(made.get(), Instant.now()).compareTo(SETTLED) < 0 || gitRunningHere()) {
            return State.MAYBE_HELD;
        }
        // A git that ended meanwhile removed its lock; one that began meanwhile made a new one.
        return modified().equals(made) ? State.LEFT_BEHIND : State.MAYBE_HELD;
    }

    /**
     * Whether git's index is free: a lock left behind is removed, and a lock that may be held
     * gets a moment to go (an editor's "git status" holds it briefly). False when it stays.
     */
    public boolean free() {
        for (int waited = 0; ; waited += 100) {
            State s = state();
            if (s == State.ABSENT) {
                return true;
            }
            if (s == State.LEFT_BEHIND) {
                try {
                    Files.deleteIfExists(file);
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }
            if (waited >= 2000) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The sentence for a lock that stays: what it is and the command that clears it. */
    public String advice() {
        return "git's lock file " + file + " is in the way (a git command is running, or one was"
                + " interrupted): if no git program is running, remove it with: rm '" + file.toString().replace("'", "'\\''") + "'";
    }

    private Optional<Instant> modified() {
        try {
            return Optional.of(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a git program runs that may be working here: one whose working folder is inside
     * this work tree or its repository, or whose folder cannot be seen (another user's, or a
     * system without /proc), which counts as here.
     */
    private boolean gitRunningHere() {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().anyMatch(p -> p.pid() != self && isGit(p) && mayWorkHere(p));
    }

    private static boolean isGit(ProcessHandle p) {
        return p.info().command().map(c -> {
            String name = Path.of(c).getFileName().toString();
            return name.equals("git") || name.startsWith("git-");
        }).orElse(false);
    }

    private boolean mayWorkHere(ProcessHandle p) {
        Path proc = Path.of("/proc", Long.toString(p.pid()), "cwd");
        if (!Files.isDirectory(Path.of("/proc", "self"))) {
            return true;
        }
        try {
            Path cwd = proc.toRealPath();
            Path tree = workTree.toRealPath();
            Path gitDir = file.getParent().toRealPath();
            return cwd.startsWith(tree) || cwd.startsWith(gitDir);
        } catch (IOException | SecurityException e) {
            return true;
        }
    }
}
