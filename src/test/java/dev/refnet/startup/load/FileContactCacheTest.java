package dev.refnet.startup.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.store.ContactCache;
import dev.refnet.store.NetworkStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of parsed contacts never changes what {@link NetworkStore#load()} returns: after
 * every kind of change to the files, a load through the cache equals a load without one.
 */
class FileContactCacheTest {

    @TempDir
    Path tmp;

    Path net;
    Path cacheDir;
    /** An hour ago: files this old are past the racy margin, so the cache keeps them. */
    final Instant old = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void network() throws IOException {
        net = tmp.resolve("net");
        cacheDir = tmp.resolve("cache/refnet");
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "practice: Test\nclinicians: [Jordan Ellis]\n");
        for (int i = 0; i < 80; i++) { // above the parallel threshold
            write("c-" + i, contactText("Contact " + i, "coffee", "aaaa"), old.plusMillis(i));
        }
        write("odd", """
                # a comment
                name: Odd One
                category: other
                follow-up: P2M
                accepting-referrals: false
                mystery: [1, {a: b, c: [d, null]}]
                log:
                  - date: 2024-01-05
                    type: referral-in
                    client: C-1
                    outcome: seen
                    custom: {x: y}
                """, old);
    }

    private static String contactText(String name, String type, String note) {
        return "name: " + name + "\ncategory: physician\nstatus: prospect\nsince: 2024-01-01\nlog:\n"
                + "  - date: 2024-02-01\n    type: " + type + "\n    note: " + note + "\n"
                + "  - date: 2024-03-01\n    type: referral-out\n    client: C-9\n    from: Jordan Ellis\n";
    }

    private Path write(String id, String text, Instant mtime) throws IOException {
        Path p = net.resolve("contacts/" + id + ".yaml");
        Files.writeString(p, text);
        if (mtime != null) {
            Files.setLastModifiedTime(p, FileTime.from(mtime));
        }
        return p;
    }

    private NetworkStore.Loaded cached() {
        return new NetworkStore(net, FileContactCache.in(cacheDir)).load();
    }

    private NetworkStore.Loaded plain() {
        return new NetworkStore(net).load();
    }

    private void assertSameAsWithoutCache() {
        NetworkStore.Loaded viaCache = cached();
        NetworkStore.Loaded direct = plain();
        assertThat(viaCache.network()).isEqualTo(direct.network());
        assertThat(viaCache.problems()).isEqualTo(direct.problems());
        // and once more, now that the cache was rewritten by the first load
        assertThat(cached()).isEqualTo(direct);
    }

    private Map<String, ContactCache.Entry> entries() {
        return FileContactCache.in(cacheDir).read(net.resolve("contacts")).contacts();
    }

    private ContactCache.Snapshot snapshot() {
        return FileContactCache.in(cacheDir).read(net.resolve("contacts"));
    }

    @Test
    void settings_are_cached_with_their_file_and_read_again_when_it_changes() throws IOException {
        Path settings = net.resolve("refnet.yaml");
        Files.writeString(settings, "practice: Test\nclinicians: [Jordan Ellis, Priya Shah]\nfollow-up: {physician: 20d}\n");
        Files.setLastModifiedTime(settings, FileTime.from(old));
        assertThat(cached()).isEqualTo(plain());
        assertThat(snapshot().config()).isEqualTo(plain().network().config());
        assertThat(snapshot().configKey()).isNotNull();

        // Same size, same inode, the old time forged back: the cached settings are served (this
        // proves they are used at all; it is the cache's documented limit, as for contacts).
        Files.writeString(settings, "practice: Test\nclinicians: [Priya Shah, Jordan Ellis]\nfollow-up: {physician: 20d}\n");
        Files.setLastModifiedTime(settings, FileTime.from(old));
        assertThat(cached().network().config().clinicians()).containsExactly("Jordan Ellis", "Priya Shah");

        // A nanosecond later: read again, and the cache follows.
        Files.setLastModifiedTime(settings, FileTime.from(old.plusNanos(1000)));
        assertSameAsWithoutCache();
        assertThat(cached().network().config().clinicians()).containsExactly("Priya Shah", "Jordan Ellis");
        assertThat(snapshot().config().clinicians()).containsExactly("Priya Shah", "Jordan Ellis");

        // Written just now: read, not cached. Gone: the defaults, and nothing cached.
        Files.writeString(settings, "practice: Now\n");
        assertThat(cached().network().config().practice()).isEqualTo("Now");
        assertThat(snapshot().configKey()).isNull();
        Files.delete(settings);
        assertSameAsWithoutCache();
        assertThat(cached().network().config()).isEqualTo(dev.refnet.model.NetworkConfig.defaults());
        assertThat(snapshot().config()).isNull();
    }

    @Test
    void a_load_fills_the_cache_with_every_old_enough_contact() {
        assertThat(cached()).isEqualTo(plain());
        assertThat(entries()).hasSize(81).containsKey("c-0.yaml").containsKey("odd.yaml");
    }

    @Test
    void cache_serves_an_unchanged_file_without_reading_it() throws IOException {
        cached();
        // Same size, same inode, modification time put back: the key holds, so the cached
        // contact is served. This is what proves that the cache is used at all, and it is the
        // documented limit: a tool that forges the old time on the same inode is not seen.
        Path p = net.resolve("contacts/c-1.yaml");
        FileTime t = Files.getLastModifiedTime(p);
        Files.writeString(p, contactText("Contact 1", "coffee", "bbbb"));
        Files.setLastModifiedTime(p, t);
        assertThat(cached().network().byId("c-1").orElseThrow().log().get(0).note()).isEqualTo("aaaa");
        assertThat(plain().network().byId("c-1").orElseThrow().log().get(0).note()).isEqualTo("bbbb");
    }

    @Test
    void edit_with_same_size_in_the_same_second_is_seen() throws IOException {
        cached();
        Path p = net.resolve("contacts/c-2.yaml");
        // The same second as the cached version, a different nanosecond.
        Files.writeString(p, contactText("Contact 2", "coffee", "bbbb"));
        Files.setLastModifiedTime(p, FileTime.from(old.plusMillis(2).plusNanos(1000)));
        assertSameAsWithoutCache();
        assertThat(cached().network().byId("c-2").orElseThrow().log().get(0).note()).isEqualTo("bbbb");
    }

    @Test
    void files_written_just_now_are_not_cached_so_a_second_write_in_the_same_tick_is_seen() throws IOException {
        cached();
        // Real time, no forged times: write, load, rewrite with the same size at once, load.
        for (int round = 0; round < 5; round++) {
            Path p = write("c-3", contactText("Contact 3", "email", "x" + round + "yz"), null);
            NetworkStore.Loaded first = cached();
            assertThat(first.network().byId("c-3").orElseThrow().log().get(0).note()).isEqualTo("x" + round + "yz");
            assertThat(entries()).doesNotContainKey("c-3.yaml");
            Files.writeString(p, contactText("Contact 3", "email", "q" + round + "rs"));
            assertThat(cached().network().byId("c-3").orElseThrow().log().get(0).note()).isEqualTo("q" + round + "rs");
        }
        assertSameAsWithoutCache();
    }

    @Test
    void adds_deletes_renames_and_swaps_are_seen() throws IOException {
        cached();
        write("new-one", contactText("New One", "call", "nnnn"), old);
        Files.delete(net.resolve("contacts/c-4.yaml"));
        assertSameAsWithoutCache();
        Files.move(net.resolve("contacts/c-5.yaml"), net.resolve("contacts/renamed.yaml"));
        assertSameAsWithoutCache();
        assertThat(cached().network().byId("renamed").orElseThrow().name()).isEqualTo("Contact 5");
        // swap two files: names, sizes and times stay, the contents change places
        Path a = net.resolve("contacts/c-6.yaml");
        Path b = net.resolve("contacts/c-7.yaml");
        Path t = net.resolve("contacts/.swap");
        Files.move(a, t);
        Files.move(b, a);
        Files.move(t, b);
        assertSameAsWithoutCache();
        assertThat(cached().network().byId("c-6").orElseThrow().name()).isEqualTo("Contact 7");
        // a file moved over another one
        Files.move(net.resolve("contacts/c-8.yaml"), net.resolve("contacts/c-9.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertSameAsWithoutCache();
        assertThat(cached().network().byId("c-9").orElseThrow().name()).isEqualTo("Contact 8");
    }

    @Test
    void a_file_that_turns_bad_is_reported_and_not_served_from_the_cache() throws IOException {
        cached();
        write("c-10", "name: [unclosed\n", old.plusSeconds(5));
        write("c-11", "category: physician\n", old.plusSeconds(5));
        assertSameAsWithoutCache();
        assertThat(cached().problems()).hasSize(2);
        assertThat(cached().problems().get(0).path().getFileName().toString()).isEqualTo("c-10.yaml");
        // and when it is fixed again
        write("c-10", contactText("Contact 10", "coffee", "fixd"), old.plusSeconds(6));
        assertSameAsWithoutCache();
    }

    @Test
    void a_symbolic_link_is_still_refused() throws IOException {
        cached();
        Path target = tmp.resolve("outside.yaml");
        Files.writeString(target, contactText("Outside", "call", "zzzz"));
        Files.delete(net.resolve("contacts/c-12.yaml"));
        Files.createSymbolicLink(net.resolve("contacts/c-12.yaml"), target);
        assertSameAsWithoutCache();
        assertThat(cached().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("symbolic link"));
    }

    @Test
    void a_corrupt_cache_is_rebuilt_silently() throws IOException {
        cached();
        Path file = FileContactCache.in(cacheDir).fileFor(net.resolve("contacts"));
        byte[] good = Files.readAllBytes(file);
        Random random = new Random(7);
        List<byte[]> damaged = List.of(new byte[0], new byte[] {1, 2, 3},
                java.util.Arrays.copyOf(good, good.length / 2), flip(good, random), flip(good, random),
                "not a cache at all, just text that is long enough".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            assertThat(cached()).isEqualTo(plain());
            assertThat(entries()).hasSize(81);
        }
    }

    @Test
    void a_well_formed_cache_with_impossible_counts_or_nesting_is_refused_not_a_crash() {
        // A cache of one contact whose count claims a billion, with a CRC that fits: the decoder
        // must refuse it, not try to allocate a table that size (an Error no catch would see).
        dev.refnet.model.Contact one = dev.refnet.model.Contact.builder("o", "One", dev.refnet.model.Category.OTHER)
                .build();
        byte[] good = FileContactCache.encode(Map.of("o.yaml", new ContactCache.Entry(new ContactCache.Key(1, 1, "k"), one)), "/w");
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(good);
        header.position(8); // magic, format
        for (int skip = 0; skip < 2; skip++) { // the build, the folder
            header.position(header.position() + 4 + header.getInt(header.position()));
        }
        int strings = header.getInt();
        for (int i = 0; i < strings; i++) {
            header.position(header.position() + 4 + header.getInt(header.position()));
        }
        int at = header.position();
        assertThat(good[at]).isEqualTo((byte) 1); // the count of contacts
        byte[] huge = new byte[good.length + 4];
        System.arraycopy(good, 0, huge, 0, at);
        byte[] count = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x03};
        System.arraycopy(count, 0, huge, at, count.length);
        System.arraycopy(good, at + 1, huge, at + count.length, good.length - 8 - at - 1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(huge, 0, huge.length - 8);
        java.nio.ByteBuffer.wrap(huge, huge.length - 8, 8).putLong(crc.getValue());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileContactCache.decode(huge, "/w"))
                .isInstanceOf(IllegalArgumentException.class);

        // Unknown keys nested far deeper than any YAML refnet reads: refused, not a stack overflow.
        Object deep = "bottom";
        for (int i = 0; i < 200; i++) { // deeper than the cap of 64, shallow enough to encode
            deep = i % 2 == 0 ? List.of(deep) : Map.of("k", deep);
        }
        dev.refnet.model.Contact c = dev.refnet.model.Contact.builder("d", "Deep", dev.refnet.model.Category.OTHER)
                .extra(Map.of("x", deep)).build();
        byte[] bytes = FileContactCache.encode(Map.of("d.yaml", new ContactCache.Entry(new ContactCache.Key(1, 1, "k"), c)), "/w");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileContactCache.decode(bytes, "/w"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested too deep");
    }

    @Test
    void a_cache_from_another_folder_is_not_used() throws IOException {
        cached();
        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve("contacts"));
        Files.copy(net.resolve("refnet.yaml"), other.resolve("refnet.yaml"));
        // the other folder's cache file holding this folder's entries (as a digest collision would)
        Path mine = FileContactCache.in(cacheDir).fileFor(net.resolve("contacts"));
        Files.copy(mine, FileContactCache.in(cacheDir).fileFor(other.resolve("contacts")));
        assertThat(new NetworkStore(other, FileContactCache.in(cacheDir)).load().network().contacts()).isEmpty();
    }

    @Test
    void cache_folder_and_file_are_private() throws IOException {
        cached();
        Path file = FileContactCache.in(cacheDir).fileFor(net.resolve("contacts"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var s = Files.list(cacheDir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void an_unwritable_cache_folder_never_fails_a_load() throws IOException {
        Files.createDirectories(cacheDir.getParent());
        Files.writeString(cacheDir, "a file where the folder should be");
        assertThat(cached()).isEqualTo(plain());
    }

    @Test
    void environment_chooses_the_folder_and_can_turn_the_cache_off() {
        assertThat(FileContactCache.fromEnvironment(Map.of("HOME", "/home/u")).dir()).isEqualTo(Path.of("/home/u/.cache/refnet"));
        assertThat(FileContactCache.fromEnvironment(Map.of("HOME", "/home/u", "XDG_CACHE_HOME", "/c")).dir())
                .isEqualTo(Path.of("/c/refnet"));
        assertThat(FileContactCache.fromEnvironment(Map.of("HOME", "/home/u", "XDG_CACHE_HOME", "relative")).dir())
                .isEqualTo(Path.of("/home/u/.cache/refnet"));
        assertThat(FileContactCache.fromEnvironment(Map.of("HOME", "/home/u", "REFNET_NO_CACHE", "1"))).isNull();
        assertThat(FileContactCache.fromEnvironment(Map.of("HOME", "/home/u", "REFNET_NO_CACHE", "0"))).isNotNull();
        assertThat(FileContactCache.fromEnvironment(Map.of())).isNull();
    }

    private static byte[] flip(byte[] good, Random random) {
        byte[] b = good.clone();
        int at = 8 + random.nextInt(b.length - 8);
        b[at] ^= 0x10;
        return b;
    }
}
