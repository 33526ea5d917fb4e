package dev.refnet.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the network directory in the order docs/format.md#section-1 gives. */
public final class NetworkLocator {

    private NetworkLocator() {
    }

    /**
     * {@code --dir}, then {@code REFNET_DIR}, then the nearest ancestor of {@code cwd} holding
     * {@code refnet.yaml}, then {@code $XDG_DATA_HOME/refnet} ({@code ~/.local/share/refnet}).
     */
    public static Path locate(Path dirOption, Map<String, String> env, Path cwd) {
        if (dirOption != null) {
            return dirOption;
        }
        String fromEnv = env.get("REFNET_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        for (Path p = cwd.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(NetworkStore.CONFIG_FILE))) {
                return p;
            }
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "refnet");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", "refnet");
    }
}
