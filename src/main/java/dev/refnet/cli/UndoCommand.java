package dev.refnet.cli;

import dev.refnet.model.RefnetException;
import dev.refnet.store.Git;
import dev.refnet.store.Undo;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refnet undo}: takes back the last change refnet committed, as a new commit. */
@Command(name = "undo",
        description = {"Take back the last change refnet committed in this network (a log entry, an archive, a rename,"
                + " a removal...): its files get their earlier content back, in a new commit, so history keeps both."
                + " Run it again to take back the change before. A file changed since (by hand or by a colleague) is"
                + " left alone and undo says so. Needs the network to be a git repository."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet undo --list   # the last ten changes, and which one undo takes back",
            "  refnet undo"})
public final class UndoCommand extends BaseCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--list", description = "List refnet's last ten changes, newest first, and change nothing.")
    boolean list;

    @Override
    public Integer call() {
        store().requireExists();
        Git git = Git.find(store().dir()).orElseThrow(() -> RefnetException.data("undo needs a git network: "
                + store().dir() + " is not in a git repository, so refnet keeps no earlier versions to go back to"
                + " (make it one with 'git init', then commit; 'refnet init --git' does both for a new network)"));
        Undo undo = new Undo(store(), git);
        if (list) {
            List<Undo.Change> changes = undo.changes(10);
            if (changes.isEmpty()) {
                out().println("refnet has committed no change in this network yet");
                return 0;
            }
            String next = undo.next().map(Git.Commit::hash).orElse(null);
            for (Undo.Change ch : changes) {
                Git.Commit c = ch.commit();
                out().println(WHEN.format(c.date()) + "  " + c.shortHash() + "  " + c.subject()
                        + (ch.undone() ? "  (undone)" : "") + (c.hash().equals(next) ? "  <- 'refnet undo' takes back this" : ""));
            }
            return 0;
        }
        if (global().noCommit || !config().autoCommit()) {
            throw usage("undo records what it took back as a commit, so it cannot run with --no-commit"
                    + " or git.auto-commit: false");
        }
        Git.Commit target = undo.next().orElseThrow(() -> RefnetException.data(
                "there is no change by refnet to take back in this network ('refnet undo --list' shows refnet's changes)"));
        git.requireNoOperationInProgress();
        beforeChange();
        List<Undo.Restore> plan = undo.plan(target);
        List<Path> files = undo.apply(target, plan);
        commit(files, "undo " + target.subject(), Map.of(Git.UNDOES_TRAILER, target.hash()));
        List<String> shown = files.stream().map(f -> store().dir().toAbsolutePath().normalize()
                .relativize(f.toAbsolutePath().normalize()).toString()).toList();
        out().println("took back '" + target.subject() + "' (" + target.shortHash() + ", " + WHEN.format(target.date())
                + "): " + String.join(" and ", shown) + (shown.size() == 1 ? " is" : " are") + " as before");
        return 0;
    }
}
