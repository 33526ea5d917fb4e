package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.cli.args.CompletionScripts;
import dev.refnet.support.RefnetRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun r;

    @BeforeEach
    void network() {
        r = new RefnetRun(tmp);
        net = tmp.resolve("net");
        assertThat(r.run("init", net.toString()).code()).isZero();
        assertThat(r.in(net, "add-contact", "Dr. María López", "--category", "doctor").code()).isZero();
        assertThat(r.in(net, "add-contact", "Dr. Sam Rivera", "--category", "therapist").code()).isZero();
        assertThat(r.in(net, "add-contact", "St. Mark's Church", "--category", "church").code()).isZero();
    }

    static Path repo() {
        return Path.of(System.getProperty("refnet.repo", "."));
    }

    @Test
    void checked_in_scripts_are_what_the_model_generates() throws IOException {
        boolean update = "1".equals(System.getenv("REFNET_UPDATE_COMPLETIONS"));
        Map<String, String> generated = Map.of(
                "refnet.bash", CompletionScripts.bash(Refnet.model()),
                "refnet.zsh", CompletionScripts.zsh(Refnet.model()));
        for (var e : generated.entrySet()) {
            Path file = repo().resolve("completions").resolve(e.getKey());
            if (update) {
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(file).exists();
            assertThat(Files.readString(file))
                    .as("completions/%s is stale: the commands changed. Regenerate it with"
                            + " 'REFNET_UPDATE_COMPLETIONS=1 ./mvnw -q test -Dtest=CompletionTest' and commit it", e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void completion_command_prints_the_generated_scripts() throws IOException {
        RefnetRun.Result bash = r.run("completion", "bash");
        assertThat(bash.code()).as(bash.toString()).isZero();
        assertThat(bash.out()).isEqualTo(Files.readString(repo().resolve("completions/refnet.bash")));
        RefnetRun.Result zsh = r.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("# refnet completion for zsh").contains("bashcompinit").contains("_refnet_contacts");
        assertThat(r.run("completion", "fish").code()).isEqualTo(2);
    }

    @Test
    void bash_accepts_the_script_and_registers_it_for_refnet() throws Exception {
        Path script = repo().resolve("completions/refnet.bash");
        assertThat(bash("bash -n " + script).out).isEmpty();
        Shell sourced = bash("source " + script + " && complete -p refnet");
        assertThat(sourced.code).as(sourced.out).isZero();
        assertThat(sourced.out).contains("-F _complete_refnet").contains("refnet");
    }

    @Test
    void hidden_helper_lists_contact_ids_and_stays_silent_without_a_network() {
        RefnetRun.Result ids = r.in(net, "__complete", "contacts");
        assertThat(ids.out()).isEqualTo("dr-maria-lopez\ndr-sam-rivera\nst-mark-s-church\n");
        RefnetRun.Result none = r.in(tmp.resolve("nowhere"), "__complete", "contacts");
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).isEmpty();
        assertThat(r.run("--help").out()).doesNotContain("__complete");
    }

    @Test
    void tab_completes_contact_ids_from_the_dir_on_the_line() throws Exception {
        assertThat(complete("refnet", "--dir", net.toString(), "log", "dr-")).containsExactly("dr-maria-lopez", "dr-sam-rivera");
        assertThat(complete("refnet", "log-referral", "--dir=" + net, "--to", "st")).containsExactly("st-mark-s-church");
        assertThat(complete("refnet", "log-referral", "--dir", net.toString(), "--from", "dr-m")).containsExactly("dr-maria-lopez");
        assertThat(complete("refnet", "outcome", "--dir", net.toString(), "")).hasSize(3);
        assertThat(complete("refnet", "archive", "--dir", net.toString(), "dr-m")).containsExactly("dr-maria-lopez");
        assertThat(complete("refnet", "draft", "thank", "--dir", net.toString(), "st")).containsExactly("st-mark-s-church");
        assertThat(complete("refnet", "show", "--dir", net.toString(), "dr-s")).containsExactly("dr-sam-rivera");
        assertThat(complete("refnet", "snooze", "--dir", net.toString(), "st")).containsExactly("st-mark-s-church");
    }

    @Test
    void outcome_completes_the_client_codes_of_the_contact_named_before_it_and_no_one_elses() throws Exception {
        assertThat(r.in(net, "log-referral", "--from", "dr-maria-lopez", "--client", "C-0142").code()).isZero();
        assertThat(r.in(net, "log-referral", "--to", "dr-maria-lopez", "--client", "C-0150").code()).isZero();
        assertThat(r.in(net, "log-referral", "--from", "dr-sam-rivera", "--client", "C-0199").code()).isZero();
        String dir = net.toString();
        assertThat(complete("refnet", "outcome", "--dir", dir, "dr-maria-lopez", "")).containsExactly("C-0142", "C-0150");
        assertThat(complete("refnet", "outcome", "--dir", dir, "lopez", "C-014")).as("a contact named in part")
                .containsExactly("C-0142");
        assertThat(complete("refnet", "outcome", "--referred", "2025-03-03", "--dir", dir, "sam", ""))
                .as("options and their values before it are skipped").containsExactly("C-0199");
        assertThat(complete("refnet", "outcome", "--dir", dir, "dr-maria-lopez", "C-0142", "se")).as("then the outcome")
                .containsExactly("seen");
        assertThat(complete("refnet", "unlog", "--dir", dir, "dr-sam-rivera", "--client", "")).containsExactly("C-0199");
        assertThat(complete("refnet", "outcome", "--dir", dir, "nobody-at-all", "")).as("no such contact: nothing").isEmpty();
        assertThat(r.in(net, "__complete", "clients", "--", "lopez").out()).isEqualTo("C-0142\nC-0150\n");
    }

    @Test
    void a_positional_after_dir_with_an_equals_sign_or_after_a_hidden_option_and_its_value_is_counted_right() throws Exception {
        assertThat(r.in(net, "log-referral", "--from", "dr-maria-lopez", "--client", "C-0142").code()).isZero();
        assertThat(r.in(net, "log-referral", "--from", "dr-sam-rivera", "--client", "C-0199").code()).isZero();
        String dir = net.toString();
        assertThat(completeLine("refnet outcome --dir=" + dir + " lopez C-01")).as("--dir=DIR is three words to bash")
                .containsExactly("C-0142");
        assertThat(completeLine("refnet outcome --dir=" + dir + " lopez C-0142 se")).containsExactly("seen");
        assertThat(completeLine("refnet show --dir=" + dir + " dr-s")).containsExactly("dr-sam-rivera");
        assertThat(complete("refnet", "outcome", "--date", "2025-03-03", "--dir", dir, "sam", ""))
                .as("outcome's hidden --date takes a value").containsExactly("C-0199");
    }

    @Test
    void every_argument_that_takes_a_referrals_client_code_completes_that_contacts_codes() {
        List<String> clients = new ArrayList<>();
        for (picocli.CommandLine sub : Refnet.model().getSubcommands().values()) {
            for (picocli.CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
                List<String> words = new ArrayList<>();
                if (arg.completionCandidates() != null) {
                    arg.completionCandidates().forEach(words::add);
                }
                if (words.equals(List.of(CompletionScripts.CLIENTS_MARKER))) {
                    clients.add(sub.getCommandName() + " " + arg.paramLabel());
                }
            }
        }
        // log-referral's --client is a new code, which no completion can know.
        assertThat(clients).containsExactlyInAnyOrder("outcome CLIENT", "unlog CODE");
    }

    @Test
    void every_argument_that_takes_a_contact_completes_its_ids() {
        List<String> missing = new ArrayList<>();
        int contacts = 0;
        for (picocli.CommandLine sub : Refnet.model().getSubcommands().values()) {
            for (picocli.CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
                if (arg.paramLabel().equals("CONTACT")) {
                    contacts++;
                    List<String> words = new ArrayList<>();
                    arg.completionCandidates().forEach(words::add);
                    if (!words.equals(List.of(CompletionScripts.CONTACTS_MARKER))) {
                        missing.add(sub.getCommandName() + " " + arg);
                    }
                }
            }
        }
        assertThat(contacts).as("arguments named CONTACT").isGreaterThanOrEqualTo(15);
        assertThat(missing).as("CONTACT arguments without completion of ids").isEmpty();
    }

    @Test
    void tab_completes_query_fields_and_their_values() throws Exception {
        assertThat(r.in(net, "add-contact", "Grace AME Church", "--category", "faith", "--tag", "top referrer").code()).isZero();
        String dir = "--dir " + net;
        assertThat(completeLine("refnet list " + dir + " cat")).containsExactly("category:");
        assertThat(completeLine("refnet list " + dir + " category:")).contains("physician", "school", "therapist").hasSize(8);
        assertThat(completeLine("refnet due " + dir + " category:ph")).containsExactly("physician");
        assertThat(completeLine("refnet report " + dir + " status:")).containsExactly("active", "archived", "paused", "prospect");
        assertThat(completeLine("refnet list " + dir + " category:physician,sc")).containsExactly("physician,school");
        assertThat(completeLine("refnet list " + dir + " tag:to")).containsExactly("top\\ referrer");
        assertThat(completeLine("refnet list " + dir + " not:tag:to")).containsExactly("top\\ referrer");
        assertThat(completeLine("refnet list " + dir + " name:gr")).containsExactly("Grace\\ AME\\ Church");
        assertThat(completeLine("refnet export " + dir + " contacts status:pa")).containsExactly("paused");
        assertThat(completeLine("refnet list " + dir + " --format j")).as("options still complete").containsExactly("json");
        assertThat(completeLine("refnet list --dir=" + net + " tag:to")).as("--dir=DIR, which bash splits at '='")
                .containsExactly("top\\ referrer");
    }

    @Test
    void tab_completes_contact_ids_of_refnet_dir() throws Exception {
        assertThat(completeWith(Map.of("REFNET_DIR", net.toString()), "refnet", "thank", "dr-s")).containsExactly("dr-sam-rivera");
    }

    @Test
    void tab_completes_subcommands_categories_aliases_types_and_outcomes() throws Exception {
        assertThat(complete("refnet", "imp")).containsExactly("import");
        assertThat(complete("refnet", "add-contact", "X", "--category", "ch")).containsExactly("church");
        assertThat(complete("refnet", "add-contact", "X", "--category", "phy")).containsExactly("physician");
        assertThat(complete("refnet", "log", "--dir", net.toString(), "dr-maria-lopez", "than")).containsExactly("thank-you");
        assertThat(complete("refnet", "log-referral", "--outcome", "no")).containsExactly("no-show");
        assertThat(complete("refnet", "export", "--format", "j")).containsExactly("json");
    }

    /**
     * The words bash would offer at the end of {@code line}, split into words as bash splits it
     * (at blanks, and at ':', which is in COMP_WORDBREAKS), with the escapes bash would insert.
     */
    private List<String> completeLine(String line) throws Exception {
        List<String> words = new ArrayList<>();
        for (String blank : line.split(" ", -1)) {
            StringBuilder part = new StringBuilder();
            for (char ch : blank.toCharArray()) {
                if (ch == ':' || ch == '=') {
                    if (part.length() > 0) {
                        words.add(part.toString());
                    }
                    words.add(String.valueOf(ch));
                    part.setLength(0);
                } else {
                    part.append(ch);
                }
            }
            if (part.length() > 0 || blank.isEmpty()) {
                words.add(part.toString());
            }
        }
        Path bin = launcher();
        StringBuilder cmd = new StringBuilder("source " + repo().resolve("completions/refnet.bash")
                + "\ncompopt() { :; }\nCOMP_WORDS=(");
        for (String w : words) {
            cmd.append(quote(w)).append(' ');
        }
        cmd.append(")\nCOMP_CWORD=").append(words.size() - 1).append("\nCOMP_LINE=").append(quote(line))
                .append("\nCOMP_POINT=").append(line.length())
                .append("\n_complete_refnet\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n");
        Shell s = bashWith(Map.of(), bin, cmd.toString());
        assertThat(s.code).as(s.out).isZero();
        List<String> out = new ArrayList<>();
        for (String l : s.out.split("\n")) {
            if (!l.isEmpty()) {
                out.add(l.replace("'", ""));
            }
        }
        return out;
    }

    /** The words bash would offer for the last word, by calling the completion function as bash does. */
    private List<String> complete(String... words) throws Exception {
        return completeWith(Map.of(), words);
    }

    private List<String> completeWith(Map<String, String> env, String... words) throws Exception {
        Path bin = launcher();
        // compopt works only inside a completion bash itself started; here it has nothing to change.
        StringBuilder cmd = new StringBuilder("source " + repo().resolve("completions/refnet.bash")
                + "\ncompopt() { :; }\nCOMP_WORDS=(");
        for (String w : words) {
            cmd.append(quote(w)).append(' ');
        }
        cmd.append(")\nCOMP_CWORD=").append(words.length - 1).append("\nCOMP_LINE=").append(quote(String.join(" ", words)))
                .append("\n_complete_refnet\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n");
        Shell s = bashWith(env, bin, cmd.toString());
        assertThat(s.code).as(s.out).isZero();
        List<String> out = new ArrayList<>();
        for (String line : s.out.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line.replace("'", ""));
            }
        }
        return out;
    }

    /** A {@code refnet} on PATH that runs this build's classes. */
    private Path launcher() throws IOException {
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        Path refnet = bin.resolve("refnet");
        Files.writeString(refnet, "#!/bin/sh\nexec " + quote(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + " -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path")) + " dev.refnet.Main \"$@\"\n");
        Files.setPosixFilePermissions(refnet, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    record Shell(int code, String out) {
    }

    private Shell bash(String command) throws Exception {
        return bashWith(Map.of(), null, command);
    }

    private Shell bashWith(Map<String, String> env, Path bin, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", command).redirectErrorStream(true);
        pb.environment().remove("REFNET_DIR");
        pb.environment().putAll(env);
        pb.environment().put("HOME", tmp.toString());
        if (bin != null) {
            pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Shell(p.waitFor(), out);
    }
}
