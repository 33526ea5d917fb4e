package dev.refnet.cli.args;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, wherever they stand on the line ({@code refnet --dir X due}
 * and {@code refnet due --dir X} alike): a mixin of the root command whose options are inherited,
 * so that picocli adds them to every subcommand and binds them to this one object, which the
 * commands are given. The fields are public for the generated picocli model, which sets them
 * without reflection.
 */
public final class GlobalOptions {

    @Option(names = "--dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The network folder (default: $REFNET_DIR, the nearest folder with refnet.yaml, or ~/.local/share/refnet).")
    public Path dir;

    @Option(names = "--today", paramLabel = "DATE", scope = ScopeType.INHERIT, converter = DateSpec.Converter.class,
            description = "Act as if today were DATE (YYYY-MM-DD, yesterday, -7d), for reproducible results.")
    public DateSpec today;

    @Option(names = "--no-commit", scope = ScopeType.INHERIT,
            description = "Do not commit changed files to git, even in a git work tree.")
    public boolean noCommit;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show details on errors (a stack trace for bug reports).")
    public boolean verbose;
}
