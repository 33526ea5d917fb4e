package dev.refnet.store;

import dev.refnet.model.ClientCode;
import dev.refnet.model.Consent;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.Ids;
import dev.refnet.model.LogEntry;
import dev.refnet.model.PrivateDetails;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import dev.refnet.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every problem in a network, for {@code refnet check} (docs/format.md#section-4). A file that cannot be read
 * gives the loader's own located error; a file that reads is then checked for what the loader
 * lets through: client codes that are not opaque, a client's details in a referral's note or
 * reason, two contacts with one name or e-mail, and files that others can read.
 */
public final class NetworkChecker {

    /** Settings that refnet.yaml may hold (docs/format.md#section-1-1); anything else is likely a typo. */
    static final Set<String> CONFIG_KEYS = Set.of("practice", "clinicians", "follow-up", "thank-you-within",
            "outcome-within", "lookback", "dormant-after", "git", "git.auto-commit", "specialties", "client-code");

    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final NetworkStore store;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Seen> names = new HashMap<>();
    private final Map<String, Seen> emails = new HashMap<>();
    private int contacts;
    /** Files and folders open to other users, with their modes: reported together at the end. */
    private final Map<Path, String> openToOthers = new java.util.LinkedHashMap<>();
    /** refnet.yaml's client-code pattern; null for the default rule (also when refnet.yaml cannot be read). */
    private String clientCodeRule;

    private record Seen(Path path, YNode.Pos at) {
    }

    /** A thank-you entry with a note, and where its note is. */
    private record Note(Path path, YNode.Pos at, LogEntry entry) {
    }

    /** Runs of characters that cannot be part of a client code. */
    private static final java.util.regex.Pattern CODE_SEPARATORS = java.util.regex.Pattern.compile("[^A-Za-z0-9_.#-]+");

    private final Map<String, List<LogEntry>> referrals = new HashMap<>();
    private final List<Note> thankYouNotes = new ArrayList<>();

    /** What a check found, sorted by file, line and column; and how many contacts read cleanly. */
    public record Report(List<Problem> problems, int contacts) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        }
    }

    private final boolean inGitHook;

    public NetworkChecker(NetworkStore store) {
        this(store, false);
    }

    /** A checker; {@code inGitHook} when git runs it from a hook, about to commit (see {@link #checkGit}). */
    public NetworkChecker(NetworkStore store, boolean inGitHook) {
        this.store = store;
        this.inGitHook = inGitHook;
    }

    /** Checks the whole network; never throws for a bad file, only when there is no network. */
    public Report check() {
        store.requireExists();
        checkGit();
        checkConfig();
        checkContactsDir();
        checkThankYouNotes();
        reportModes();
        problems.sort(Comparator.comparing((Problem p) -> p.path().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Report(List.copyOf(problems), contacts);
    }

    /**
     * The git states that stop refnet's commits or wait for the user: an unsettled merge, a
     * lock file a stopped git left, files written but not committed. Inside a git hook (git
     * sets GIT_INDEX_FILE for it) the commit being made is the answer to all three, so only
     * the files themselves are checked there.
     */
    private void checkGit() {
        Git git = Git.find(store.dir()).orElse(null);
        if (git == null) {
            return;
        }
        Path dotGit = git.workTree().resolve(".git");
        git.operationInProgress().ifPresent(what -> {
            if (!what.equals(Git.MERGE)) {
                problems.add(Problem.error(dotGit, 1, 1, "the network is in the middle of " + what
                        + ": finish it ('git status' says how) or abort it"));
            } else if (!git.unmergedFiles().isEmpty()) {
                problems.add(Problem.error(dotGit, 1, 1, "a git merge left " + count(git.unmergedFiles().size(), "file")
                        + " unsettled: 'refnet sync' shows what differs and how to settle it"));
            } else if (!inGitHook) {
                problems.add(Problem.warning(dotGit, 1, 1, "a git merge is settled but not committed: 'refnet sync'"
                        + " (or 'git commit') commits it"));
            }
        });
        if (inGitHook) {
            return;
        }
        IndexLock lock = git.indexLock();
        if (lock.state() == IndexLock.State.LEFT_BEHIND) {
            problems.add(Problem.error(lock.file(), 1, 1, "left behind by a git that stopped; no commit can be made"
                    + " while it is there: remove it with: rm '" + lock.file().toString().replace("'", "'\\''") + "'"));
        }
        boolean autoCommit;
        try {
            autoCommit = store.config().autoCommit();
        } catch (RuntimeException e) {
            autoCommit = true; // refnet.yaml's own problem is reported below
        }
        if (autoCommit && git.operationInProgress().isEmpty()) {
            Set<String> unmerged = Set.copyOf(git.unmergedFiles());
            for (String f : git.pendingFiles(store.dir())) {
                if (!unmerged.contains(f)) {
                    problems.add(Problem.warning(git.workTree().resolve(f), 1, 1, "changed but not committed to git:"
                            + " 'refnet sync' checks and commits it ('git diff' shows the change)"));
                }
            }
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private void checkConfig() {
        Path file = store.configFile();
        if (!present(file, false)) {
            return;
        }
        String text;
        try {
            text = readText(file);
            clientCodeRule = ConfigReader.read(text).clientCode();
        } catch (YamlException e) {
            problems.add(Problem.error(file, e.line(), e.column(), e.getMessage()));
            return;
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, 1, "cannot read: " + e.getMessage()));
            return;
        }
        YNode root;
        try {
            root = YamlReader.parse(text);
        } catch (YamlException e) {
            return; // only comments: the defaults apply
        }
        if (root instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries()) {
                if (!CONFIG_KEYS.contains(e.key().value())) {
                    problems.add(Problem.warning(file, e.key().start().line(), e.key().start().column(),
                            "unknown setting '" + e.key().value() + "' is ignored; the settings are: "
                                    + String.join(", ", CONFIG_KEYS.stream().sorted().toList())));
                }
            }
        }
    }

    private void checkContactsDir() {
        Path dir = store.contactsDir();
        if (!present(dir, true)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(dir, 1, 1, "cannot list: " + e.getMessage()));
            return;
        }
        for (Path file : entries) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                if (name.endsWith(".tmp")) {
                    problems.add(Problem.warning(file, 1, 1, "left over from an interrupted write; refnet never"
                            + " reads it and the contact file beside it is whole: delete it"));
                }
                continue;
            }
            if (!name.endsWith(NetworkStore.SUFFIX)) {
                problems.add(Problem.warning(file, 1, 1, name.endsWith(".yml")
                        ? "refnet reads only files ending in .yaml: rename it to " + name.substring(0, name.length() - 4) + ".yaml"
                        : "not a contact file (refnet reads only contacts/*.yaml) and is ignored"));
                continue;
            }
            checkContact(file);
        }
    }

    /**
     * Whether {@code path} is there as the kind of entry refnet reads (a regular file, or a real
     * folder); a link or another kind is an error. Checks its mode when it is.
     */
    private boolean present(Path path, boolean folder) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (folder ? !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) : !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(!folder ? Problem.notRegularFile(path) : Problem.error(path, 1, 1, Files.isSymbolicLink(path)
                    ? "is a symbolic link; keep the contacts folder inside the network" : "is not a folder"));
            return false;
        }
        checkMode(path, folder);
        return true;
    }

    private void checkContact(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.notRegularFile(file));
            return;
        }
        checkMode(file, false);
        String id = NetworkStore.idOf(file);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            // Works, but people type ids, and 'Lopez.yaml' beside 'lopez.yaml' clashes on a
            // case-insensitive disk (macOS, Windows) when the network is cloned there.
            String better = Ids.fromName(id);
            problems.add(Problem.warning(file, 1, 1, "the id '" + id + "' (the file's name) is not one refnet would"
                    + " make (lower-case a-z, 0-9 and single dashes)" + (better.isEmpty() || better.equals(id) ? ""
                            : ": rename the file to " + better + NetworkStore.SUFFIX)));
        }
        // Once the file parses, every problem in it is reported, not only the first the reader meets.
        List<YamlException> found = new ArrayList<>();
        YNode.Mapping root;
        try {
            root = Fields.mapping(YamlReader.parseCollectingDuplicates(readText(file), found), "a contact file");
            found.addAll(ContactReader.problems(id, root));
        } catch (YamlException e) {
            found.add(e);
            root = null;
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, 1, "cannot read: " + e.getMessage()));
            return;
        }
        for (YamlException e : found) {
            problems.add(Problem.error(file, e.line(), e.column(), e.getMessage()));
        }
        if (root != null && root.get("log").orElse(null) instanceof YNode.Sequence log) {
            for (YNode item : log.items()) {
                if (item instanceof YNode.Mapping entry) {
                    checkEntry(file, entry);
                }
            }
        }
        if (!found.isEmpty()) {
            return;
        }
        contacts++;
        Contact c = ContactReader.toContact(id, root);
        root.get("name").ifPresent(n -> duplicate(names, key(c.name()), file, n, "name '" + c.name() + "'"));
        if (c.email() != null && !c.email().isBlank()) {
            root.get("email").ifPresent(n -> duplicate(emails, key(c.email()), file, n, "e-mail '" + c.email() + "'"));
        }
        if (root.get("log").orElse(null) instanceof YNode.Sequence log) {
            // The reader keeps the log in file order, so the i-th entry is the i-th item.
            for (int i = 0; i < c.log().size() && i < log.items().size(); i++) {
                LogEntry e = c.log().get(i);
                if (e.type().isReferral()) {
                    referrals.computeIfAbsent(e.client().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
                } else if (e.type() == EntryType.THANK_YOU && e.note() != null
                        && log.items().get(i) instanceof YNode.Mapping m && m.get("note").orElse(null) instanceof YNode.Scalar note) {
                    thankYouNotes.add(new Note(file, note.start(), e));
                }
            }
        }
    }

    /**
     * A thank-you's note that holds the code of a client with no release of information in force on
     * the thank-you's day: the note may be copied into the message, and a thank-you must not
     * confirm that someone became a client. Codes are matched as whole words, ignoring case.
     */
    private void checkThankYouNotes() {
        for (Note n : thankYouNotes) {
            for (String word : CODE_SEPARATORS.split(n.entry().note())) {
                String code = word.replaceAll("[.]+$", "");
                List<LogEntry> refs = referrals.get(code.toLowerCase(Locale.ROOT));
                if (code.isEmpty() || refs == null) {
                    continue;
                }
                boolean released = refs.stream().anyMatch(r -> r.type() == EntryType.REFERRAL_IN
                        && r.consentOn(n.entry().date()) == Consent.RELEASE);
                if (!released) {
                    problems.add(Problem.warning(n.path(), n.at().line(), n.at().column(), "this thank-you's note holds"
                            + " the client code " + code + ", whose referral has no release of information in force on "
                            + n.entry().date() + ": a thank-you must not confirm that someone became a client; take the"
                            + " code out of the note"));
                }
            }
        }
    }

    private void checkEntry(Path file, YNode.Mapping entry) {
        if (entry.get("client").orElse(null) instanceof YNode.Scalar client && !client.isNull()) {
            ClientCode.why(client.value(), clientCodeRule).ifPresent(why -> problems.add(Problem.error(file,
                    client.start().line(), client.start().column(), "client code '" + client.value()
                            + "' is not an opaque code: " + why + ". " + ClientCode.advice(client.value(), clientCodeRule))));
        }
        boolean referral = entry.get("type").orElse(null) instanceof YNode.Scalar t
                && (t.value().equals("referral-in") || t.value().equals("referral-out"));
        if (!referral) {
            if (entry.get("outcome").orElse(null) instanceof YNode.Scalar o && !o.isNull()) {
                String type = entry.get("type").orElse(null) instanceof YNode.Scalar t ? t.value() : "this";
                problems.add(Problem.warning(file, o.start().line(), o.start().column(), "an outcome belongs to a"
                        + " referral, and this is a " + type + " entry: if it was meant for a referral (it may have"
                        + " moved here when two sides were merged by hand), move it to that referral's entry"));
            }
            return;
        }
        for (String key : List.of("reason", "note")) {
            if (entry.get(key).orElse(null) instanceof YNode.Scalar s && !s.isNull()) {
                for (PrivateDetails.Finding f : PrivateDetails.find(s.value())) {
                    problems.add(Problem.warning(file, s.start().line(), s.start().column(), "the " + key
                            + " of this referral holds what looks like " + f.kind() + " ('" + f.text()
                            + "'): a client's details do not belong in refnet; keep only the opaque client code"));
                }
            }
        }
    }

    private void duplicate(Map<String, Seen> seen, String key, Path file, YNode at, String what) {
        Seen first = seen.putIfAbsent(key, new Seen(file, at.start()));
        if (first != null) {
            problems.add(Problem.warning(file, at.start().line(), at.start().column(), "the " + what
                    + " is also in " + first.path() + ":" + first.at().line()
                    + "; if they are one contact, " + mergeCommand(NetworkStore.idOf(first.path()), NetworkStore.idOf(file))
                    + " makes one of them; if not, make them different").mentioning(first.path()));
        }
    }

    /**
     * The merge that keeps the original: a file whose id is the other's with {@code -2}, {@code -3}
     * added (as add-contact names a second contact of one name) is the duplicate; else the first.
     */
    static String mergeCommand(String first, String second) {
        boolean firstIsCopy = first.startsWith(second + "-") && first.substring(second.length() + 1).matches("\\d+");
        return firstIsCopy ? "'refnet merge " + second + " " + first + "'" : "'refnet merge " + first + " " + second + "'";
    }

    private void checkMode(Path path, boolean folder) {
        if (!AtomicFiles.POSIX) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            if (perms.stream().anyMatch(OTHERS::contains)) {
                openToOthers.put(path, (folder ? "folder" : "file") + " is open to other users ("
                        + PosixFilePermissions.toString(perms) + "); a referral network is private: run chmod "
                        + (folder ? "700 " : "600 ") + path);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX modes has nothing to say here
        }
    }

    /**
     * One file open to others is named; several (48 on a fresh clone, since git checks files out
     * 0644) are one line with the one command that closes them all.
     */
    private void reportModes() {
        if (openToOthers.size() == 1) {
            Map.Entry<Path, String> only = openToOthers.entrySet().iterator().next();
            problems.add(Problem.warning(only.getKey(), 1, 1, only.getValue()));
        } else if (!openToOthers.isEmpty()) {
            Path dir = store.dir();
            problems.add(Problem.warning(dir, 1, 1, openToOthers.size() + " files and folders of the network are open to"
                    + " other users (like " + dir.relativize(openToOthers.keySet().iterator().next()) + "); a referral"
                    + " network is private: run chmod -R go= " + shellWord(dir.toString())));
        }
    }

    /** {@code s} as one word for a POSIX shell: as it is when it is plain, else in single quotes. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./~+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String readText(Path file) throws IOException {
        return NetworkStore.readText(file);
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
