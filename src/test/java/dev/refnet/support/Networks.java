package dev.refnet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small helpers for tests that need a network on disk or a real git repository. */
public final class Networks {

    private Networks() {
    }

    /** A network with refnet.yaml naming two clinicians, and the given contact files. */
    public static Path make(Path root, String... idAndText) throws IOException {
        Path net = Files.createDirectories(root.resolve("net"));
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "practice: Harbor Light\nclinicians: [Jordan Ellis, Priya Shah]\n");
        Files.writeString(net.resolve(".gitignore"), ".refnet.lock\n");   // as 'refnet init' writes it
        for (int i = 0; i < idAndText.length; i += 2) {
            Files.writeString(net.resolve("contacts/" + idAndText[i] + ".yaml"), idAndText[i + 1]);
        }
        return net;
    }

    /** Every file under {@code dir} (but .git) with its bytes, to prove nothing changed. */
    /** A copy of the messy test network (Golden.DEFAULT_NETWORK) in {@code root}/messy, file times kept. */
    public static Path copyOfMessy(Path root) throws IOException {
        Path net = root.resolve("messy");
        Path src = Golden.repo().resolve(Golden.DEFAULT_NETWORK);
        try (java.util.stream.Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path to = net.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return net;
    }

    public static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.startsWith(".git/") && !rel.equals(".refnet.lock")) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    /** Runs git in {@code dir}; fails the test when git fails. */
    public static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return out;
    }

    /** Makes {@code dir} a git repository with everything in it committed once. */
    public static void gitInit(Path dir) throws IOException, InterruptedException {
        git(dir, "init", "-q");
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "start");
    }
}
