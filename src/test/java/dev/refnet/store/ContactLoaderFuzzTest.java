package dev.refnet.store;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.refnet.yaml.YamlException;
import dev.refnet.yaml.YamlReader;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test of everything that reads a file refnet did not write: strict UTF-8, the YAML
 * reader, the contact and settings readers. The only failure any input may cause is a located
 * {@link YamlException}. Under {@code ./mvnw verify} it replays the seeds in
 * {@code src/test/resources/dev/refnet/store/ContactLoaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ContactLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void loader_throws_only_located_errors(byte[] input) {
        String text;
        try {
            text = NetworkStore.decode(input);
        } catch (YamlException e) {
            text = new String(input, StandardCharsets.UTF_8);
        }
        expectLocated(text);
    }

    static void expectLocated(String text) {
        String located;
        try {
            located = ContactReader.read("fuzz", text).contact().toString();
        } catch (YamlException e) {
            requireLocated(e);
            located = e.located();
        }
        // The fast read of a whole network must give the same contact or the same located error.
        String fast;
        try {
            fast = ContactReader.readContact("fuzz", text).toString();
        } catch (YamlException e) {
            fast = e.located();
        }
        if (!fast.equals(located)) {
            throw new AssertionError("readContact gave " + fast + " where read gave " + located);
        }
        try {
            ConfigReader.read(text);
        } catch (YamlException e) {
            requireLocated(e);
        }
        try {
            YamlReader.parse(text);
        } catch (YamlException e) {
            requireLocated(e);
        }
    }

    private static void requireLocated(YamlException e) {
        if (e.line() < 1 || e.column() < 1 || e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("badly located error: " + e.located(), e);
        }
    }
}
