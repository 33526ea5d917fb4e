package dev.refnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/development.md, read from the sources: arrows point down only. Each test
 * names a package and the packages it must not use; a use is an import or a fully qualified name
 * in code (comments are left out, so a Javadoc link to a layer above is fine).
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/refnet");

    /** The commands' own package, without its sub-packages (which sit below it). */
    private static final String CLI = "dev\\.refnet\\.cli\\.(?!args\\b)";

    @Test
    void nothing_below_the_commands_uses_a_command() throws IOException {
        for (String layer : List.of("model", "yaml", "store", "engine", "render", "merge", "sync", "console", "cli/args", "startup/load")) {
            assertThat(uses(layer, CLI)).as("%s must not use dev.refnet.cli (the commands sit above it)", layer).isEmpty();
        }
    }

    @Test
    void the_console_and_argument_support_use_no_store_and_no_command() throws IOException {
        assertThat(uses("console", "dev\\.refnet\\.(store|sync|merge|startup|build|cli)\\.")).isEmpty();
        assertThat(uses("cli/args", "dev\\.refnet\\.(store|sync|merge|startup|build|console|engine|render)\\.")).isEmpty();
    }

    @Test
    void the_engine_and_the_model_use_no_store_and_no_command() throws IOException {
        for (String layer : List.of("engine", "model")) {
            assertThat(uses(layer, "dev\\.refnet\\.(store|cli)\\.")).as("%s must not use the store or the commands", layer).isEmpty();
        }
        // The engine computes from model values only: no files, no terminal, no rendering.
        assertThat(uses("engine", "dev\\.refnet\\.(?!(engine|model)\\.)[a-z]+\\.")).isEmpty();
    }

    @Test
    void the_store_uses_only_the_model_and_yaml_and_reaches_the_cache_through_its_interface() throws IOException {
        // The cache's file and the early read (startup/load) sit above the store and implement or
        // call it; the store never names them.
        assertThat(uses("store", "dev\\.refnet\\.(?!(store|model|yaml)\\.)[a-z]+\\.")).isEmpty();
    }

    @Test
    void the_model_uses_only_itself() throws IOException {
        assertThat(uses("model", "dev\\.refnet\\.(?!model\\.)[a-z]+\\.")).isEmpty();
    }

    @Test
    void render_draws_the_engine_and_the_model_and_of_the_layers_below_only_their_result_records() throws IOException {
        // Renderers never read files or run git; what the store and sync report (a located
        // problem, sync's report) reaches them as plain records, the only names they may use.
        assertThat(uses("render", "dev\\.refnet\\.(?!(render|engine|model)\\.)(?!store\\.Problem\\b)(?!sync\\.Sync\\b)[a-z]+\\."))
                .as("render uses nothing of the store or sync but their result records").isEmpty();
    }

    @Test
    void a_command_reads_the_global_options_from_its_mixin_not_from_the_root_command() throws IOException {
        List<String> casts = new ArrayList<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("cli"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("Command.java")).toList()) {
                String code = COMMENT.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                if (code.contains("(RefnetCommand)") || code.contains("root().userObject()")) {
                    casts.add(f.getFileName().toString());
                }
            }
        }
        assertThat(casts).as("commands that reach the root command's object").isEmpty();
    }

    @Test
    void the_rule_finds_a_use_when_there_is_one() {
        // The check itself must be able to fail: an import and a qualified name are found, a comment is not.
        String source = "package x;\nimport dev.refnet.cli.BaseCommand;\n/** see dev.refnet.cli.Refnet */\n"
                + "class A { Object o = new dev.refnet.cli.args.DateSpec(null, null, 0); dev.refnet.cli.Refnet r; }\n";
        assertThat(found(source, CLI)).containsExactly("dev.refnet.cli.BaseCommand", "dev.refnet.cli.Refnet");
    }

    /** Each use in the package {@code layer} (a folder under dev/refnet, its sub-packages included) of a name matching {@code banned}. */
    private static List<String> uses(String layer, String banned) throws IOException {
        Path folder = MAIN.resolve(layer);
        assertThat(folder).as("the layer's folder").isDirectory();
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String use : found(Files.readString(f, StandardCharsets.UTF_8), banned)) {
                    all.add(MAIN.relativize(f) + ": " + use);
                }
            }
        }
        return all;
    }

    /** Comments, and the package line (a package is no use of itself). */
    private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/|^package [^;]*;", Pattern.DOTALL | Pattern.MULTILINE);

    private static List<String> found(String source, String banned) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        Matcher m = Pattern.compile("\\b" + banned + "[A-Za-z_][\\w]*").matcher(code);
        List<String> uses = new ArrayList<>();
        while (m.find()) {
            uses.add(m.group());
        }
        return uses;
    }
}
