package dev.refnet.store;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.Ids;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.Outcome;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Status;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;
import dev.refnet.yaml.YamlReader;
import dev.refnet.yaml.YamlText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The network directory on disk (docs/format.md#section-1 and #section-4): reads every contact, skipping and reporting
 * the files that cannot be read, and changes files atomically under the network's lock,
 * proving each edit by reading it back before it replaces the old file.
 */
public final class NetworkStore {

    public static final String CONFIG_FILE = "refnet.yaml";
    public static final String CONTACTS = "contacts";
    public static final String SUFFIX = ".yaml";

    private final Path dir;
    private final ContactCache cache;

    public NetworkStore(Path dir) {
        this(dir, null);
    }

    /** A store that keeps parsed contacts in {@code cache} (null: no cache). */
    public NetworkStore(Path dir, ContactCache cache) {
        this.dir = dir;
        this.cache = cache;
    }

    public Path dir() {
        return dir;
    }

    public Path contactsDir() {
        return dir.resolve(CONTACTS);
    }

    public Path configFile() {
        return dir.resolve(CONFIG_FILE);
    }

    /** Fails with a hint to run {@code refnet init} when there is no network here. */
    public void requireExists() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            throw RefnetException.data(dir + " is a file, not a network folder: "
                    + (dir.getFileName().toString().equals(CONFIG_FILE) && parent != null
                            ? "use --dir " + parent + ", the folder that holds it"
                            : "--dir and REFNET_DIR name the folder that holds refnet.yaml and contacts/"));
        }
        if (!Files.isDirectory(dir)) {
            throw RefnetException.data("no refnet network at " + dir + ": make one with 'refnet init "
                    + dir + "', or point to yours with --dir DIR or REFNET_DIR");
        }
        NetworkLayout.require(dir);
        if (!Files.isDirectory(contactsDir()) && !Files.isRegularFile(configFile())) {
            throw RefnetException.data(dir + " is not a refnet network (no refnet.yaml or contacts/):"
                    + " make one with 'refnet init " + dir + "'");
        }
    }

    /** The settings, or the defaults when there is no refnet.yaml. */
    public NetworkConfig config() {
        NetworkLayout.require(dir);
        Path file = configFile();
        if (!Files.exists(file)) {
            return NetworkConfig.defaults();
        }
        try {
            return ConfigReader.read(readText(file));
        } catch (YamlException e) {
            throw RefnetException.data(file + ":" + e.located());
        } catch (IOException e) {
            throw RefnetException.data(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Everything that could be read, with one problem for each contact file that could not. */
    public record Loaded(Network network, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the settings and every contact; one bad file never hides the rest. Contacts come in
     * file-name order and problems in the order of their files, however many threads read them;
     * a contact whose file is unchanged since the cache saw it is taken from the cache.
     */
    public Loaded load() {
        Read read = read();
        read.saveCache();
        return read.loaded();
    }

    /**
     * Reads as {@link #load} does, but leaves bringing the cache up to date to the caller
     * ({@link Read#saveCache}): for a read begun on a thread of its own before the command line
     * is parsed ({@code startup/load/EarlyLoad}), which writes nothing unless its result is taken.
     */
    public Read readLeavingCache() {
        return read();
    }

    /** A network as read, and what to save in the cache for it (null when the cache is up to date). */
    public record Read(Loaded loaded, ContactCache cache, Path contactsDir, ContactCache.Snapshot toCache) {

        /** Whether {@link #saveCache} has anything to write. */
        public boolean cacheOutOfDate() {
            return toCache != null;
        }

        /** Brings the cache up to date with what was read (a cache that cannot be written is skipped). */
        public void saveCache() {
            if (toCache != null) {
                cache.write(contactsDir, toCache);
            }
        }
    }

    private Read read() {
        requireExists();
        Path cdir = contactsDir();
        // Decode the cache on another core while this one lists and looks at the files.
        CacheRead pending = cache == null ? null : new CacheRead(cache, cdir);
        List<Path> files = contactFiles();
        long runStart = ContactCache.nowNanos();
        ContactCache.Key[] keys = new ContactCache.Key[files.size()];
        eachIndex(keys.length, i -> keys[i] = keyOf(files.get(i)));
        ContactCache.Key configKey = keyOf(configFile()); // null when there is none (the defaults)
        ContactCache.Snapshot snapshot = pending == null ? ContactCache.Snapshot.EMPTY : pending.join();
        Map<String, ContactCache.Entry> cached = snapshot.contacts();
        // The settings too come from the cache when refnet.yaml is the file it saw, so that a run
        // after nothing changed parses no YAML at all.
        boolean configFromCache = configKey != null && configKey.equals(snapshot.configKey());
        NetworkConfig config = configFromCache ? snapshot.config() : config();
        ContactCache.Key configKeyToKeep = configKey != null && !configKey.racy(runStart) ? configKey : null;
        Slot[] slots = new Slot[files.size()];
        eachIndex(slots.length, i -> slots[i] = readSlot(files.get(i), keys[i], cached));
        List<Contact> contacts = new ArrayList<>(slots.length);
        List<Problem> problems = new ArrayList<>();
        Map<String, ContactCache.Entry> keep = new LinkedHashMap<>();
        boolean changed = false;
        for (Slot slot : slots) {
            if (slot.problem() != null) {
                problems.add(slot.problem());
                continue;
            }
            contacts.add(slot.contact());
            if (slot.fromCache()) {
                keep.put(slot.name(), cached.get(slot.name()));
            } else if (slot.key() != null && !slot.key().racy(runStart)) {
                keep.put(slot.name(), new ContactCache.Entry(slot.key(), slot.contact()));
                changed = true;
            }
        }
        changed |= !Objects.equals(configKeyToKeep, snapshot.configKey());
        boolean save = cache != null && (changed || keep.size() != cached.size());
        ContactCache.Snapshot toCache = !save ? null
                : new ContactCache.Snapshot(keep, configKeyToKeep, configKeyToKeep == null ? null : config);
        return new Read(new Loaded(new Network(config, contacts), problems), cache, cdir, toCache);
    }

    /** Use several cores from this many files; below it a thread costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    private static void eachIndex(int n, java.util.function.IntConsumer body) {
        if (n >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            IntStream.range(0, n).parallel().forEach(body);
        } else {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
        }
    }

    /** The cache of a folder, being read on a thread of its own. */
    private static final class CacheRead {
        private final Thread thread;
        private volatile ContactCache.Snapshot result = ContactCache.Snapshot.EMPTY;

        CacheRead(ContactCache cache, Path cdir) {
            thread = new Thread(() -> result = cache.read(cdir), "refnet-cache-read");
            thread.setDaemon(true);
            thread.start();
        }

        ContactCache.Snapshot join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ContactCache.Snapshot.EMPTY;
            }
            return result;
        }
    }

    /** What became of one contact file: a contact (maybe from the cache) or a problem. */
    private record Slot(String name, ContactCache.Key key, Contact contact, boolean fromCache, Problem problem) {
    }

    private static ContactCache.Key keyOf(Path file) {
        try {
            return ContactCache.Key.of(file);
        } catch (IOException e) {
            return null; // gone since the listing, or not ours to look at: as Files.isRegularFile says
        }
    }

    private static Slot readSlot(Path file, ContactCache.Key key, Map<String, ContactCache.Entry> cached) {
        String name = file.getFileName().toString();
        if (key == null) {
            return new Slot(name, null, null, false, Problem.notRegularFile(file));
        }
        ContactCache.Entry hit = cached.get(name);
        if (hit != null && hit.key().equals(key)) {
            return new Slot(name, key, hit.contact(), true, null);
        }
        try {
            requireReasonableSize(key.size());
            byte[] bytes = Files.readAllBytes(file);
            Contact c = ContactReader.readContact(idOf(file), decode(bytes));
            // The contact is cached under the key seen before the read. Had the file changed
            // since, its key has changed too (a new modification time; a change within the same
            // tick as the old one is never cached, see Key.racy), so the entry is never used.
            // Belt and braces where clocks disagree (a file server's behind this one's): a read
            // whose length is not the key's size may have caught a rewrite, and is not cached.
            return new Slot(name, key.size() == bytes.length ? key : null, c, false, null);
        } catch (YamlException e) {
            return new Slot(name, null, null, false, Problem.error(file, e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            return new Slot(name, null, null, false, Problem.error(file, 1, 1, "cannot read: " + e.getMessage()));
        }
    }

    /** Every {@code contacts/*.yaml}, sorted by name; hidden files (refnet's temporaries) are not contacts. */
    public List<Path> contactFiles() {
        Path cdir = contactsDir();
        if (!Files.isDirectory(cdir)) {
            return List.of();
        }
        // Names compared as strings: a glob filter and a Path per file are costly at 10,000 files.
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(cdir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) && !name.startsWith(".")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw RefnetException.data(cdir + ": cannot list: " + e.getMessage());
        }
        names.sort(null);
        List<Path> files = new ArrayList<>(names.size());
        for (String name : names) {
            files.add(cdir.resolve(name));
        }
        return files;
    }

    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The file of a contact id; an id that could name anything outside contacts/ is refused. */
    public Path contactPath(String id) {
        if (!Ids.isSafe(id)) {
            throw RefnetException.usage("'" + id + "' cannot be a contact id: ids are file names inside contacts/");
        }
        Path p;
        try {
            p = contactsDir().resolve(id + SUFFIX);
        } catch (java.nio.file.InvalidPathException e) {
            throw RefnetException.usage("'" + id + "' cannot be a contact id: it has characters no file name can hold");
        }
        if (!p.normalize().getParent().equals(contactsDir().normalize())) {
            throw RefnetException.usage("'" + id + "' cannot be a contact id");
        }
        return p;
    }

    /**
     * The contact whose id is exactly {@code id} when its file exists and reads cleanly, else
     * null (no such file, an id that cannot be a file name, a link, a file with problems): the
     * caller then falls back to matching over the whole network, which reports those problems.
     */
    public Contact readIfPresent(String id) {
        if (!Ids.isSafe(id)) {
            return null;
        }
        NetworkLayout.require(dir);
        Path path = contactsDir().resolve(id + SUFFIX);
        if (!path.normalize().getParent().equals(contactsDir().normalize())
                || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            // On a case-insensitive file system 'Lopez.yaml' opens lopez.yaml: not an exact id.
            if (!path.toRealPath(LinkOption.NOFOLLOW_LINKS).getFileName().toString().equals(id + SUFFIX)) {
                return null;
            }
            return ContactReader.read(id, readText(path)).contact();
        } catch (YamlException | IOException e) {
            return null;
        }
    }

    /** A contact file as read for an edit: its bytes, text, model and YAML tree. */
    public record Source(Path path, byte[] bytes, String text, Contact contact, YNode.Mapping root) {
    }

    /** Reads one contact for an edit; a file that cannot be read is refused with its location. */
    public Source read(String id) {
        Path path = contactPath(id);
        try {
            if (Files.isSymbolicLink(path)) {
                throw RefnetException.data(path + ": is a symbolic link; refnet will not write through it");
            }
            requireReasonableSize(path);
            byte[] bytes = Files.readAllBytes(path);
            String text = decode(bytes);
            ContactReader.Parsed parsed = ContactReader.read(id, text);
            return new Source(path, bytes, text, parsed.contact(), parsed.root());
        } catch (YamlException e) {
            throw RefnetException.data(path + ":" + e.located() + " (refnet cannot read this file, so it will not change it: fix it by hand, then run the command again)");
        } catch (NoSuchFileException e) {
            throw RefnetException.data("no contact '" + id + "' (" + path + " does not exist)");
        } catch (IOException e) {
            throw RefnetException.data(path + ": cannot read: " + e.getMessage());
        }
    }

    /** What a change did to one file. */
    public record Change(Path file, Contact before, Contact after) {
    }

    /** Inserts a log entry in date order; only lines are added to the file. */
    public Change appendEntry(String id, LogEntry entry) {
        return edit(id, src -> TextEdit.appendEntry(src.text(), src.root(), entry), c -> withEntry(c, entry));
    }

    /** {@code c} with {@code entry} where {@link #insertionIndex} puts it: what an append is read back against. */
    private static Contact withEntry(Contact c, LogEntry entry) {
        List<LogEntry> log = new ArrayList<>(c.log());
        log.add(insertionIndex(log, entry), entry);
        return c.withLog(log);
    }

    /**
     * Inserts a referral, refusing one already logged: the same direction, client (in any case)
     * and day. The check reads the file under the network's lock, in the same edit as the write,
     * so a referral another refnet logged meanwhile is seen and not written twice.
     */
    public Change appendReferral(String id, LogEntry entry) {
        return edit(id, src -> {
            Contact c = src.contact();
            for (LogEntry e : c.log()) {
                if (e.type() == entry.type() && e.date().equals(entry.date()) && entry.client().equalsIgnoreCase(e.client())) {
                    throw RefnetException.data(entry.type() + " of " + entry.client()
                            + (entry.type() == EntryType.REFERRAL_IN ? " from " : " to ") + c.name() + " on " + entry.date()
                            + " is already logged; nothing was written");
                }
            }
            return TextEdit.appendEntry(src.text(), src.root(), entry);
        }, c -> withEntry(c, entry));
    }

    /**
     * Inserts a log entry and sets {@code fields} to their values in one edit (one file
     * replaced, one commit): {@code log CONTACT call --accepting waitlist} records the call
     * and what it learnt. Values are set first, each in place or where the key order puts it.
     */
    public Change appendEntryAndSet(String id, LogEntry entry, Map<Field<?>, Object> fields) {
        return edit(id, src -> {
            String text = src.text();
            YNode.Mapping root = src.root();
            for (Map.Entry<Field<?>, Object> f : fields.entrySet()) {
                text = setText(text, root, f.getKey(), f.getValue());
                root = ContactReader.read(id, text).root();
            }
            return TextEdit.appendEntry(text, root, entry);
        }, c -> {
            Contact.Builder b = c.toBuilder();
            fields.forEach((f, v) -> set(b, c, f, v));
            return withEntry(b.build(), entry);
        });
    }

    /**
     * Where a new entry goes in a log as written: before the first entry dated after it, else
     * at the end. In a sorted log that is date order with same-day entries in the order logged;
     * in a log a person wrote out of order, the entry still lands before the later ones.
     */
    static int insertionIndex(List<LogEntry> log, LogEntry entry) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).date().isAfter(entry.date())) {
                return i;
            }
        }
        return log.size();
    }

    /**
     * Sets the outcome of the log entry equal to {@code target}. The entry is looked for again
     * under the lock, in the file as it is now, so an entry added or edited since the caller read
     * the contact never receives the outcome meant for another.
     */
    public Change setOutcome(String id, LogEntry target, Outcome outcome) {
        int[] at = {-1};
        return edit(id, src -> {
            at[0] = indexOf(src, target, "referral", "holds that referral twice; record the outcome by hand");
            return TextEdit.setEntryValue(src.text(), src.root(), at[0], "outcome", outcome.word());
        }, c -> {
            List<LogEntry> log = new ArrayList<>(c.log());
            log.set(at[0], log.get(at[0]).withOutcome(outcome));
            return c.withLog(log);
        });
    }

    /**
     * Where {@code target} is in the file as it is now: refused when it is there twice (the
     * caller's {@code twice} says what to do) or no longer there as the caller read it.
     */
    private static int indexOf(Source src, LogEntry target, String what, String twice) {
        List<LogEntry> log = src.contact().log();
        int at = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).equals(target)) {
                if (at >= 0) {
                    throw RefnetException.data(src.path() + " " + twice);
                }
                at = i;
            }
        }
        if (at < 0) {
            throw RefnetException.data(src.path() + " changed since refnet read it and no longer holds that " + what
                    + " as it was; nothing was written. Run the command again");
        }
        return at;
    }

    /** Sets {@code snooze-until}. */
    public Change setSnooze(String id, LocalDate until) {
        return setValue(id, ContactFields.SNOOZE_UNTIL, until);
    }

    /** Sets one key of a contact to a value, in place: its line is replaced, or added before the log. */
    public <T> Change setValue(String id, Field<T> field, T value) {
        Objects.requireNonNull(value, field.key());
        return edit(id, src -> setText(src.text(), src.root(), field, value), c -> {
            Contact.Builder b = c.toBuilder();
            set(b, c, field, value);
            return b.build();
        });
    }

    /**
     * The text with {@code field} set: its line replaced, or added where the key order puts it;
     * a file with only the older key the field replaces has that line rewritten as the new key.
     */
    private static String setText(String text, YNode.Mapping root, Field<?> field, Object value) {
        String yaml = FieldYaml.value(field, value, false);
        Field<?> older = field.replaces();
        if (older != null && root.get(field.key()).isEmpty() && root.get(older.key()).isPresent()) {
            return TextEdit.renameTopLevel(text, root, older.key(), field.key(), yaml);
        }
        return TextEdit.setTopLevel(text, root, field.key(), yaml);
    }

    /** What {@link #setText} means for the contact: the value set, and the older key gone when it was rewritten. */
    private static void set(Contact.Builder b, Contact before, Field<?> field, Object value) {
        Field<?> older = field.replaces();
        if (older != null && before.get(field) == null && !older.isFallback(before.get(older))) {
            b.set(older, null);
        }
        b.set(field, value);
    }

    /** One change that {@code refnet set} makes to a contact's key. */
    public record Assignment(Field<?> field, Op op, Object value) {
        /** Set a value (for a list: the whole list), remove the key, add an item to a list, remove one from it. */
        public enum Op { SET, UNSET, ADD, REMOVE }
    }

    /** What {@link #assign} did: the change, and whether the file was written (not when it already said so). */
    public record Assigned(Change change, boolean written) {
    }

    /**
     * Makes every assignment to one contact in one edit, each in place: a value replaced (its own
     * lines only), a key added where the key order of docs/format.md#section-1-2 puts it or removed with its lines, a list
     * item added after the last or removed with its comma or line. Setting a whole list removes
     * and adds items, so the kept ones stay with their comments. Items are compared ignoring
     * case. The result is read back against the contact with the new values before it is written.
     */
    public Assigned assign(String id, List<Assignment> assignments) {
        boolean[] changed = {false};
        Change change = edit(id, src -> {
            String text = src.text();
            for (Assignment a : assignments) {
                for (Assignment step : steps(a, ContactReader.read(id, text).contact())) {
                    text = applyStep(src.path(), id, text, step);
                }
            }
            changed[0] = !text.equals(src.text());
            return text;
        }, c -> {
            Contact out = c;
            for (Assignment a : assignments) {
                for (Assignment step : steps(a, out)) {
                    out = expected(out, step);
                }
            }
            return out;
        });
        return new Assigned(change, changed[0]);
    }

    /** A list's SET as the removals and additions it takes; other assignments as they are. */
    private static List<Assignment> steps(Assignment a, Contact c) {
        if (a.field().kind() != Field.Kind.TEXT_LIST || a.op() != Assignment.Op.SET) {
            return List.of(a);
        }
        List<String> want = items(a.value());
        List<String> have = items(c.get(a.field()));
        List<Assignment> out = new ArrayList<>();
        for (String h : have) {
            if (indexIgnoringCase(want, h) < 0) {
                out.add(new Assignment(a.field(), Assignment.Op.REMOVE, h));
            }
        }
        for (String w : want) {
            out.add(new Assignment(a.field(), Assignment.Op.ADD, w));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    /** Where {@code item} is in {@code list}, compared ignoring case; -1 when it is not. */
    public static int indexIgnoringCase(List<String> list, String item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equalsIgnoreCase(item)) {
                return i;
            }
        }
        return -1;
    }

    private static String applyStep(Path path, String id, String text, Assignment a) {
        ContactReader.Parsed parsed = ContactReader.read(id, text);
        YNode.Mapping root = parsed.root();
        Field<?> field = a.field();
        String key = field.key();
        YNode.Entry present = root.entry(key).orElse(null);
        Object now = parsed.contact().get(field);
        return switch (a.op()) {
            case SET -> {
                if (Objects.equals(now, a.value()) && (present != null || field.isFallback(a.value()))) {
                    yield text; // already so
                }
                boolean oneLine = present != null && present.value() instanceof YNode.Scalar s
                        && s.style() != YNode.Style.LITERAL && s.style() != YNode.Style.FOLDED
                        && s.start().line() == s.end().line();
                boolean block = field.kind() == Field.Kind.TEXT && field.block() && YamlText.wantsBlock((String) a.value());
                if ((present == null || oneLine) && !block) {
                    yield TextEdit.setTopLevel(text, root, key, FieldYaml.value(field, a.value(), false));
                }
                yield TextEdit.replaceTopLevel(text, root, key, nl -> FieldYaml.line(field, a.value(), 0, nl));
            }
            case UNSET -> TextEdit.removeTopLevel(text, root, key);
            case ADD -> indexIgnoringCase(items(now), (String) a.value()) >= 0 ? text
                    : TextEdit.addListItem(text, root, key, YamlText.flowScalar((String) a.value()), YamlText.scalar((String) a.value()));
            case REMOVE -> {
                int at = indexIgnoringCase(items(now), (String) a.value());
                if (at < 0) {
                    throw RefnetException.data(path + ": '" + key + "' has no '" + a.value() + "' (the file changed since refnet read it);"
                            + " nothing was written. Run the command again");
                }
                yield TextEdit.removeListItem(text, root, key, at);
            }
        };
    }

    private static Contact expected(Contact c, Assignment a) {
        return switch (a.op()) {
            case SET -> c.toBuilder().set(a.field(), a.value()).build();
            case UNSET -> c.toBuilder().set(a.field(), null).build();
            case ADD, REMOVE -> {
                List<String> list = new ArrayList<>(items(c.get(a.field())));
                int at = indexIgnoringCase(list, (String) a.value());
                if (a.op() == Assignment.Op.ADD && at < 0) {
                    list.add((String) a.value());
                } else if (a.op() == Assignment.Op.REMOVE && at >= 0) {
                    list.remove(at);
                }
                yield c.toBuilder().set(a.field(), List.copyOf(list)).build();
            }
        };
    }

    /** Sets {@code status}, in place when the file has it, else where the key order of docs/format.md#section-1-2 puts it. */
    public Change setStatus(String id, Status status) {
        return setValue(id, ContactFields.STATUS, status);
    }

    /** Sets {@code name}; the id (the file's name) stays. */
    public Change setName(String id, String name) {
        return setValue(id, ContactFields.NAME, name);
    }

    /**
     * Removes the log entry equal to {@code target}, looked for again under the lock in the file
     * as it is now (as {@link #setOutcome} does).
     */
    public Change removeEntry(String id, LogEntry target) {
        int[] at = {-1};
        return edit(id, src -> {
            at[0] = indexOf(src, target, "entry", "holds that entry twice, word for word; remove one by hand");
            return TextEdit.removeEntry(src.text(), src.root(), at[0]);
        }, c -> {
            List<LogEntry> log = new ArrayList<>(c.log());
            log.remove(at[0]);
            return c.withLog(log);
        });
    }

    /**
     * Deletes a contact's file, under the lock, provided it still holds exactly the bytes of
     * {@code src} (a file changed since it was shown to the user is left alone).
     */
    public Path remove(Source src) {
        try (NetworkLock lock = NetworkLock.acquire(dir)) {
            byte[] now = Files.readAllBytes(src.path());
            if (!Arrays.equals(now, src.bytes())) {
                throw RefnetException.data(src.path() + " changed on disk since refnet read it; nothing was removed."
                        + " Run the command again");
            }
            Files.delete(src.path());
            AtomicFiles.syncDirectory(src.path().toAbsolutePath().getParent());
            return src.path();
        } catch (NoSuchFileException e) {
            throw RefnetException.data(src.path() + " is already gone");
        } catch (IOException e) {
            throw RefnetException.data(src.path() + ": cannot remove: " + AtomicFiles.why(e));
        }
    }

    /** What a rename did: the file before and after (the same path when the id stayed). */
    public record Renamed(Path from, Path to, Contact before, Contact after) {
    }

    /**
     * Gives a contact a new name and a new id, that is a new file name: the file is moved (with
     * {@code git mv} when {@code git} is given, so that the move is staged), then its name is
     * changed in place. An id that is taken is refused; the edited text is read back under the
     * new id before it replaces anything.
     */
    public Renamed renameWithId(String id, String newName, String newId, Git git) {
        try (NetworkLock lock = NetworkLock.acquire(dir)) {
            Source src = read(id);
            Path to = contactPath(newId);
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) || takenIds().stream().anyMatch(t -> t.equalsIgnoreCase(newId))) {
                throw RefnetException.data("the id '" + newId + "' is taken (" + contactsDir().resolve(newId + SUFFIX)
                        + "); choose another with --id ID, or rename without --id to keep the file name");
            }
            String text = TextEdit.setTopLevel(src.text(), src.root(), ContactFields.NAME.key(),
                    FieldYaml.value(ContactFields.NAME, newName, false));
            Contact want = src.contact().with(ContactFields.NAME, newName).withId(newId);
            Contact after;
            try {
                after = ContactReader.read(newId, text).contact();
            } catch (YamlException e) {
                throw RefnetException.data(src.path() + ": refnet could not edit this file safely (" + e.getMessage()
                        + "); nothing was written");
            }
            if (!after.equals(want)) {
                throw RefnetException.data(src.path() + ": refnet could not edit this file safely; nothing was written."
                        + " Change the name by hand, or report this file's layout as a bug");
            }
            byte[] bytes = encode(text);
            try {
                if (!Arrays.equals(Files.readAllBytes(src.path()), src.bytes())) {
                    throw RefnetException.data(src.path() + " changed on disk while refnet was writing it; nothing was written."
                            + " Run the command again");
                }
                if (git != null) {
                    git.move(src.path(), to);
                } else {
                    Files.move(src.path(), to);
                }
            } catch (IOException e) {
                throw RefnetException.data(src.path() + ": cannot move to " + to + ": " + AtomicFiles.why(e));
            }
            try {
                AtomicFiles.write(to, bytes);
            } catch (IOException e) {
                try {
                    if (git != null) {
                        git.move(to, src.path());
                    } else {
                        Files.move(to, src.path());
                    }
                } catch (IOException back) {
                    throw RefnetException.data(to + ": cannot write: " + AtomicFiles.why(e) + "; the file was moved but not"
                            + " changed: move it back to " + src.path());
                }
                throw RefnetException.data(to + ": cannot write: " + AtomicFiles.why(e) + "; nothing was changed");
            }
            AtomicFiles.syncDirectory(contactsDir());
            return new Renamed(src.path(), to, src.contact(), after);
        }
    }

    /** What a merge of two contacts did: the file kept (before and after) and the file removed. */
    public record Merged(Path kept, Path removed, Contact before, Contact after) {
    }

    /**
     * Makes one contact of two, under the lock: {@code keep}'s text with {@code other}'s log
     * entries united into it ({@code logs}, given both texts, returns keep's text with the
     * entries it lacks inserted), the keys of {@code other} that refnet does not know and keep
     * lacks copied in as written, and {@code assignments} made in place. The result is read back
     * and must hold keep's values with those changes and every entry of both logs; then keep's
     * file is replaced and other's removed. Both files must still hold the bytes they were read
     * with.
     */
    public Merged merge(Source keep, Source other, java.util.function.BinaryOperator<String> logs,
            List<Assignment> assignments, List<String> otherKeys) {
        try (NetworkLock lock = NetworkLock.acquire(dir)) {
            for (Source s : List.of(keep, other)) {
                try {
                    if (!Arrays.equals(Files.readAllBytes(s.path()), s.bytes())) {
                        throw RefnetException.data(s.path() + " changed on disk since refnet read it; nothing was written."
                                + " Run the command again");
                    }
                } catch (IOException e) {
                    throw RefnetException.data(s.path() + ": cannot read: " + AtomicFiles.why(e));
                }
            }
            String id = keep.contact().id();
            String united;
            try {
                united = logs.apply(keep.text(), other.text());
            } catch (RuntimeException e) {
                throw RefnetException.data(keep.path() + ": refnet could not unite the two logs (" + e.getMessage()
                        + "); nothing was written");
            }
            String text = united;
            Contact want;
            try {
                Contact base = ContactReader.read(id, united).contact();
                java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>(base.extra());
                for (String key : otherKeys) {
                    text = TextEdit.insertBeforeLog(text, ContactReader.read(id, text).root(),
                            TextEdit.topLevelLines(other.text(), other.root(), key));
                    extra.put(key, other.contact().extra().get(key));
                }
                want = base.toBuilder().extra(extra).build();
                for (Assignment a : assignments) {
                    for (Assignment step : steps(a, ContactReader.read(id, text).contact())) {
                        text = applyStep(keep.path(), id, text, step);
                    }
                    for (Assignment step : steps(a, want)) {
                        want = expected(want, step);
                    }
                }
            } catch (YamlException e) {
                throw RefnetException.data(keep.path() + ":" + e.located());
            }
            Contact after;
            try {
                after = ContactReader.read(id, text).contact();
            } catch (YamlException e) {
                throw RefnetException.data(keep.path() + ": refnet could not edit this file safely (" + e.getMessage()
                        + "); nothing was written");
            }
            if (!after.equals(want) || !holdsBothLogs(after.log(), keep.contact().log(), other.contact().log())) {
                throw RefnetException.data(keep.path() + ": refnet could not merge into this file safely; nothing was"
                        + " written. Copy " + other.path() + "'s entries in by hand, or report this file's layout as a bug");
            }
            writeIfUnchanged(keep.path(), keep.bytes(), encode(text));
            try {
                Files.delete(other.path());
                AtomicFiles.syncDirectory(contactsDir());
            } catch (IOException e) {
                throw RefnetException.data(other.path() + ": cannot remove: " + AtomicFiles.why(e) + "; " + keep.path()
                        + " holds both contacts now: remove " + other.path() + " by hand");
            }
            return new Merged(keep.path(), other.path(), keep.contact(), after);
        }
    }

    /** Whether {@code log} holds each entry as often as the more of {@code a} and {@code b} does, and nothing else. */
    private static boolean holdsBothLogs(List<LogEntry> log, List<LogEntry> a, List<LogEntry> b) {
        java.util.Map<LogEntry, Integer> want = new java.util.HashMap<>();
        java.util.Map<LogEntry, Integer> ca = new java.util.HashMap<>();
        a.forEach(e -> ca.merge(e, 1, Integer::sum));
        java.util.Map<LogEntry, Integer> cb = new java.util.HashMap<>();
        b.forEach(e -> cb.merge(e, 1, Integer::sum));
        ca.forEach((e, n) -> want.merge(e, n, Math::max));
        cb.forEach((e, n) -> want.merge(e, n, Math::max));
        java.util.Map<LogEntry, Integer> got = new java.util.HashMap<>();
        log.forEach(e -> got.merge(e, 1, Integer::sum));
        return got.equals(want);
    }

    /** A file as it was before a person edited a copy of it: its bytes, or null when it did not exist. */
    public record Original(Path path, byte[] bytes) {
        /** Whether this is the network's settings, refnet.yaml, rather than a contact. */
        boolean isConfig() {
            return path.getFileName().toString().equals(CONFIG_FILE) && !path.toAbsolutePath().normalize().getParent()
                    .getFileName().toString().equals(CONTACTS);
        }
    }

    /**
     * The bytes of a contact's file as they are, readable or not (editing it is how a person fixes
     * a file refnet cannot read); null when there is no such file.
     */
    public Original original(String id) {
        Path path = contactPath(id);
        NetworkLayout.require(dir);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(path)) {
                throw RefnetException.data(path + ": is a symbolic link; refnet will not write through it");
            }
            return null;
        }
        return new Original(path, readForEdit(path));
    }

    /** refnet.yaml's bytes as they are (null bytes when there is none yet). */
    public Original originalConfig() {
        Path path = configFile();
        NetworkLayout.require(dir);
        return new Original(path, Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? readForEdit(path) : null);
    }

    private static byte[] readForEdit(Path path) {
        try {
            requireReasonableSize(path);
            return Files.readAllBytes(path);
        } catch (YamlException e) {
            throw RefnetException.data(path + ":" + e.located());
        } catch (IOException e) {
            throw RefnetException.data(path + ": cannot read: " + AtomicFiles.why(e));
        }
    }

    /**
     * What is wrong with {@code bytes} as the file of {@code original} (a contact under its id, or
     * the settings), read as every command reads it: the located problem, or null when none.
     */
    public static String problemIn(Original original, byte[] bytes) {
        try {
            if (bytes.length > 4L * YamlReader.MAX_CHARS) {
                requireReasonableSize(bytes.length);
            }
            String text = decode(bytes);
            if (original.isConfig()) {
                ConfigReader.read(text);
            } else {
                ContactReader.read(idOf(original.path()), text);
            }
            return null;
        } catch (YamlException e) {
            return e.located();
        }
    }

    /**
     * Replaces a whole file with what a person wrote in an editor: under the lock, only when the
     * file still holds the bytes they started from and the new bytes read cleanly, and read back
     * after the write. A file changed meanwhile is refused with {@link ChangedMeanwhile}.
     */
    public Path replace(Original original, byte[] edited) {
        String problem = problemIn(original, edited);
        if (problem != null) {
            throw RefnetException.data(original.path() + ":" + problem + "; nothing was written");
        }
        Path path = original.path();
        try (NetworkLock lock = NetworkLock.acquire(dir)) {
            if (Files.isSymbolicLink(path)) {
                throw RefnetException.data(path + ": is a symbolic link; refnet will not write through it");
            }
            byte[] now = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(path) : null;
            if (!Arrays.equals(now, original.bytes())) {
                throw new ChangedMeanwhile(path);
            }
            if (original.isConfig()) {
                AtomicFiles.createPrivateDirectories(dir);
            }
            AtomicFiles.write(path, edited);
            if (!Arrays.equals(Files.readAllBytes(path), edited)) {
                throw RefnetException.data(path + ": reads back differently from what refnet wrote; check it by hand");
            }
            return path;
        } catch (IOException e) {
            throw RefnetException.data(path + ": cannot write: " + AtomicFiles.why(e));
        }
    }

    /** The file changed on disk after a person began editing a copy of it. */
    public static final class ChangedMeanwhile extends RefnetException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile(Path path) {
            super(DATA, path + " changed on disk while you edited it (by hand, another refnet or git); nothing was written");
        }
    }

    /**
     * The one way refnet changes an existing contact: under the lock, read it, make the new text,
     * read that back and check it holds exactly the expected contact, make sure nobody saved the
     * file meanwhile, then replace it atomically.
     */
    public Change edit(String id, Function<Source, String> newText, UnaryOperator<Contact> expected) {
        try (NetworkLock lock = NetworkLock.acquire(dir)) {
            Source src = read(id);
            String text;
            try {
                text = newText.apply(src);
            } catch (YamlException e) {
                throw RefnetException.data(src.path() + ":" + e.located());
            }
            Contact after;
            try {
                after = ContactReader.read(id, text).contact();
            } catch (YamlException e) {
                throw RefnetException.data(src.path() + ": refnet could not edit this file safely (" + e.getMessage()
                        + "); nothing was written");
            }
            Contact want = expected.apply(src.contact());
            if (!after.equals(want)) {
                throw RefnetException.data(src.path() + ": refnet could not edit this file safely; nothing was written."
                        + " Add the entry by hand, or report this file's layout as a bug");
            }
            if (!text.equals(src.text())) {
                writeIfUnchanged(src.path(), src.bytes(), encode(text));
            }
            return new Change(src.path(), src.contact(), after);
        }
    }

    /** Writes a new contact file under the wanted id, or the next free one ({@code -2}, {@code -3}, …). */
    public Change create(Contact wanted) {
        try (NetworkLock lock = NetworkLock.acquire(dir)) {
            AtomicFiles.createPrivateDirectories(contactsDir());
            // The id is made unique under the lock: two add-contacts of one name at once get
            // amy-ng and amy-ng-2 (docs/format.md#section-1-2), not one failure.
            Contact contact = wanted.withId(Ids.unique(wanted.id(), takenIds()));
            Path path = contactPath(contact.id());
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw RefnetException.data(path + " already exists");
            }
            String text = ContactWriter.write(contact);
            Contact back = ContactReader.read(contact.id(), text).contact();
            if (!back.equals(contact)) {
                throw RefnetException.data("refnet could not write this contact faithfully; nothing was written");
            }
            AtomicFiles.write(path, encode(text));
            return new Change(path, null, back);
        } catch (IOException e) {
            throw RefnetException.data("cannot write to " + contactsDir() + ": " + AtomicFiles.why(e));
        }
    }

    /** The ids in use, for making a new one. */
    public Set<String> takenIds() {
        Set<String> ids = new HashSet<>();
        for (Path p : contactFiles()) {
            ids.add(idOf(p));
        }
        return ids;
    }

    private static void writeIfUnchanged(Path path, byte[] old, byte[] bytes) {
        try {
            byte[] now = Files.readAllBytes(path);
            if (!Arrays.equals(now, old)) {
                throw RefnetException.data(path + " changed on disk while refnet was writing it; nothing was written."
                        + " Run the command again");
            }
            AtomicFiles.write(path, bytes);
        } catch (IOException e) {
            throw RefnetException.data(path + ": cannot write: " + AtomicFiles.why(e));
        }
    }

    /** Reads a file's text, refusing one too large to be refnet's before reading it into memory. */
    static String readText(Path file) throws IOException {
        requireReasonableSize(file);
        return decode(Files.readAllBytes(file));
    }

    private static void requireReasonableSize(Path file) throws IOException {
        requireReasonableSize(Files.size(file));
    }

    private static void requireReasonableSize(long bytes) {
        // A character takes at most 4 bytes in UTF-8; YamlReader counts the characters exactly.
        if (bytes > 4L * YamlReader.MAX_CHARS) {
            throw new YamlException(1, 1, "file is larger than " + (YamlReader.MAX_CHARS >> 10)
                    + " KiB; a contact file is never that big");
        }
    }

    /** Strict UTF-8: a file that is not text is reported, not guessed at, where its first bad byte is. */
    public static String decode(byte[] bytes) {
        // The JDK's own UTF-8 constructor is the fast road (ASCII is copied as is); it replaces
        // what is not UTF-8 with U+FFFD, so only a text holding one takes the strict, slow road,
        // which tells a real U+FFFD from a bad byte and says where the bad byte is.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
            String before = out.flip().toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = 1 + before.codePointCount(lineStart, before.length())
                    - (line == 1 && before.startsWith("\uFEFF") ? 1 : 0);
            throw new YamlException(line, column, String.format("not UTF-8 text (byte 0x%02X); save the file as UTF-8",
                    bytes[in.position()] & 0xff));
        }
    }

    static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
