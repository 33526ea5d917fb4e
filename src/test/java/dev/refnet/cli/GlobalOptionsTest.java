package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalOptionsTest {

    @TempDir
    Path tmp;

    Path net;

    @BeforeEach
    void network() throws Exception {
        net = Networks.make(tmp, "sam", "name: Sam Rivera\ncategory: therapist\nlog:\n  - date: 2025-01-04\n    type: coffee\n");
    }

    RefnetRun run() {
        return new RefnetRun(tmp).today(LocalDate.of(2025, 3, 3));
    }

    @Test
    void global_options_work_before_and_after_the_subcommand() throws Exception {
        RefnetRun.Result before = run().run("--dir", net.toString(), "--today", "2025-02-01", "--no-commit", "log", "sam", "call");
        RefnetRun.Result after = run().run("log", "sam", "email", "--dir", net.toString(), "--today", "2025-02-02", "--no-commit");
        assertThat(before.code()).as(before.toString()).isZero();
        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(before.out()).isEqualTo("logged call with Sam Rivera on 2025-02-01\n");
        assertThat(after.out()).isEqualTo("logged email with Sam Rivera on 2025-02-02\n");
        RefnetRun.Result list = run().run("list", "--dir", net.toString(), "--today", "2025-01-31", "--format", "csv");
        assertThat(list.out().lines()).as("entries after --today are ignored")
                .contains("sam,Sam Rivera,therapist,,active,2025-01-04,,,,,,,");
    }

    @Test
    void today_can_be_relative_and_dates_resolve_against_it() {
        RefnetRun.Result r = run().in(net, "--today", "2025-02-10", "log", "sam", "call", "--date", "yesterday");
        assertThat(r.out()).isEqualTo("logged call with Sam Rivera on 2025-02-09\n");
    }

    @Test
    void refnet_dir_and_an_ancestor_with_refnet_yaml_find_the_network() throws Exception {
        RefnetRun viaEnv = run().env("REFNET_DIR", net.toString());
        assertThat(viaEnv.run("list").out()).contains("Sam Rivera");
        RefnetRun viaCwd = run().cwd(net.resolve("contacts"));
        assertThat(viaCwd.run("show", "sam").out()).startsWith("Sam Rivera");
    }

    @Test
    void default_errors_have_no_stack_trace_and_verbose_adds_one() {
        RefnetRun.Result plain = run().in(net, "show", "nobody");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain.err().lines()).hasSize(1);
        assertThat(plain.err()).doesNotContain("Exception").doesNotContain("\tat ");
        RefnetRun.Result verbose = run().in(net, "--verbose", "show", "nobody");
        assertThat(verbose.code()).isEqualTo(1);
        assertThat(verbose.err()).startsWith(plain.err()).contains("RefnetException").contains("\tat dev.refnet.");
    }

    @Test
    void an_unknown_option_is_exit_2_with_one_line() {
        RefnetRun.Result r = run().in(net, "list", "--colour");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).isEqualTo("refnet: Unknown option: '--colour' (see 'refnet list --help')\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void an_unknown_subcommand_is_exit_2_with_one_line() {
        RefnetRun.Result r = run().in(net, "frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void a_bad_today_is_exit_2() {
        RefnetRun.Result r = run().in(net, "--today", "2025-13-01", "list");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("'2025-13-01' is not a date");
    }

    @Test
    void help_and_version_exit_0() {
        RefnetRun.Result help = run().run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: refnet").contains("add-contact").contains("log-referral");
        RefnetRun.Result sub = run().run("log", "--help");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("Usage: refnet log");
        RefnetRun.Result version = run().run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).matches("(?s)refnet \\S+.*");
    }

    @Test
    void every_command_help_has_whole_example_lines_and_the_command_list_has_whole_sentences() {
        RefnetRun.Result root = run().env("COLUMNS", "80").run("--help");
        String list = root.out().substring(root.out().indexOf("Commands:\n") + 10, root.out().indexOf("\nExamples:"));
        java.util.List<String> commands = new java.util.ArrayList<>();
        for (String entry : list.strip().split("\n(?=  \\S)")) {
            String name = entry.strip().split("\\s+")[0];
            commands.add(name);
            assertThat(entry.strip()).as("the summary of '" + name + "' in 'refnet --help'").endsWith(".");
        }
        assertThat(commands).hasSizeGreaterThan(14);
        for (String name : commands) {
            RefnetRun.Result help = run().env("COLUMNS", "80").run(name, "--help");
            assertThat(help.code()).isZero();
            String out = help.out();
            int examples = Math.max(out.indexOf("\nExamples:\n"), out.indexOf("\nInstall:\n"));
            assertThat(examples).as(name + " --help has examples\n" + out).isPositive();
            for (String line : out.substring(examples).strip().lines().skip(1).toList()) {
                assertThat(line).as(name + " --help: an example line that picocli wrapped (keep it under 80)\n" + out)
                        .matches("(  \\S.*|      .*|)").hasSizeLessThanOrEqualTo(80);
            }
        }
    }

    @Test
    void a_dir_that_is_a_file_says_so_and_does_not_suggest_init_on_it() throws Exception {
        RefnetRun.Result config = run().run("--dir", net.resolve("refnet.yaml").toString(), "list");
        assertThat(config.code()).isEqualTo(1);
        assertThat(config.err()).isEqualTo("refnet: " + net.resolve("refnet.yaml") + " is a file, not a network folder: use --dir "
                + net + ", the folder that holds it\n");
        RefnetRun.Result other = run().run("--dir", net.resolve("contacts/sam.yaml").toString(), "due");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("sam.yaml is a file, not a network folder").doesNotContain("refnet init");
    }

    @Test
    void a_bad_setting_is_one_located_line() throws Exception {
        Files.writeString(net.resolve("refnet.yaml"), "lookback: forever\n");
        RefnetRun.Result r = run().in(net, "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("refnet.yaml:1:11: 'lookback': 'forever' is not a duration");
    }

    @Test
    void on_a_terminal_without_columns_help_and_due_fit_the_terminal_s_own_width() throws Exception {
        RefnetRun term = run().env("COLUMNS", null).terminal(true).terminalColumns(60);
        RefnetRun.Result help = term.run("log-referral", "--help");
        assertThat(help.code()).as(help.toString()).isZero();
        assertThat(help.out().lines()).as(help.out()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        Path harbor = Path.of(System.getProperty("refnet.repo", "")).toAbsolutePath().resolve("examples/harbor-light");
        RefnetRun.Result due = term.env("NO_COLOR", "1").in(harbor, "--today", "2026-11-27", "due");
        assertThat(due.code()).as(due.toString()).isZero();
        assertThat(due.out().lines()).as(due.out()).allSatisfy(l -> assertThat(dev.refnet.render.Display.width(l)).isLessThanOrEqualTo(60));
        assertThat(due.out()).as("dates are never broken").doesNotContainPattern("\\d-\\n");
    }
}
