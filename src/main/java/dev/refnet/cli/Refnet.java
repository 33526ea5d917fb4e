package dev.refnet.cli;

import dev.refnet.cli.args.QueryArguments;
import dev.refnet.console.Environment;
import dev.refnet.console.VisibleWriter;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import dev.refnet.startup.load.EarlyLoad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the command line with refnet's error handling: one plain line, the exit code of docs/format.md#section-5. */
public final class Refnet {

    private Refnet() {
    }

    /** The whole command line, every subcommand included (for help, completion and man pages). */
    public static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
        return commandLine(env, out, err, null);
    }

    /**
     * The command line as users get it, with a fixed environment so that what is made from it
     * (completion scripts, man pages) never depends on the machine.
     */
    public static CommandLine model() {
        Environment env = new Environment(Map.of(), Path.of("."), java.time.Clock.systemUTC(), false, false);
        return commandLine(env, new PrintWriter(new java.io.StringWriter()), new PrintWriter(new java.io.StringWriter()));
    }

    /**
     * The command line with only subcommand {@code only} when it is not null: a run pays for
     * the picocli model of the one command it runs.
     */
    static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err, String only) {
        return commandLine(env, out, err, only, GENERATED);
    }

    static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err, String only, Specs specs) {
        RefnetCommand root = new RefnetCommand(env);
        CommandLine cl = null;
        if (only != null && specs != null) {
            try {
                CommandSpec generated = specs.subcommand(only);
                if (generated != null) {
                    cl = new CommandLine(specs.root(root));
                    cl.addSubcommand(only, new CommandLine(generated));
                }
            } catch (LinkageError e) {
                // Generated code older than the classes it sets (a partial build, such as
                // 'mvn compile' alone after a field changed): the annotations are the truth.
                root = new RefnetCommand(env);
                cl = null;
            }
        }
        if (cl == null) {
            cl = annotated(root, only);
        }
        return configure(cl, env, out, err, root);
    }

    /**
     * The command line as picocli reads it from the annotations (every subcommand when {@code only}
     * is null); public for the build-time generator of the model ({@code startup/GenerateSpecs}).
     */
    public static CommandLine annotatedCommandLine(Environment env, String only) {
        RefnetCommand root = new RefnetCommand(env);
        PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
        return configure(annotated(root, only), env, none, none, root);
    }

    private static CommandLine annotated(RefnetCommand root, String only) {
        CommandLine cl = new CommandLine(root);
        for (Map.Entry<String, Class<?>> sub : RefnetCommand.SUBCOMMANDS) {
            if (only == null || only.equals(sub.getKey())) {
                cl.addSubcommand(sub.getKey(), sub.getValue());
            }
        }
        return cl;
    }

    /**
     * The same model built through picocli's programmatic API by code that {@code GenerateSpecs}
     * derives from the annotations at build time (dev.refnet.startup.GenerateSpecs) (see there for why); null in a build without it.
     */
    interface Specs {
        CommandSpec root(RefnetCommand command);

        /** A new command's model, or null for one that is read from its annotations. */
        CommandSpec subcommand(String name);
    }

    private static final Specs GENERATED = generated();

    /** Whether subcommand {@code name}'s model comes from the generated code (for tests). */
    static boolean isGenerated(String name) {
        return GENERATED != null && GENERATED.subcommand(name) != null;
    }

    private static Specs generated() {
        try {
            return (Specs) Class.forName("dev.refnet.cli.GeneratedSpecs").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static CommandLine configure(CommandLine cl, Environment env, PrintWriter out, PrintWriter err, RefnetCommand root) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(env.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // --help is as wide as refnet's other text (COLUMNS, else the terminal's own width), set
        // when help is drawn so that a run that prints none never measures the terminal.
        cl.setHelpFactory((spec, scheme) -> {
            spec.usageMessage().autoWidth(false).width(env.helpWidth());
            return new CommandLine.Help(spec, scheme);
        });
        markHelpColours(cl);
        for (CommandLine sub : cl.getSubcommands().values()) {
            markHelpColours(sub);
            if (sub.getCommand() instanceof BaseCommand command) {
                command.join(env, root.global, root::takeEarlyLoad);
            }
            if (sub.getCommand() instanceof QueryArguments) {
                // '-hospital' is the negated word 'hospital', not -h with -ospital clustered after it.
                sub.setPosixClusteredShortOptionsAllowed(false);
                sub.setUnmatchedOptionsArePositionalParams(true);
            }
        }
        cl.setExecutionStrategy(parseResult -> {
            refuseControlCharacters(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            c.getErr().println(red(env, "refnet: " + Visible.of(spaced(ex.getMessage()))) + " (see '" + name + " --help')");
            c.getErr().flush();
            return RefnetException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean verbose = root.global.verbose;
            if (ex instanceof RefnetException re) {
                c.getErr().println(red(env, "refnet: " + Visible.oneLine(re.getMessage())));
                if (verbose) {
                    ex.printStackTrace(c.getErr());
                }
                c.getErr().flush();
                return re.exitCode();
            }
            c.getErr().println(red(env, "refnet: unexpected error: " + Visible.oneLine(String.valueOf(ex))
                    + (verbose ? "" : " (run again with --verbose for details, and please report it)")));
            if (verbose) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return RefnetException.DATA;
        });
        return cl;
    }

    /**
     * Refuses an argument that holds a control character (NUL, ESC and the other C0 controls but tab
     * and line feed, DEL, C1): a name, note or reason holding one would reach a terminal that obeys
     * it. Every command's arguments are checked here, before the command runs, so nothing is written.
     */
    static void refuseControlCharacters(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            for (CommandLine.Model.ArgSpec arg : pr.matchedArgs()) {
                for (String value : arg.originalStringValues()) {
                    int at = Visible.firstRefused(value);
                    if (at >= 0) {
                        String name = arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
                        throw new CommandLine.ParameterException(pr.commandSpec().commandLine(), name + " holds a control"
                                + " character (" + Visible.escape(value.charAt(at)) + ") at character " + (at + 1)
                                + ", which a terminal would obey rather than show; take it out (tabs and line breaks are"
                                + " fine); nothing was written");
                    }
                }
            }
        }
    }

    /** --help's colours as refnet's others: written with Style.MARK, which the output writer turns back into ESC. */
    private static void markHelpColours(CommandLine cl) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new java.util.LinkedHashMap<>(cl.getHelpSectionMap());
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, HelpFooter::render);
        sections.replaceAll((key, renderer) -> help -> dev.refnet.render.Style.marked(renderer.render(help)));
        cl.getCommandSpec().usageMessage().sectionMap(sections);
    }

    /**
     * Two documented picocli switches that only cut start-up work (set on every run, so that
     * tests run as the program does): no lookup of Groovy's Closure class (a failed search of the
     * class path at every start), and no built-in converters for java.sql and java.time types,
     * which no refnet option uses (each was a class loaded and initialised by reflection, twice
     * per run; refnet's dates have converters of their own).
     */
    private static void picocliSettings() {
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
    }

    /** Runs refnet and returns its exit code. */
    public static int run(Environment env, PrintWriter rawOut, PrintWriter rawErr, String... args) {
        picocliSettings();
        // The one way out to a person: control characters in network text are shown, not obeyed.
        PrintWriter out = new PrintWriter(new VisibleWriter(rawOut, env.colour()), false);
        PrintWriter err = new PrintWriter(new VisibleWriter(rawErr, env.colour()), true);
        String sub = subcommandOf(args);
        // A command that reads the whole network starts reading it now, on another core, while
        // picocli builds its model (startup/load/EarlyLoad).
        EarlyLoad early = EarlyLoad.start(sub, args, dir -> BaseCommand.storeFor(dir, env));
        CommandLine cl = commandLine(env, out, err, sub);
        ((RefnetCommand) cl.getCommand()).earlyLoad(early);
        int code;
        try {
            code = cl.execute(args);
        } finally {
            releaseLocks(cl);
            out.flush();
            err.flush();
            if (early != null) {
                early.finish(); // the cache write it may have started, done while the answer was printed
            }
        }
        return code;
    }

    /**
     * The subcommand that {@code args} name, or null when they name none (then every subcommand
     * is built, so that help, suggestions and errors see them all). Global options come first.
     */
    static String subcommandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--dir") || a.equals("--today")) {
                i++;
            } else if (!a.startsWith("-")) {
                for (Map.Entry<String, Class<?>> sub : RefnetCommand.SUBCOMMANDS) {
                    if (sub.getKey().equals(a)) {
                        return a;
                    }
                }
                return null;
            } else if (a.equals("--") || !(a.startsWith("--dir=") || a.startsWith("--today=")
                    || a.equals("--no-commit") || a.equals("--verbose"))) {
                return null;
            }
        }
        return null;
    }

    private static void releaseLocks(CommandLine cl) {
        if (cl.getCommand() instanceof BaseCommand b) {
            b.releaseLock();
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            releaseLocks(sub);
        }
    }

    /**
     * Picocli's message (it may put a suggestion on a line of its own) as one line: each run of
     * blanks that holds a line break becomes one space. Runs are matched whole, so a long run is
     * looked at once, not again from each of its blanks.
     */
    static String spaced(String s) {
        return s == null ? "" : BLANKS.matcher(s.strip()).replaceAll(m -> m.group().indexOf('\n') >= 0
                || m.group().indexOf('\r') >= 0 ? " " : java.util.regex.Matcher.quoteReplacement(m.group()));
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    static String red(Environment env, String s) {
        return env.colour() ? dev.refnet.render.Style.marked(CommandLine.Help.Ansi.ON.string("@|red,bold " + s.replace("|@", "| @") + "|@")) : s;
    }
}
