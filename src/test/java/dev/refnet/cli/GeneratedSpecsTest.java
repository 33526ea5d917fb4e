package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.console.Environment;
import dev.refnet.startup.GenerateSpecs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The model GenerateSpecs writes at build time must be the model picocli reads from the
 * annotations: every argument's attributes and every help text, command by command.
 */
class GeneratedSpecsTest {

    private static final Environment ENV = new Environment(Map.of(), Path.of("."), Clock.systemUTC(), false, false);

    static Stream<String> subcommands() {
        return RefnetCommand.SUBCOMMANDS.stream().map(Map.Entry::getKey);
    }

    private static CommandLine generated(String name) {
        PrintWriter none = new PrintWriter(new StringWriter());
        return Refnet.commandLine(ENV, none, none, name);
    }

    @Test
    void everyCommandIsGenerated() {
        List<String> generated = new ArrayList<>();
        subcommands().forEach(name -> {
            if (Refnet.isGenerated(name)) {
                generated.add(name);
            }
        });
        assertThat(generated).containsExactlyElementsOf(subcommands().toList());
    }

    @Test
    void compiledModelIsTheOneTheCommandsGiveNow() throws ReflectiveOperationException {
        // Any option, command or help text added or changed since the model was generated changes
        // the source the generator writes now, and so its digest.
        Class<?> compiled = Class.forName("dev.refnet.cli.GeneratedSpecs");
        java.lang.reflect.Field fingerprint = compiled.getDeclaredField("FINGERPRINT");
        fingerprint.setAccessible(true);
        assertThat(fingerprint.get(null))
                .as("the compiled GeneratedSpecs is older than the commands; rebuild with ./mvnw compile")
                .isEqualTo(GenerateSpecs.fingerprint(GenerateSpecs.source()));
    }

    @Test
    void generatedCodeOlderThanTheCommandsItSetsGivesWayToTheAnnotations() {
        Refnet.Specs stale = new Refnet.Specs() {
            @Override
            public CommandSpec root(RefnetCommand command) {
                throw new NoSuchFieldError("dir");
            }

            @Override
            public CommandSpec subcommand(String name) {
                throw new NoSuchFieldError("upcoming");
            }
        };
        PrintWriter none = new PrintWriter(new StringWriter());
        CommandLine cl = Refnet.commandLine(ENV, none, none, "due", stale);
        CommandSpec due = cl.getSubcommands().get("due").getCommandSpec();
        assertThat(describe(due)).isEqualTo(describe(Refnet.annotatedCommandLine(ENV, "due").getSubcommands().get("due").getCommandSpec()));
        assertThat((Object) cl.getCommand()).isSameAs(due.root().userObject());
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void helpTextIsTheSameAsFromTheAnnotations(String name) {
        CommandLine fromAnnotations = Refnet.annotatedCommandLine(ENV, name).getSubcommands().get(name);
        CommandLine generated = generated(name).getSubcommands().get(name);
        assertThat(generated.getUsageMessage(Ansi.OFF)).isEqualTo(fromAnnotations.getUsageMessage(Ansi.OFF));
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void rootHelpAndVersionAreTheSameAsFromTheAnnotations(String name) {
        CommandLine fromAnnotations = Refnet.annotatedCommandLine(ENV, name);
        CommandLine generated = generated(name);
        assertThat(generated.getUsageMessage(Ansi.OFF)).isEqualTo(fromAnnotations.getUsageMessage(Ansi.OFF));
        assertThat(generated.getCommandSpec().version()).isEqualTo(fromAnnotations.getCommandSpec().version());
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everyArgumentHasTheSameAttributes(String name) {
        CommandSpec fromAnnotations = Refnet.annotatedCommandLine(ENV, name).getSubcommands().get(name).getCommandSpec();
        CommandSpec generated = generated(name).getSubcommands().get(name).getCommandSpec();
        assertThat(describe(generated)).isEqualTo(describe(fromAnnotations));
        assertThat(describe(generated.root())).isEqualTo(describe(fromAnnotations.root()));
    }

    /** Everything about a command's arguments that parsing, help and completion use. */
    private static List<String> describe(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add("command " + spec.name() + " aliases " + Arrays.toString(spec.aliases()));
        for (OptionSpec o : spec.options()) {
            lines.add("option " + Arrays.toString(o.names()) + common(o) + " usageHelp=" + o.usageHelp()
                    + " versionHelp=" + o.versionHelp() + " order=" + o.order() + " negatable=" + o.negatable());
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            lines.add("positional " + p.index() + common(p));
        }
        for (ArgGroupSpec g : spec.argGroups()) {
            lines.add("group exclusive=" + g.exclusive() + " multiplicity=" + g.multiplicity() + " validate=" + g.validate()
                    + " order=" + g.order() + " heading=" + g.heading() + " options="
                    + g.options().stream().map(o -> Arrays.toString(o.names())).toList());
        }
        return lines;
    }

    private static String common(ArgSpec a) {
        List<String> candidates = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(candidates::add);
        }
        return " label=" + a.paramLabel() + " arity=" + a.arity() + " type=" + a.type().getName()
                + " aux=" + Arrays.toString(a.auxiliaryTypes()) + " required=" + a.required() + " hidden=" + a.hidden()
                + " split=" + a.splitRegex() + " default=" + a.defaultValue() + " initial=" + a.initialValue()
                + " scope=" + a.scopeType() + " inherited=" + a.inherited() + " interactive=" + a.interactive()
                + " description=" + Arrays.toString(a.description())
                + " converters=" + Arrays.stream(a.converters()).map(c -> c.getClass().getName()).toList()
                + " candidates=" + candidates
                + " consumer=" + (a.parameterConsumer() == null ? null : a.parameterConsumer().getClass().getName())
                + " group=" + (a.group() == null ? null : a.group().synopsis());
    }
}
