package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkLocatorTest {

    @TempDir
    Path tmp;

    Path home;
    Path ancestor;
    Path cwd;
    Map<String, String> env = new HashMap<>();

    @BeforeEach
    void layout() throws Exception {
        home = Files.createDirectories(tmp.resolve("home"));
        ancestor = Files.createDirectories(tmp.resolve("work/net"));
        Files.writeString(ancestor.resolve("refnet.yaml"), "practice: x\n");
        cwd = Files.createDirectories(ancestor.resolve("contacts/deeper"));
        env.put("HOME", home.toString());
        env.put("REFNET_DIR", tmp.resolve("from-env").toString());
        env.put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
    }

    @Test
    void dir_option_wins_over_everything() {
        assertThat(NetworkLocator.locate(tmp.resolve("opt"), env, cwd)).isEqualTo(tmp.resolve("opt"));
    }

    @Test
    void refnet_dir_comes_second() {
        assertThat(NetworkLocator.locate(null, env, cwd)).isEqualTo(tmp.resolve("from-env"));
    }

    @Test
    void a_blank_refnet_dir_is_ignored() {
        env.put("REFNET_DIR", "  ");
        assertThat(NetworkLocator.locate(null, env, cwd)).isEqualTo(ancestor);
    }

    @Test
    void the_nearest_ancestor_with_refnet_yaml_comes_third() throws Exception {
        env.remove("REFNET_DIR");
        assertThat(NetworkLocator.locate(null, env, cwd)).isEqualTo(ancestor);
        Path inner = Files.createDirectories(cwd.resolve("inner"));
        Files.writeString(inner.resolve("refnet.yaml"), "");
        assertThat(NetworkLocator.locate(null, env, inner)).as("nearest, not outermost").isEqualTo(inner);
    }

    @Test
    void a_folder_named_refnet_yaml_does_not_count() throws Exception {
        env.remove("REFNET_DIR");
        Path other = Files.createDirectories(tmp.resolve("other/refnet.yaml"));
        assertThat(NetworkLocator.locate(null, env, other.getParent())).isEqualTo(tmp.resolve("xdg/refnet"));
    }

    @Test
    void xdg_data_home_comes_fourth() {
        env.remove("REFNET_DIR");
        assertThat(NetworkLocator.locate(null, env, home)).isEqualTo(tmp.resolve("xdg/refnet"));
    }

    @Test
    void a_relative_xdg_data_home_is_ignored_as_the_spec_of_xdg_says() {
        env.remove("REFNET_DIR");
        env.put("XDG_DATA_HOME", "relative/dir");
        assertThat(NetworkLocator.locate(null, env, home)).isEqualTo(home.resolve(".local/share/refnet"));
    }

    @Test
    void home_local_share_refnet_is_last() {
        env.remove("REFNET_DIR");
        env.remove("XDG_DATA_HOME");
        assertThat(NetworkLocator.locate(null, env, home)).isEqualTo(home.resolve(".local/share/refnet"));
    }
}
