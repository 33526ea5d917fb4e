package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refnet.model.RefnetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refnet init}'s file and git work, without the command: what it writes, refuses and reports. */
class NetworkInitTest {

    @TempDir
    Path tmp;

    @Test
    void a_new_network_has_its_settings_contacts_folder_and_git_files() throws Exception {
        Path net = tmp.resolve("referrals");
        List<Path> written = NetworkInit.create(net, "Harbor Light", List.of("Jordan Ellis", "Priya Shah"));
        assertThat(written).containsExactly(net.resolve("refnet.yaml"), net.resolve(".gitattributes"), net.resolve(".gitignore"));
        assertThat(net.resolve("contacts")).isDirectory();
        assertThat(Files.readString(net.resolve("refnet.yaml")))
                .contains("practice: Harbor Light\n")
                .contains("clinicians: [Jordan Ellis, Priya Shah]");
        assertThat(new NetworkStore(net).config().clinicians()).containsExactly("Jordan Ellis", "Priya Shah");
    }

    @Test
    void a_folder_that_is_already_a_network_is_refused_and_left_alone() throws Exception {
        Path net = tmp.resolve("referrals");
        NetworkInit.create(net, null, List.of());
        Files.writeString(net.resolve("refnet.yaml"), "practice: Mine\n");
        assertThatThrownBy(() -> NetworkInit.create(net, "Other", List.of()))
                .isInstanceOf(RefnetException.class)
                .hasMessageContaining("is already a refnet network").hasMessageContaining("nothing was changed");
        assertThat(Files.readString(net.resolve("refnet.yaml"))).isEqualTo("practice: Mine\n");
    }

    @Test
    void files_a_person_made_before_init_are_kept() throws Exception {
        Path net = tmp.resolve("referrals");
        Files.createDirectories(net);
        Files.writeString(net.resolve(".gitignore"), "mine\n");
        List<Path> written = NetworkInit.create(net, null, List.of());
        assertThat(written).doesNotContain(net.resolve(".gitignore"));
        assertThat(Files.readString(net.resolve(".gitignore"))).isEqualTo("mine\n");
    }

    @Test
    void git_init_reports_in_order_and_installs_the_hook() throws Exception {
        Path net = tmp.resolve("referrals");
        List<Path> written = NetworkInit.create(net, "Harbor Light", List.of());
        List<NetworkInit.Said> said = NetworkInit.initGit(net, written, "Harbor Light", Map.of("HOME", tmp.toString()));
        assertThat(net.resolve(".git")).isDirectory();
        assertThat(net.resolve(".git/hooks/pre-commit")).hasContent(NetworkInit.PRE_COMMIT_HOOK.stripTrailing()).isExecutable();
        assertThat(said).last().isEqualTo(new NetworkInit.Said("installed a git pre-commit hook that runs 'refnet check'", false));
    }
}
