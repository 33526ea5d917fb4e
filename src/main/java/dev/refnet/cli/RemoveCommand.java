package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.console.Questions;
import dev.refnet.model.Contact;
import dev.refnet.store.Git;
import dev.refnet.store.NetworkStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet remove}: deletes a contact's file, after asking. */
@Command(name = "remove",
        description = {"Remove a contact added by mistake: deletes its file, after asking on a terminal (without one, --yes"
                + " is needed). In a git network the file stays in git history and 'refnet undo' brings it back.",
            "To keep a partner's history but stop the check-ins, use 'refnet archive' instead."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet remove 'Test Contact'", "  refnet remove test-contact --yes   # in a script: no question"})
public final class RemoveCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either.")
    String contact;

    @Option(names = {"-y", "--yes"}, description = "Remove without asking (needed when not at a terminal).")
    boolean yes;

    @Override
    public Integer call() {
        Contact c = resolve(contact);
        NetworkStore.Source src = store().read(c.id());
        if (!yes) {
            int n = src.contact().log().size();
            String question = "Remove " + c.name() + " (" + src.path() + ", " + n + (n == 1 ? " log entry" : " log entries")
                    + ")? yes or no";
            String answer;
            try (Questions q = questions()) {
                answer = q.ask(question, "no", List.of("yes", "no"), RemoveCommand::yesOrNo,
                        "remove asks before it deletes a file, and there is no terminal to ask on: add --yes to remove "
                                + c.name() + " (" + c.id() + ")");
            }
            if (!answer.toLowerCase(Locale.ROOT).startsWith("y")) {
                out().println("kept " + c.name() + "; nothing was removed");
                return 0;
            }
        }
        beforeChange();
        boolean commits = commits();
        Optional<Git> git = Git.find(store().dir());
        boolean tracked = git.isPresent() && git.get().tracks(src.path());
        Path file = store().remove(src);
        commit(List.of(file), "remove " + c.name());
        String back;
        if (git.isEmpty()) {
            back = "the file is gone (this network is not in git, so there is no copy to get back)";
        } else if (commits && tracked) {
            back = file + " stays in git history: 'refnet undo' brings it back now, 'git log --all -- " + file
                    + "' finds it later";
        } else if (commits) {
            back = "it was never committed to git, so 'refnet undo' cannot bring it back";
        } else if (tracked) {
            back = "not committed: 'git checkout -- " + file + "' brings it back";
        } else {
            back = "it was never committed to git, so there is no copy to get back";
        }
        out().println("removed " + c.name() + "; " + back);
        return 0;
    }

    private static String yesOrNo(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes") || a.equals("n") || a.equals("no") ? null : "answer yes or no";
    }
}
