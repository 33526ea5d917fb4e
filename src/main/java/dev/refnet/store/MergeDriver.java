package dev.refnet.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * refnet's git merge driver, declared in two places: the network's {@code .gitattributes} says
 * which files it merges ({@code merge=refnet}, shared by every clone), and each clone's own git
 * settings name the command that runs it ({@code merge.refnet.driver}, which git never copies
 * with a clone). Without the second, git merges those files line by line.
 */
public final class MergeDriver {

    /** The lines of {@code .gitattributes} that send network files to the driver. */
    public static final List<String> ATTRIBUTES = List.of("contacts/*.yaml merge=refnet", "refnet.yaml merge=refnet");

    /** The environment variable through which bin/refnet tells where it is. */
    public static final String LAUNCHER = "REFNET_LAUNCHER";

    private static final String SECTION = "[merge \"refnet\"]";
    private static final String NAME = "refnet: log entries as a set, one-sided changes taken (contacts and refnet.yaml)";

    private MergeDriver() {
    }

    /**
     * The command git runs: the launcher that runs this refnet, by its absolute path (so that git
     * finds it whatever PATH git runs with); empty when refnet was not started by its launcher (then
     * no driver is named, and git merges line by line as it does by default). Should the launcher
     * be gone when git runs it (the checkout moved), the shell's "not found" status makes git's own
     * line merge write its markers, so that the file is never left holding only our side.
     */
    public static Optional<String> command(Map<String, String> env) {
        String launcher = env.get(LAUNCHER);
        if (launcher == null || !Path.of(launcher).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(shellQuote(launcher) + " merge-file %O %A %B %P"
                + " || ! ([ $? -lt 126 ] || git merge-file --diff3 -L ours -L ancestor -L theirs %A %O %B || :)");
    }

    /**
     * Makes a clone of the network use the driver: adds the missing {@link #ATTRIBUTES} lines to the
     * network's {@code .gitattributes} and names the command in the clone's settings. Returns the
     * attributes file when it changed (the caller commits it), else empty. Does nothing outside git.
     */
    public static Optional<Path> install(Path networkDir, Map<String, String> env) throws IOException {
        Optional<Path> changed = ensureAttributes(networkDir);
        ensureConfigured(networkDir, env);
        return changed;
    }

    /** Adds the driver's lines to {@code .gitattributes} where they are missing; the file when it changed. */
    public static Optional<Path> ensureAttributes(Path networkDir) throws IOException {
        Path file = networkDir.resolve(".gitattributes");
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> have = text.lines().map(String::strip).toList();
        StringBuilder add = new StringBuilder();
        for (String line : ATTRIBUTES) {
            if (!have.contains(line)) {
                add.append(line).append('\n');
            }
        }
        if (add.length() == 0) {
            return Optional.empty();
        }
        String header = text.contains("merge=refnet") ? "" : "# refnet merges network files itself (log entries as a set): 'refnet merge-file'.\n";
        String joined = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + header + add;
        AtomicFiles.write(file, joined.getBytes(StandardCharsets.UTF_8));
        return Optional.of(file);
    }

    /**
     * Names the driver in the settings of the clone that holds {@code networkDir}, when the network's
     * {@code .gitattributes} asks for it ({@code merge=refnet}) and the settings do not name it already
     * or name another launcher. A repository whose network does not ask (a network kept inside
     * another project's repository, refnet's own examples) is left alone. Costs two small file
     * reads when all is in place; a failure is returned as a warning, never thrown.
     */
    public static Optional<String> ensureConfigured(Path networkDir, Map<String, String> env) {
        Optional<String> wanted = command(env);
        if (wanted.isEmpty() || !asksForDriver(networkDir)) {
            return Optional.empty();
        }
        Optional<Git> git = Git.find(networkDir);
        if (git.isEmpty()) {
            return Optional.empty();
        }
        String command = wanted.get();
        try {
            Path config = git.get().configFile();
            String text = Files.exists(config) ? Files.readString(config, StandardCharsets.UTF_8) : "";
            if (text.contains(SECTION) && text.contains("driver = " + command)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.of("cannot read git's settings: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        git.get().setConfig("merge.refnet.name", NAME).ifPresent(problems::add);
        git.get().setConfig("merge.refnet.driver", command).ifPresent(problems::add);
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("could not name refnet's merge driver in git's settings: " + problems.get(0));
    }

    /** Whether the network's {@code .gitattributes} sends a file to the driver. */
    private static boolean asksForDriver(Path networkDir) {
        try {
            Path file = networkDir.resolve(".gitattributes");
            return Files.isRegularFile(file) && Files.size(file) < 65536
                    && Files.readString(file, StandardCharsets.UTF_8).contains("merge=refnet");
        } catch (IOException e) {
            return false;
        }
    }

    static String shellQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_./+-".indexOf(c) >= 0)) {
                return "'" + s.replace("'", "'\\''") + "'";
            }
        }
        return s;
    }
}
