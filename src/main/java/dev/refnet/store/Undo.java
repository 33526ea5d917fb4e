package dev.refnet.store;

import dev.refnet.model.RefnetException;
import dev.refnet.yaml.YamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Taking back the last change refnet committed in a network: the files that commit changed get
 * their earlier content again, as a new commit, so history keeps both. refnet's commits are told
 * from others by the trailer every one of them carries ({@link Git#COMMAND_TRAILER}); an undo
 * names the commit it took back ({@link Git#UNDOES_TRAILER}), so undoing again takes back the
 * change before it.
 */
public final class Undo {

    /** How far back refnet looks for its own changes. */
    private static final int SCAN = 2000;

    private final NetworkStore store;
    private final Git git;

    public Undo(NetworkStore store, Git git) {
        this.store = store;
        this.git = git;
    }

    /** One of refnet's changes, and whether an undo has taken it back already. */
    public record Change(Git.Commit commit, boolean undone) {
    }

    /** refnet's commits in this network, newest first, at most {@code max}. */
    public List<Change> changes(int max) {
        List<Change> out = new ArrayList<>();
        Set<String> undone = new HashSet<>();
        for (Git.Commit c : git.history(store.dir(), SCAN)) {
            if (!c.byRefnet()) {
                continue;
            }
            if (c.undoes() != null) {
                undone.add(c.undoes());
            }
            out.add(new Change(c, undone.contains(c.hash())));
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    /** The change {@code undo} would take back: the newest of refnet's that is no undo and not undone. */
    public Optional<Git.Commit> next() {
        Set<String> undone = new HashSet<>();
        for (Git.Commit c : git.history(store.dir(), SCAN)) {
            if (!c.byRefnet()) {
                continue;
            }
            if (c.undoes() != null) {
                undone.add(c.undoes());
            } else if (!undone.contains(c.hash())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** One file to put back: what it holds now (as the change left it) and what it held before (empty: it did not exist). */
    public record Restore(Path path, Optional<byte[]> now, Optional<byte[]> before) {
    }

    /** What an undo of {@code target} writes; refused when any of its files changed since. */
    public List<Restore> plan(Git.Commit target) {
        List<Restore> out = new ArrayList<>();
        String parent = target.hash() + "^";
        boolean hasParent = git.hasParent(target.hash());
        for (Path p : git.changedFiles(target.hash(), store.dir())) {
            Optional<byte[]> now = git.contentAt(target.hash(), p);
            Optional<byte[]> before = hasParent ? git.contentAt(parent, p) : Optional.empty();
            requireUnchangedSince(target, p, now);
            before.ifPresent(bytes -> requireReadable(target, p, bytes));
            out.add(new Restore(p, now, before));
        }
        if (out.isEmpty()) {
            throw RefnetException.data("'" + target.subject() + "' (" + target.shortHash() + ") changed no file in this network;"
                    + " there is nothing to take back");
        }
        return out;
    }

    /**
     * Puts every file of {@code plan} back under the network's lock, each atomically and read back;
     * returns the files written or removed. A file put back keeps its mode; one that comes back
     * from removal is private (0600).
     */
    public List<Path> apply(Git.Commit target, List<Restore> plan) {
        try (NetworkLock lock = NetworkLock.acquire(store.dir())) {
            for (Restore r : plan) {
                requireUnchangedSince(target, r.path(), r.now());
            }
            List<Path> done = new ArrayList<>();
            for (Restore r : plan) {
                Path p = r.path();
                try {
                    if (r.before().isPresent()) {
                        AtomicFiles.createPrivateDirectories(p.toAbsolutePath().getParent());
                        AtomicFiles.write(p, r.before().get());
                        if (!Arrays.equals(Files.readAllBytes(p), r.before().get())) {
                            throw RefnetException.data(shown(p) + ": reads back differently from what refnet wrote; check it by hand");
                        }
                    } else {
                        Files.deleteIfExists(p);
                        AtomicFiles.syncDirectory(p.toAbsolutePath().getParent());
                    }
                } catch (IOException e) {
                    throw RefnetException.data(shown(p) + ": cannot write: " + AtomicFiles.why(e)
                            + (done.isEmpty() ? "; nothing was changed" : "; already put back: " + done));
                }
                done.add(p);
            }
            return done;
        }
    }

    private void requireUnchangedSince(Git.Commit target, Path p, Optional<byte[]> asLeft) {
        Optional<byte[]> onDisk;
        try {
            onDisk = Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw RefnetException.data(p + ": cannot read: " + AtomicFiles.why(e));
        }
        boolean same = onDisk.isPresent() == asLeft.isPresent()
                && (onDisk.isEmpty() || Arrays.equals(onDisk.get(), asLeft.get()));
        if (!same) {
            throw RefnetException.data(shown(p)
                    + " changed since '" + target.subject() + "' (" + target.shortHash() + "), so undo will not take that back;"
                    + " nothing was written. 'git show " + target.shortHash() + "' shows what it changed, to undo by hand");
        }
    }

    /** {@code p} as the user names the network (a relative --dir stays relative). */
    public Path shown(Path p) {
        Path base = store.dir().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? store.dir().resolve(base.relativize(abs)) : p;
    }

    private void requireReadable(Git.Commit target, Path p, byte[] bytes) {
        Path contacts = store.contactsDir().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        if (!abs.getParent().equals(contacts) || !abs.getFileName().toString().endsWith(NetworkStore.SUFFIX)) {
            return;
        }
        try {
            ContactReader.read(NetworkStore.idOf(abs), NetworkStore.decode(bytes));
        } catch (YamlException e) {
            throw RefnetException.data(shown(p) + " as it was before '" + target.subject() + "' (" + target.shortHash()
                    + ") does not read cleanly (" + e.located() + "); undo will not write it back");
        }
    }
}
