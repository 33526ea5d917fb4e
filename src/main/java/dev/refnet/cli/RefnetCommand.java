package dev.refnet.cli;

import dev.refnet.cli.args.GlobalOptions;
import dev.refnet.cli.args.VersionProvider;
import dev.refnet.console.Environment;
import dev.refnet.startup.load.EarlyLoad;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code refnet} command: the global options ({@link GlobalOptions}) and the list of subcommands. */
@Command(name = "refnet",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Keep your practice's referral network in plain YAML files.",
            "",
            "refnet keeps one YAML file per referral partner in a private folder (a git repository if you like), "
                + "tells you each morning whom to thank and whom to check in with, and shows who refers to whom."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet init ~/referrals --practice 'Harbor Light' --clinician 'Jordan Ellis' --git",
            "  refnet add-contact 'Dr. María López' --category physician",
            "  refnet log-referral --from lopez --client C-0142 --reason anxiety",
            "  refnet due",
            "",
            "The network folder is --dir, else $REFNET_DIR, else the nearest folder above this one "
                + "that holds refnet.yaml, else ~/.local/share/refnet.",
            "Exit status: 0 ok, 1 the data or request could not be served, 2 the command line is wrong."})
public final class RefnetCommand implements Runnable {

    /**
     * Every subcommand by name, in the order help lists them. They are listed here rather than in
     * {@code @Command(subcommands = …)} so that a run builds the model of its own subcommand only
     * (see {@link Refnet#run}): reading every command's annotations is most of picocli's start-up.
     */
    static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS = List.of(
            Map.entry("init", InitCommand.class),
            Map.entry("add-contact", AddContactCommand.class),
            Map.entry("list", ListCommand.class),
            Map.entry("show", ShowCommand.class),
            Map.entry("log", LogCommand.class),
            Map.entry("thank", ThankCommand.class),
            Map.entry("draft", DraftCommand.class),
            Map.entry("log-referral", LogReferralCommand.class),
            Map.entry("outcome", OutcomeCommand.class),
            Map.entry("due", DueCommand.class),
            Map.entry("snooze", SnoozeCommand.class),
            Map.entry("archive", ArchiveCommand.class),
            Map.entry("pause", PauseCommand.class),
            Map.entry("activate", ActivateCommand.class),
            Map.entry("rename", RenameCommand.class),
            Map.entry("edit", EditCommand.class),
            Map.entry("set", SetCommand.class),
            Map.entry("unlog", UnlogCommand.class),
            Map.entry("merge", MergeCommand.class),
            Map.entry("remove", RemoveCommand.class),
            Map.entry("undo", UndoCommand.class),
            Map.entry("match", MatchCommand.class),
            Map.entry("report", ReportCommand.class),
            Map.entry("import", ImportCommand.class),
            Map.entry("export", ExportCommand.class),
            Map.entry("completion", CompletionCommand.class),
            Map.entry("__complete", CompleteCommand.class),
            Map.entry("check", CheckCommand.class),
            Map.entry("sync", SyncCommand.class),
            Map.entry("merge-file", MergeFileCommand.class));

    @Spec
    CommandSpec spec;

    /** --dir, --today, --no-commit and --verbose, which every subcommand inherits. */
    @Mixin
    GlobalOptions global = new GlobalOptions();

    private final Environment environment;

    public RefnetCommand(Environment environment) {
        this.environment = environment;
    }

    public Environment environment() {
        return environment;
    }

    private EarlyLoad earlyLoad;

    void earlyLoad(EarlyLoad load) {
        earlyLoad = load;
    }

    /** The network read begun before parsing (see {@link Refnet#run}), once; null when there is none. */
    EarlyLoad takeEarlyLoad() {
        EarlyLoad load = earlyLoad;
        earlyLoad = null;
        return load;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
