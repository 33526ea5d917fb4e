package dev.refnet.startup.load;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.model.NetworkConfig;
import dev.refnet.store.AtomicFiles;
import dev.refnet.store.ContactCache;
import dev.refnet.store.NetworkStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The cache of parsed contacts as a file outside the network ({@code $XDG_CACHE_HOME/refnet/}),
 * one per contacts folder: anything missing, corrupt or written by another build is ignored and
 * the cache is silently rebuilt. Which entries still hold is the store's rule ({@link ContactCache}).
 *
 * <p>The format is a versioned header, the entries written field by field with
 * big-endian numbers and varints, and a CRC-32 of everything before it; no Java serialization.
 */
public final class FileContactCache implements ContactCache {

    /** Bump when the model or the encoding changes: an old cache is then simply rebuilt. */
    static final int FORMAT = 4;
    private static final int MAGIC = 0x52464e43; // "RFNC"

    private final Path dir;

    private FileContactCache(Path dir) {
        this.dir = dir;
    }

    /** A cache kept in {@code dir} (made 0700 on first write). */
    public static FileContactCache in(Path dir) {
        return new FileContactCache(dir);
    }

    /**
     * Where the environment says the cache lives: {@code $XDG_CACHE_HOME/refnet}, else
     * {@code ~/.cache/refnet}; null (no cache) when {@code REFNET_NO_CACHE} is set to anything
     * but {@code 0} or there is no home folder to put it in.
     */
    public static FileContactCache fromEnvironment(Map<String, String> env) {
        String off = env.get("REFNET_NO_CACHE");
        if (off != null && !off.isEmpty() && !off.equals("0")) {
            return null;
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return in(Path.of(xdg, "refnet"));
        }
        String home = env.get("HOME");
        if (home != null && !home.isEmpty() && Path.of(home).isAbsolute()) {
            return in(Path.of(home, ".cache", "refnet"));
        }
        return null;
    }

    public Path dir() {
        return dir;
    }

    /** The cache file of one contacts folder: one per network, named by a digest of its path. */
    Path fileFor(Path contactsDir) {
        return dir.resolve("contacts-" + digest(where(contactsDir)) + ".bin");
    }

    private static String where(Path contactsDir) {
        return contactsDir.toAbsolutePath().normalize().toString();
    }

    /** What this build cached for a contacts folder; empty when there is nothing usable. */
    @Override
    public Snapshot read(Path contactsDir) {
        Path file = fileFor(contactsDir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) { // none yet, or not ours to read: rebuilt at the end of this run
            return Snapshot.EMPTY;
        }
        try {
            return decode(bytes, where(contactsDir));
        } catch (RuntimeException e) {
            // Corrupt, truncated or from another build: rebuilt at the end of this run.
            return Snapshot.EMPTY;
        }
    }

    /** Replaces the cache of a contacts folder atomically; a cache that cannot be written is skipped. */
    @Override
    public void write(Path contactsDir, Snapshot snapshot) {
        try {
            AtomicFiles.createPrivateDirectories(dir);
            if (AtomicFiles.POSIX) {
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (IOException e) {
                    // Not ours to change; the file itself is still 0600.
                }
            }
            byte[] bytes = encode(snapshot, where(contactsDir));
            Path target = fileFor(contactsDir);
            Path tmp = AtomicFiles.createTemp(dir, ".contacts");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // A cache is an optimisation: a read-only or full disk must not fail the command.
        }
    }

    // ---- encoding ----
    //
    // magic, FORMAT, BUILD, folder, string table (every distinct string once), entry count,
    // entries (numbers as varints, strings as indices into the table), CRC-32 of all before it.
    // The table keeps the file small and the read fast: a network repeats its clinicians,
    // reasons and notes thousands of times.

    public static byte[] encode(Map<String, Entry> entries, String where) {
        return encode(Snapshot.of(entries), where);
    }

