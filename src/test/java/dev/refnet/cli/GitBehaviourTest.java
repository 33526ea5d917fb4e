package dev.refnet.cli;

import static dev.refnet.support.Networks.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits made with the real git program in a temporary repository (docs/format.md#section-4, issue 3 item 5). */
class GitBehaviourTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void repository() throws Exception {
        net = Networks.make(tmp,
                "dr-maria-lopez", "name: Dr. María López\ncategory: physician\nlog:\n  - date: 2025-02-10\n"
                        + "    type: referral-in\n    client: C-0142\n",
                "sam-rivera", "name: Sam Rivera\ncategory: therapist\n");
        Networks.gitInit(net);
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    private String lastMessage() throws Exception {
        return git(net, "log", "-1", "--format=%s").strip();
    }

    private List<String> lastFiles() throws Exception {
        return git(net, "show", "--name-only", "--format=", "HEAD").lines().toList();
    }

    private int commits() throws Exception {
        return Integer.parseInt(git(net, "rev-list", "--count", "HEAD").strip());
    }

    @Test
    void each_command_commits_exactly_its_file_with_a_message_that_says_what_happened() throws Exception {
        String[][] steps = {
            {"log-referral --from lopez --client C-0150 --reason trauma", "log referral-in from Dr. María López (C-0150)",
                "contacts/dr-maria-lopez.yaml"},
            {"thank lopez", "log a thank-you to Dr. María López", "contacts/dr-maria-lopez.yaml"},
            {"log sam coffee", "log coffee with Sam Rivera", "contacts/sam-rivera.yaml"},
            {"log-referral --to sam --client C-0151", "log referral-out to Sam Rivera (C-0151)", "contacts/sam-rivera.yaml"},
            {"outcome lopez C-0142 seen", "record outcome seen for C-0142 (referral-in from Dr. María López, 2025-02-10)",
                "contacts/dr-maria-lopez.yaml"},
            {"add-contact Noor --category therapist", "add contact Noor", "contacts/noor.yaml"}};
        int n = commits();
        for (String[] step : steps) {
            RefnetRun.Result r = run().in(net, step[0].split(" "));
            assertThat(r.code()).as(step[0] + "\n" + r).isZero();
            assertThat(r.err()).as(step[0]).isEmpty();
            assertThat(commits()).as(step[0]).isEqualTo(++n);
            assertThat(lastMessage()).as(step[0]).isEqualTo(step[1]);
            assertThat(lastFiles()).as(step[0]).containsExactly(step[2]);
        }
        assertThat(git(net, "status", "--porcelain")).isEmpty();
    }

    @Test
    void a_name_with_a_line_break_or_control_characters_is_one_escaped_line_of_the_commit_message() throws Exception {
        // A name written by hand: a line break that would start a trailer, an ESC sequence that
        // sets a terminal's title, a right-to-left override; and a second line starting with '#'.
        Files.writeString(net.resolve("contacts/sam-rivera.yaml"), "name: \"Sam\\nRefnet-Undoes: 1234567\\e]0;owned\\a"
                + " \\u202Edrow\\n# Rivera\"\ncategory: therapist\n");
        git(net, "commit", "-q", "-am", "a name by hand");
        RefnetRun.Result r = run().in(net, "log", "sam-rivera", "call");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(git(net, "log", "-1", "--format=%B").strip().lines()).containsExactly(
                "log call with Sam\\nRefnet-Undoes: 1234567\\e]0;owned\\u0007 \\u202Edrow\\n# Rivera", "",
                "Refnet-Command: log");
        assertThat(git(net, "log", "-1", "--format=%(trailers:key=Refnet-Undoes,valueonly)").strip()).isEmpty();
        RefnetRun.Result rename = run().in(net, "rename", "sam-rivera", "--", "-Sam \u202E#Rivera");
        assertThat(rename.code()).as(rename.toString()).isZero();
        assertThat(git(net, "log", "-1", "--format=%s").strip()).isEqualTo(
                "rename Sam\\nRefnet-Undoes: 1234567\\e]0;owned\\u0007 \\u202Edrow\\n# Rivera to -Sam \\u202E#Rivera");
    }

    @Test
    void another_staged_file_stays_staged_and_uncommitted() throws Exception {
        Files.writeString(net.resolve("contacts/sam-rivera.yaml"), "name: Sam Rivera\ncategory: therapist\nrole: LMFT\n");
        Files.writeString(net.resolve("todo.txt"), "call Sam\n");
        git(net, "add", "contacts/sam-rivera.yaml", "todo.txt");
        RefnetRun.Result r = run().in(net, "log", "lopez", "call");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(lastFiles()).containsExactly("contacts/dr-maria-lopez.yaml");
        assertThat(git(net, "diff", "--cached", "--name-only").lines()).containsExactly("contacts/sam-rivera.yaml", "todo.txt");
        assertThat(git(net, "status", "--porcelain").lines()).containsExactlyInAnyOrder("M  contacts/sam-rivera.yaml", "A  todo.txt");
    }

    @Test
    void no_commit_option_writes_but_does_not_commit() throws Exception {
        int n = commits();
        RefnetRun.Result r = run().in(net, "--no-commit", "log", "lopez", "call");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(commits()).isEqualTo(n);
        assertThat(git(net, "status", "--porcelain").strip()).isEqualTo("M contacts/dr-maria-lopez.yaml");
    }

    @Test
    void auto_commit_false_in_refnet_yaml_turns_commits_off() throws Exception {
        Files.writeString(net.resolve("refnet.yaml"), "clinicians: [Jordan Ellis]\ngit: {auto-commit: false}\n");
        git(net, "commit", "-q", "-am", "settings");
        int n = commits();
        RefnetRun.Result r = run().in(net, "thank", "lopez");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(commits()).isEqualTo(n);
        assertThat(git(net, "status", "--porcelain").strip()).isEqualTo("M contacts/dr-maria-lopez.yaml");
    }

    @Test
    void a_change_in_the_middle_of_a_merge_is_written_and_left_for_sync_to_commit() throws Exception {
        String head = git(net, "rev-parse", "HEAD").strip();
        Files.writeString(net.resolve(".git/MERGE_HEAD"), head + "\n");
        int n = commits();
        for (String line : List.of("log lopez call", "thank lopez", "log-referral --from lopez --client C-2",
                "outcome lopez C-0142 seen", "add-contact Noor --category therapist")) {
            RefnetRun.Result r = run().in(net, line.split(" "));
            assertThat(r.code()).as(line + "\n" + r).isZero();
            assertThat(r.err()).as(line).startsWith("refnet: warning: written to contacts/")
                    .endsWith(" but not committed yet: the network is in the middle of a git merge;"
                            + " 'refnet sync' commits it once that is settled\n");
        }
        assertThat(commits()).isEqualTo(n);
        assertThat(run().in(net, "show", "lopez").out()).contains("C-2").contains("seen");
        assertThat(git(net, "status", "--porcelain", "--untracked-files=all").lines())
                .containsExactlyInAnyOrder(" M contacts/dr-maria-lopez.yaml", "?? contacts/noor.yaml");
    }

    @Test
    void a_rebase_in_progress_is_refused_too() throws Exception {
        Files.createDirectories(net.resolve(".git/rebase-merge"));
        RefnetRun.Result r = run().in(net, "log", "lopez", "call");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in the middle of a git rebase");
    }

    @Test
    void a_file_with_conflict_markers_is_refused_with_its_location_and_left_alone() throws Exception {
        Path sam = net.resolve("contacts/sam-rivera.yaml");
        String text = "name: Sam Rivera\ncategory: therapist\nnotes: |\n  x\n<<<<<<< HEAD\n  ours\n=======\n  theirs\n>>>>>>> b\n";
        Files.writeString(sam, text);
        int n = commits();
        RefnetRun.Result r = run().in(net, "thank", "sam-rivera");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("refnet: " + sam + ":5:1: git merge conflict marker '<<<<<<<'")
                .endsWith("(refnet cannot read this file, so it will not change it: fix it by hand, then run the command again)");
        assertThat(r.err()).doesNotContain("no contact matches");
        assertThat(Files.readString(sam)).isEqualTo(text);
        assertThat(commits()).isEqualTo(n);
    }

    @Test
    void a_network_inside_a_bigger_repository_commits_with_paths_from_its_root() throws Exception {
        Path outer = tmp.resolve("outer");
        Files.createDirectories(outer);
        Path inner = Networks.make(outer, "sam", "name: Sam\ncategory: therapist\n");
        Networks.gitInit(outer);
        RefnetRun.Result r = new RefnetRun(tmp).in(inner, "log", "sam", "call", "--date", "2025-03-01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(git(outer, "show", "--name-only", "--format=", "HEAD").strip()).isEqualTo("net/contacts/sam.yaml");
    }
}
