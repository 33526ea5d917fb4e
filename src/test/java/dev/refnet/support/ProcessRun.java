package dev.refnet.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts refnet (or a test main) in a separate JVM on the test's own class path, as a user's shell would. */
public final class ProcessRun {

    private ProcessRun() {
    }

    /** {@code java -cp <this test's class path> MAIN ARGS...}, with start-up flags for short-lived JVMs. */
    public static ProcessBuilder java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Runs {@code dev.refnet.Main ARGS} to the end and returns exit code, stdout and stderr. */
    public static RefnetRun.Result refnet(Path cwd, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile("refnet-err", ".txt");
        try {
            Process p = java("dev.refnet.Main", args).directory(cwd.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int code = p.waitFor();
            return new RefnetRun.Result(code, out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
