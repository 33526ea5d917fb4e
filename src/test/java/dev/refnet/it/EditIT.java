package dev.refnet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refnet edit} as a person runs it: bin/refnet on a real pseudo-terminal (python3's pty
 * module answers the question), an "editor" that is a shell script set as $VISUAL, real git.
 */
class EditIT {

    static final Path REPO = Path.of(System.getProperty("refnet.repo", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void network() throws Exception {
        assumeTrue(run(List.of("python3", "--version"), null, null).code() == 0, "python3 drives the pseudo-terminal");
        net = tmp.resolve("net");
        assertThat(run(refnet("init", net.toString(), "--git", "--clinician", "Jordan Ellis"), null, null).code()).isZero();
        assertThat(run(refnet("--dir", net.toString(), "add-contact", "Dr. Samuel Greer", "--category", "physician",
                "--since", "2025-01-02"), null, null).code()).isZero();
    }

    List<String> refnet(String... args) {
        List<String> cmd = new ArrayList<>(List.of(REPO.resolve("bin/refnet").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** An editor that breaks the category on its first call and writes a good one on its second. */
    Path editor() throws Exception {
        Path calls = tmp.resolve("calls");
        String sh = "#!/bin/sh\nn=$(cat " + calls + " 2>/dev/null || echo 0)\necho $((n+1)) > " + calls + "\n"
                + "case $n in\n"
                + "  0) sed -i 's/^category: physician/category: plumber/' \"$1\" ;;\n"
                + "  1) sed -i 's/^category: plumber/category: doctor\\nemail: office@greer.example/' \"$1\" ;;\n"
                + "esac\n";
        Path script = tmp.resolve("editor.sh");
        Files.writeString(script, sh);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void a_bad_save_is_shown_edited_again_then_saved_and_committed() throws Exception {
        Ran r = run(List.of("python3", REPO.resolve("src/test/resources/pty/drive.py").toString(),
                REPO.resolve("bin/refnet").toString(), "--dir", net.toString(), "edit", "greer"),
                "[[\"Edit again or discard? [edit]: \",\"\\r\"]]", editor());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("dr-samuel-greer.yaml:2:11: unknown category 'plumber'")
                .contains("saved " + net.resolve("contacts/dr-samuel-greer.yaml"));
        Path file = net.resolve("contacts/dr-samuel-greer.yaml");
        assertThat(Files.readString(file)).isEqualTo("name: Dr. Samuel Greer\ncategory: doctor\nemail: office@greer.example\nsince: 2025-01-02\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Ran log = run(List.of("git", "-C", net.toString(), "log", "-1", "--format=%B"), null, null);
        assertThat(log.out().strip()).isEqualTo("edit Dr. Samuel Greer\n\nRefnet-Command: edit");
        Ran status = run(List.of("git", "-C", net.toString(), "status", "--porcelain"), null, null);
        assertThat(status.out()).isEmpty();
    }

    @Test
    void without_a_terminal_it_exits_2_and_runs_no_editor() throws Exception {
        Ran r = run(refnet("--dir", net.toString(), "edit", "greer"), null, editor());
        assertThat(r.code()).as(r.out()).isEqualTo(2);
        assertThat(r.out()).endsWith("refnet: edit opens an editor and needs a terminal; in a script change a contact with"
                + " 'refnet set', or edit the file and run 'refnet check'\n");
        assertThat(tmp.resolve("calls")).doesNotExist();
    }

    record Ran(int code, String out) {
    }

    Ran run(List<String> cmd, String steps, Path visual) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm");
        pb.environment().remove("REFNET_DIR");
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("GIT_AUTHOR_NAME", "Test");
        pb.environment().put("GIT_AUTHOR_EMAIL", "test@example.com");
        pb.environment().put("GIT_COMMITTER_NAME", "Test");
        pb.environment().put("GIT_COMMITTER_EMAIL", "test@example.com");
        if (visual != null) {
            pb.environment().put("VISUAL", visual.toString());
        }
        if (steps != null) {
            pb.environment().put("PTY_STEPS", steps);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        return new Ran(p.waitFor(), out);
    }
}
