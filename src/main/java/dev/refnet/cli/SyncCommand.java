package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.render.SyncText;
import dev.refnet.sync.Sync;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refnet sync}: commit, pull with a merge, push; say what came in. */
@Command(name = "sync",
        description = {"Share your changes with your practice and take in theirs: run it when you start and when you end a day.",
            "It commits what you changed (once 'refnet check' finds no error in it), merges what the others sent"
                + " (entries logged on two laptops are all kept), sends yours, and says in plain words what came in.",
            "When two of you changed the same value differently it stops, shows both values, and says how to settle it;"
                + " every other command keeps working meanwhile."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet sync",
            "  refnet sync --keep-mine dr-maria-lopez     # settle a difference: your value",
            "  refnet sync --keep-theirs dr-maria-lopez   # or the other clinician's",
            "",
            "  # the network is a clone of your practice's shared git repository:",
            "  # see 'A group practice' in docs/guide.md"})
public final class SyncCommand extends BaseCommand {

    @Option(names = "--keep-mine", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Settle this contact's unsettled differences with your values (its id, as sync printed it).")
    List<String> mine = new ArrayList<>();

    @Option(names = "--keep-theirs", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Settle this contact's unsettled differences with the other side's values.")
    List<String> theirs = new ArrayList<>();

    @Override
    public Integer call() {
        if (global().noCommit) {
            throw usage("sync commits your changes, so --no-commit does not go with it");
        }
        store().requireExists();
        List<Sync.Choice> choices = new ArrayList<>();
        for (String id : mine) {
            choices.add(new Sync.Choice(id.strip(), true));
        }
        for (String id : theirs) {
            if (mine.contains(id)) {
                throw usage("'" + id + "' cannot be settled both ways: give it to --keep-mine or to --keep-theirs");
            }
            choices.add(new Sync.Choice(id.strip(), false));
        }
        lock();
        Sync.Report report = new Sync(store(), env().env()).run(choices);
        for (String line : SyncText.done(report)) {
            out().println(line);
        }
        out().flush();
        if (report.stop() == null) {
            return 0;
        }
        for (String line : SyncText.stopped(report)) {
            err().println(line.startsWith("  ") ? line : "refnet: " + line);
        }
        err().flush();
        return 1;
    }
}