    static byte[] encode(Snapshot snapshot, String where) {
        Out body = new Out();
        body.varint(snapshot.contacts().size());
        for (Map.Entry<String, Entry> e : snapshot.contacts().entrySet()) {
            body.ref(e.getKey());
            key(body, e.getValue().key());
            contact(body, e.getValue().contact());
        }
        if (snapshot.configKey() == null) {
            body.varint(0);
        } else {
            body.varint(1);
            key(body, snapshot.configKey());
            config(body, snapshot.config());
        }
        Bytes out = new Bytes(body.data.size + body.strings.size() * 16 + 256);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        raw(out, BUILD);
        raw(out, where);
        out.writeInt(body.strings.size());
        for (String t : body.strings) {
            raw(out, t);
        }
        out.write(body.data.array, body.data.size);
        CRC32 crc = new CRC32();
        crc.update(out.array, 0, out.size);
        out.writeLong(crc.getValue());
        return Arrays.copyOf(out.array, out.size);
    }

    public static Snapshot decode(byte[] bytes, String where) {
        if (bytes.length < 16) {
            throw new IllegalArgumentException("too short");
        }
        In in = new In(bytes, bytes.length - 8);
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !BUILD.equals(in.raw()) || !where.equals(in.raw())) {
            return Snapshot.EMPTY;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (new In(bytes, bytes.length).at(bytes.length - 8).readLong() != crc.getValue()) {
            throw new IllegalArgumentException("checksum");
        }
        int strings = in.readInt();
        in.need(strings * 4L);
        String[] table = new String[strings];
        for (int i = 0; i < strings; i++) {
            table[i] = in.raw();
        }
        in.table = table;
        int n = in.varint();
        in.need(n); // a count the file cannot hold is corruption, not a table to allocate
        Map<String, Entry> entries = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            String name = in.ref();
            Key key = key(in);
            entries.put(name, new Entry(key, contact(in, idOfName(name))));
        }
        Key configKey = null;
        NetworkConfig config = null;
        if (in.varint() != 0) {
            configKey = key(in);
            config = config(in);
        }
        if (in.pos != bytes.length - 8) {
            throw new IllegalArgumentException("trailing bytes");
        }
        return new Snapshot(entries, configKey, config);
    }

    private static void key(Out out, Key k) {
        out.varlong(k.size());
        out.data.writeLong(k.mtimeNanos());
        out.ref(k.fileKey());
    }

    private static Key key(In in) {
        return new Key(in.varlong(), in.readLong(), Objects.requireNonNull(in.ref()));
    }

    private static void config(Out out, NetworkConfig c) {
        out.ref(c.practice());
        out.refs(c.clinicians());
        for (Category category : CATEGORIES) {
            cadence(out, c.followUp().get(category));
        }
        cadence(out, c.thankYouWithin());
        cadence(out, c.outcomeWithin());
        cadence(out, c.lookback());
        cadence(out, c.dormantAfter());
        out.varint(c.autoCommit() ? 1 : 0);
        out.refs(c.specialties());
        out.ref(c.clientCode());
        cadence(out, c.availabilityWithin());
    }

    private static NetworkConfig config(In in) {
        String practice = in.ref();
        List<String> clinicians = in.refs();
        Map<Category, Cadence> followUp = new java.util.EnumMap<>(Category.class);
        for (Category category : CATEGORIES) {
            followUp.put(category, Objects.requireNonNull(cadence(in)));
        }
        return new NetworkConfig(practice, clinicians, followUp, cadence(in), cadence(in), cadence(in), cadence(in),
                in.varint() == 1, in.refs(), in.ref(), cadence(in));
    }

    private static void cadence(Out out, Cadence c) {
        if (c == null) {
            out.varint(0);
            return;
        }
        out.varint(1);
        out.ref(c.text());
        Period p = c.period();
        out.data.writeInt(p.getYears());
        out.data.writeInt(p.getMonths());
        out.data.writeInt(p.getDays());
    }

    private static Cadence cadence(In in) {
        if (in.varint() == 0) {
            return null;
        }
        String text = Objects.requireNonNull(in.ref());
        return new Cadence(text, Period.of(in.readInt(), in.readInt(), in.readInt()));
    }

    private static String idOfName(String fileName) {
        return fileName.substring(0, fileName.length() - NetworkStore.SUFFIX.length());
    }

    private static void contact(Out out, Contact c) {
        for (Field<?> f : ContactFields.ALL) {
            value(out, f, c.get(f));
        }
        out.varint(c.log().size());
        List<Field<?>> keys = EntryFields.ALL;
        for (LogEntry e : c.log()) {
            for (int i = 0; i < keys.size(); i++) { // by index: no iterator per entry
                value(out, keys.get(i), e.get(keys.get(i)));
            }
            out.map(e.extra());
        }
        out.map(c.extra());
    }

    private static final Category[] CATEGORIES = Category.values();

    private static Contact contact(In in, String id) {
        Contact.Builder c = Contact.builder(id);
        List<Field<?>> contactKeys = ContactFields.ALL;
        for (int k = 0; k < contactKeys.size(); k++) {
            c.set(contactKeys.get(k), value(in, contactKeys.get(k)));
        }
        int n = in.varint();
        in.need(n);
        List<LogEntry> log = new ArrayList<>(n);
        LogEntry.Builder e = LogEntry.builder();
        List<Field<?>> keys = EntryFields.ALL;
        for (int i = 0; i < n; i++) {
            e.clear();
            for (int k = 0; k < keys.size(); k++) { // by index: no iterator per entry
                e.set(keys.get(k), value(in, keys.get(k)));
            }
            log.add(e.extra(in.map()).build());
        }
        return c.log(log).extra(in.map()).build();
    }

    /** One field's value, by its kind: a word by its place among the field's words. */
    private static void value(Out out, Field<?> f, Object v) {
        switch (f.kind()) {
            case TEXT -> out.ref((String) v);
            case TEXT_LIST -> out.refs(castList(v));
            case WORD -> out.varint(v == null ? 0 : ((Enum<?>) v).ordinal() + 1); // words() is in ordinal order
            case DATE -> out.date((LocalDate) v);
            case CADENCE -> cadence(out, (Cadence) v);
            case BOOLEAN -> out.varint(v == null ? 0 : (Boolean) v ? 1 : 2);
        }
    }

    private static Object value(In in, Field<?> f) {
        return switch (f.kind()) {
            case TEXT -> in.ref();
            case TEXT_LIST -> in.refs();
            case WORD -> {
                int w = in.varint();
                yield w == 0 ? null : f.words().get(w - 1);
            }
            case DATE -> in.date();
            case CADENCE -> cadence(in);
            case BOOLEAN -> {
                int b = in.varint();
                yield b == 0 ? null : b == 1;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object v) {
        return (List<String>) v;
    }

    /** A string outside the table: UTF-8 bytes after their length. */
    private static void raw(Bytes out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b, b.length);
    }

    /**
     * A growable array written big-endian, as DataOutputStream over a ByteArrayOutputStream
     * would, without a synchronized call for every byte.
     */
    private static final class Bytes {
        byte[] array;
        int size;

        Bytes(int capacity) {
            array = new byte[Math.max(16, capacity)];
        }

        private void room(int more) {
            if (size + more > array.length) {
                array = Arrays.copyOf(array, Math.max(array.length * 2, size + more));
            }
        }

        void writeByte(int b) {
            room(1);
            array[size++] = (byte) b;
        }

        void writeInt(int v) {
            room(4);
            array[size++] = (byte) (v >>> 24);
            array[size++] = (byte) (v >>> 16);
            array[size++] = (byte) (v >>> 8);
            array[size++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void write(byte[] b, int length) {
            room(length);
            System.arraycopy(b, 0, array, size, length);
            size += length;
        }
    }

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LIST = 2;
    private static final int MAP = 3;

    /** The body being written, with its table of strings in first-use order. */
    private static final class Out {
        final Bytes data = new Bytes(1 << 16);
        /** Each distinct string's index, and the strings in index order. */
        final Map<String, Integer> table = new HashMap<>();
        final List<String> strings = new ArrayList<>();

        void varint(int v) {
            varlong(v & 0xffffffffL);
        }

        void varlong(long v) {
            while ((v & ~0x7fL) != 0) {
                data.writeByte((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            data.writeByte((int) v);
        }

        /** 0 for null, else 1 + the string's index in the table. */
        void ref(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer i = table.get(s);
            if (i == null) {
                i = strings.size();
                table.put(s, i);
                strings.add(s);
            }
            varint(i + 1);
        }

        void refs(List<String> list) {
            varint(list.size());
            for (String s : list) {
                ref(s);
            }
        }

        /** 0 for null, else the zigzag-coded day since 1970, plus one. */
        void date(LocalDate d) {
            if (d == null) {
                varlong(0);
            } else {
                long day = d.toEpochDay();
                varlong(((day << 1) ^ (day >> 63)) + 1);
            }
        }

        /** The plain values of unknown keys (see {@link YNodePlain}): null, String, List, Map. */
        void value(Object v) {
            if (v == null) {
                varint(NULL);
            } else if (v instanceof String s) {
                varint(STRING);
                ref(s);
            } else if (v instanceof List<?> list) {
                varint(LIST);
                varint(list.size());
                for (Object o : list) {
                    value(o);
                }
            } else if (v instanceof Map<?, ?> m) {
                varint(MAP);
                map(m);
            } else {
                throw new IllegalArgumentException("cannot cache a " + v.getClass().getName());
            }
        }

        void map(Map<?, ?> m) {
            varint(m.size());
            if (m.isEmpty()) {
                return; // most entries have no unknown keys: no iterator for them
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                ref((String) e.getKey());
                value(e.getValue());
            }
        }
    }

    /** Reads what {@link Out} wrote; any inconsistency throws and the cache is dropped. */
    private static final class In {
        private final byte[] b;
        private final int end;
        private int pos;
        private String[] table = new String[0];

        In(byte[] b, int end) {
            this.b = b;
            this.end = end;
        }

        In at(int p) {
            pos = p;
            return this;
        }

        void need(long n) {
            if (n < 0 || pos + n > end) {
                throw new IllegalArgumentException("truncated");
            }
        }

        int readInt() {
            need(4);
            int v = ((b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long readLong() {
            long hi = readInt() & 0xffffffffL;
            long lo = readInt() & 0xffffffffL;
            return (hi << 32) | lo;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                need(1);
                int x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("bad number");
        }

        int varint() {
            long v = varlong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("bad count");
            }
            return (int) v;
        }

        String raw() {
            int n = readInt();
            need(n);
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        String ref() {
            int i = varint();
            return i == 0 ? null : table[i - 1];
        }

        List<String> refs() {
            int n = varint();
            need(n);
            String[] a = new String[n];
            for (int i = 0; i < n; i++) {
                a[i] = Objects.requireNonNull(ref());
            }
            return List.of(a);
        }

        LocalDate date() {
            long z = varlong();
            if (z == 0) {
                return null;
            }
            z -= 1;
            return dev.refnet.model.IsoDate.ofEpochDay((z >>> 1) ^ -(z & 1));
        }

        Object value() {
            int tag = varint();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return ref();
                case LIST: {
                    int n = varint();
                    need(n);
                    enter();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    depth--;
                    return list;
                }
                case MAP:
                    return map();
                default:
                    throw new IllegalArgumentException("bad value tag " + tag);
            }
        }

        /**
         * Values nest no deeper than YAML the reader accepts; a deeper one is corruption, refused
         * before it could overflow the stack (an Error, which the reader's catch would not see).
         */
        private int depth;

        private void enter() {
            if (++depth > 4 * dev.refnet.yaml.YamlReader.MAX_DEPTH) {
                throw new IllegalArgumentException("nested too deep");
            }
        }

        Map<String, Object> map() {
            int n = varint();
            if (n == 0) {
                return Map.of();
            }
            need(n * 2L);
            enter();
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = Objects.requireNonNull(ref());
                m.put(key, value());
            }
            depth--;
            return m;
        }
    }

    // ---- identity of this build ----

    /** What wrote a cache: refnet's cache format and the exact jar (or classes) that did. */
    static final String BUILD = FORMAT + ":" + codeIdentity();

    private static String codeIdentity() {
        try {
            URL url = FileContactCache.class.getProtectionDomain().getCodeSource().getLocation();
            Path where = Path.of(url.toURI());
            if (Files.isRegularFile(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return where + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
            }
            // Classes in a folder (a development build): key by the parser's class file.
            Path reader = where.resolve("dev/refnet/store/ContactReader.class");
            return where + ":" + Files.getLastModifiedTime(reader).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime(); // never matches: no cache reuse, but correct
        }
    }

    /**
     * A short name for a folder's path. Two paths that share it only share a cache file, which
     * records its folder and is ignored by the other (a rebuild, never a wrong result); a
     * checksum avoids loading the JDK's security providers at start-up for a file name.
     */
    private static String digest(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        String hex = Long.toHexString(crc.getValue() << 32 | (s.hashCode() & 0xffffffffL));
        return "0".repeat(16 - hex.length()) + hex;
    }
}
