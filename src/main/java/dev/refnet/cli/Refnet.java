package dev.refnet.cli;

import dev.refnet.model.RefnetException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line with refnet's error handling: one plain line, the SPEC 5 exit code. */
public final class Refnet {

    private Refnet() {
    }

    public static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
        RefnetCommand root = new RefnetCommand(env);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // report's QUERY terms like -category:online are positional; Query refuses unknown --options.
        // Unclustered, so that -hope is a term and not -h.
        cl.getSubcommands().get("report").setUnmatchedOptionsArePositionalParams(true)
                .setPosixClusteredShortOptionsAllowed(false);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(env.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            c.getErr().println(red(env, "refnet: " + oneLine(ex.getMessage())) + " (see '" + name + " --help')");
            c.getErr().flush();
            return RefnetException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean verbose = root.verbose;
            if (ex instanceof RefnetException re) {
                c.getErr().println(red(env, "refnet: " + oneLine(re.getMessage())));
                if (verbose) {
                    ex.printStackTrace(c.getErr());
                }
                c.getErr().flush();
                return re.exitCode();
            }
            c.getErr().println(red(env, "refnet: unexpected error: " + ex
                    + (verbose ? "" : " (run again with --verbose for details, and please report it)")));
            if (verbose) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return RefnetException.DATA;
        });
        return cl;
    }

    /** Runs refnet and returns its exit code. */
    public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(env, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static String red(Environment env, String s) {
        return env.colour() ? CommandLine.Help.Ansi.ON.string("@|red,bold " + s.replace("|@", "| @") + "|@") : s;
    }
}
