package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refnet edit} with a scripted "editor" (a shell script given as $EDITOR, as a person's
 * editor would be) and a real git repository (issue 16, item 1).
 */
class EditCommandTest {

    static final String GREER = "# keep this comment\nname: Dr. Samuel Greer\ncategory: physician\r\nlog:\n  - {date: 2025-01-10, type: coffee}\n";

    @TempDir
    Path tmp;

    Path net;
    Path greer;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "dr-samuel-greer", GREER, "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        greer = net.resolve("contacts/dr-samuel-greer.yaml");
        Networks.gitInit(net);
    }

    /**
     * An editor: a script that runs {@code steps[n]} (shell, with the file as $1) on its n-th call
     * and records the file's mode and the folder it sits in.
     */
    Path editor(String... steps) throws Exception {
        StringBuilder sh = new StringBuilder("#!/bin/sh\nn=$(cat " + tmp.resolve("calls") + " 2>/dev/null || echo 0)\n"
                + "echo $((n+1)) > " + tmp.resolve("calls") + "\nstat -c %a \"$1\" > " + tmp.resolve("mode") + "\n"
                + "stat -c %a \"$(dirname \"$1\")\" > " + tmp.resolve("dirmode") + "\necho \"$1\" > " + tmp.resolve("path") + "\n"
                + "case $n in\n");
        for (int i = 0; i < steps.length; i++) {
            sh.append("  ").append(i).append(") ").append(steps[i]).append(" ;;\n");
        }
        sh.append("esac\n");
        Path script = tmp.resolve("editor.sh");
        Files.writeString(script, sh);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    RefnetRun terminal(Path editor, String typed) {
        return new RefnetRun(tmp).typing(typed).env("EDITOR", editor.toString()).env("VISUAL", null);
    }

    int commits() throws Exception {
        return Integer.parseInt(git(net, "rev-list", "--count", "HEAD").strip());
    }

    @Test
    void a_saved_edit_replaces_the_file_byte_for_byte_and_commits_it() throws Exception {
        Path ed = editor("sed -i 's/^category: physician/category: physician\\nemail: office@greer.example/' \"$1\"");
        RefnetRun.Result r = terminal(ed, "").in(net, "edit", "greer");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("saved " + greer + "\n");
        assertThat(Files.readString(greer)).isEqualTo(GREER.replace("category: physician\r\n",
                "category: physician\nemail: office@greer.example\r\n"));
        assertThat(git(net, "log", "-1", "--format=%B").strip()).isEqualTo("edit Dr. Samuel Greer\n\nRefnet-Command: edit");
        assertThat(Files.readString(tmp.resolve("mode")).strip()).as("the copy is private").isEqualTo("600");
        assertThat(Files.readString(tmp.resolve("dirmode")).strip()).isEqualTo("700");
        Path copy = Path.of(Files.readString(tmp.resolve("path")).strip());
        assertThat(copy.getFileName().toString()).isEqualTo("dr-samuel-greer.yaml");
        assertThat(copy.getParent()).as("the copy is deleted afterwards").doesNotExist();
    }

    @Test
    void visual_comes_before_editor() throws Exception {
        Path ed = editor("sed -i 's/Samuel/Sam/' \"$1\"");
        RefnetRun.Result r = terminal(ed, "").env("EDITOR", "false").env("VISUAL", ed.toString()).in(net, "edit", "greer");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(greer)).contains("name: Dr. Sam Greer");
    }

    @Test
    void an_unchanged_file_writes_and_commits_nothing() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        int n = commits();
        RefnetRun.Result r = terminal(editor("true"), "").in(net, "edit", "greer");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("no changes; nothing was written\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
        assertThat(commits()).isEqualTo(n);
    }

    @Test
    void a_problem_is_shown_located_and_edit_again_gets_the_broken_copy_back_to_fix() throws Exception {
        Path ed = editor("sed -i 's/^category: physician/category: plumber/' \"$1\"",
                "sed -i 's/^category: plumber/category: doctor/' \"$1\"");
        RefnetRun run = terminal(ed, "edit\n");
        RefnetRun.Result r = run.in(net, "edit", "greer");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).startsWith(greer + ":3:11: unknown category 'plumber'");
        assertThat(run.screen()).contains("Edit again or discard? [edit]");
        assertThat(Files.readString(greer)).isEqualTo(GREER.replace("category: physician", "category: doctor"));
        assertThat(Files.readString(tmp.resolve("calls")).strip()).isEqualTo("2");
    }

    @Test
    void discard_writes_nothing() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        int n = commits();
        RefnetRun.Result r = terminal(editor("echo 'name: [' > \"$1\""), "discard\n").in(net, "edit", "greer");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("discarded your changes; nothing was written\n");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
        assertThat(commits()).isEqualTo(n);
    }

    @Test
    void a_file_changed_on_disk_meanwhile_is_not_overwritten_and_the_edited_copy_is_kept() throws Exception {
        Path ed = editor("sed -i 's/Samuel/Sam/' \"$1\"; echo 'notes: by a colleague' >> " + greer);
        int n = commits();
        RefnetRun.Result r = terminal(ed, "").in(net, "edit", "greer");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        Path copy = Path.of(Files.readString(tmp.resolve("path")).strip());
        assertThat(r.err()).isEqualTo("refnet: " + greer + " changed on disk while you edited it (by hand, another refnet"
                + " or git); nothing was written; your edited copy is kept at " + copy + ": run 'refnet edit' again and copy"
                + " your change in\n");
        assertThat(Files.readString(greer)).isEqualTo(GREER + "notes: by a colleague\n");
        assertThat(Files.readString(copy)).contains("name: Dr. Sam Greer");
        assertThat(commits()).isEqualTo(n);
        Files.delete(copy);
        Files.delete(copy.getParent());
    }

    @Test
    void without_a_terminal_edit_exits_2_and_opens_nothing() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = new RefnetRun(tmp).env("EDITOR", editor("true").toString()).in(net, "edit", "greer");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("refnet: edit opens an editor and needs a terminal; in a script change a contact with"
                + " 'refnet set', or edit the file and run 'refnet check'\n");
        assertThat(tmp.resolve("calls")).doesNotExist();
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void a_file_refnet_cannot_read_can_be_fixed_by_its_id() throws Exception {
        Files.writeString(net.resolve("contacts/broken.yaml"), "name: Broken Clinic\ncategory: [physician\n");
        RefnetRun.Result r = terminal(editor("sed -i 's/\\[physician/physician/' \"$1\""), "").in(net, "edit", "broken");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(net.resolve("contacts/broken.yaml"))).isEqualTo("name: Broken Clinic\ncategory: physician\n");
    }

    @Test
    void edit_config_checks_the_settings_and_commits() throws Exception {
        Path cfg = net.resolve("refnet.yaml");
        RefnetRun.Result bad = terminal(editor("echo 'lookback: forever' >> \"$1\""), "d\n").in(net, "edit", "--config");
        assertThat(bad.code()).as(bad.toString()).isZero();
        assertThat(bad.err()).startsWith(cfg + ":3:");
        assertThat(Files.readString(cfg)).doesNotContain("lookback");
        Files.delete(tmp.resolve("calls"));
        RefnetRun.Result r = terminal(editor("echo 'lookback: 90d' >> \"$1\""), "").in(net, "edit", "--config");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(cfg)).endsWith("lookback: 90d\n");
        assertThat(git(net, "log", "-1", "--format=%s").strip()).isEqualTo("edit refnet.yaml");
    }

    @Test
    void an_editor_that_fails_writes_nothing() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = terminal(editor("sed -i 's/Samuel/Sam/' \"$1\"; exit 3"), "").in(net, "edit", "greer");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("exited with status 3; nothing was written");
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void contact_and_config_together_or_neither_is_a_usage_error() {
        assertThat(new RefnetRun(tmp).terminal(true).in(net, "edit").code()).isEqualTo(2);
        assertThat(new RefnetRun(tmp).terminal(true).in(net, "edit", "greer", "--config").code()).isEqualTo(2);
    }

    @Test
    void an_unknown_contact_is_refused_before_any_editor_runs() throws Exception {
        Map<String, String> before = Networks.snapshot(net);
        RefnetRun.Result r = terminal(editor("true"), "").in(net, "edit", "nobody");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).startsWith("refnet: no contact matches 'nobody'").hasLineCount(1);
        assertThat(tmp.resolve("calls")).doesNotExist();
        assertThat(Networks.snapshot(net)).isEqualTo(before);
    }

    @Test
    void undo_takes_an_edit_back() throws Exception {
        assertThat(terminal(editor("sed -i 's/Samuel/Sam/' \"$1\""), "").in(net, "edit", "greer").code()).isZero();
        RefnetRun.Result u = new RefnetRun(tmp).in(net, "undo");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(Files.readString(greer)).isEqualTo(GREER);
    }

    @Test
    void part_of_an_id_that_matches_only_a_broken_file_points_at_it() throws Exception {
        Files.writeString(net.resolve("contacts/broken.yaml"), "name: Broken Clinic\ncategory: [physician\n");
        RefnetRun.Result r = terminal(editor("true"), "").in(net, "edit", "brok");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).contains("broken.yaml:3:1: not valid YAML");
        assertThat(tmp.resolve("calls")).doesNotExist();
    }
}
