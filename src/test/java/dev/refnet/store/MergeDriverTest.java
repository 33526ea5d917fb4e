package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.RefnetRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How refnet declares its merge driver: in .gitattributes and in each clone's git settings. */
class MergeDriverTest {

    @TempDir
    Path tmp;

    static String git(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void an_existing_networks_gitattributes_gets_the_driver_lines_once_and_keeps_its_own() throws Exception {
        Files.writeString(tmp.resolve(".gitattributes"), "*.yaml -text diff");
        assertThat(MergeDriver.ensureAttributes(tmp)).contains(tmp.resolve(".gitattributes"));
        String text = Files.readString(tmp.resolve(".gitattributes"));
        assertThat(text).startsWith("*.yaml -text diff\n").contains("contacts/*.yaml merge=refnet\nrefnet.yaml merge=refnet\n");
        assertThat(MergeDriver.ensureAttributes(tmp)).as("nothing to add the second time").isEmpty();
        assertThat(Files.readString(tmp.resolve(".gitattributes"))).isEqualTo(text);
    }

    @Test
    void the_command_is_the_launcher_by_its_absolute_path_quoted_for_the_shell() {
        assertThat(MergeDriver.command(Map.of())).as("not started by the launcher: no driver").isEmpty();
        assertThat(MergeDriver.command(Map.of(MergeDriver.LAUNCHER, "bin/refnet"))).isEmpty();
        assertThat(MergeDriver.command(Map.of(MergeDriver.LAUNCHER, "/opt/refnet/bin/refnet")).orElseThrow())
                .startsWith("/opt/refnet/bin/refnet merge-file %O %A %B %P || ");
        assertThat(MergeDriver.command(Map.of(MergeDriver.LAUNCHER, "/home/o'neil/my refnet/bin/refnet")).orElseThrow())
                .startsWith("'/home/o'\\''neil/my refnet/bin/refnet' merge-file");
    }

    @Test
    void a_clone_that_lacks_the_driver_gets_it_from_any_command_and_keeps_it() throws Exception {
        Path net = tmp.resolve("net");
        Files.createDirectories(net.resolve("contacts"));
        Files.writeString(net.resolve("refnet.yaml"), "practice: P\n");
        git(net, "init", "-q");
        new RefnetRun(tmp).env(MergeDriver.LAUNCHER, "/opt/refnet/bin/refnet").in(net, "list");
        assertThat(git(net, "config", "--get", "merge.refnet.driver")).as("a network that does not ask for the driver").isEmpty();
        MergeDriver.ensureAttributes(net);
        new RefnetRun(tmp).env(MergeDriver.LAUNCHER, "/opt/refnet/bin/refnet").in(net, "list");
        assertThat(git(net, "config", "--get", "merge.refnet.driver")).startsWith("/opt/refnet/bin/refnet merge-file %O %A %B %P");
        assertThat(git(net, "config", "--get", "merge.refnet.name")).startsWith("refnet:");
        byte[] config = Files.readAllBytes(net.resolve(".git/config"));
        assertThat(MergeDriver.ensureConfigured(net, Map.of(MergeDriver.LAUNCHER, "/opt/refnet/bin/refnet"))).isEmpty();
        assertThat(Files.readAllBytes(net.resolve(".git/config"))).as("unchanged when in place").isEqualTo(config);
        MergeDriver.ensureConfigured(net, Map.of(MergeDriver.LAUNCHER, "/moved/refnet/bin/refnet"));
        assertThat(git(net, "config", "--get", "merge.refnet.driver")).as("follows a moved launcher").startsWith("/moved/refnet/bin/refnet ");
        MergeDriver.ensureConfigured(net, Map.of());
        assertThat(git(net, "config", "--get", "merge.refnet.driver")).as("kept when run without the launcher").startsWith("/moved/");
    }

    @Test
    void merge_file_has_help_but_is_not_in_the_list_of_commands() {
        RefnetRun.Result help = new RefnetRun(tmp).run("--help");
        assertThat(help.out()).doesNotContain("merge-file");
        RefnetRun.Result own = new RefnetRun(tmp).run("merge-file", "--help");
        assertThat(own.code()).isZero();
        assertThat(own.out()).contains("Merge two versions of a network file", "refnet merge-file base.yaml ours.yaml theirs.yaml");
    }
}
