package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.console.Editor;
import dev.refnet.console.Questions;
import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Visible;
import dev.refnet.store.ContactReader;
import dev.refnet.store.NetworkStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet edit}: a contact's file, or refnet.yaml, in the user's editor, checked before it is saved. */
@Command(name = "edit",
        description = {"Open a contact's file (or, with --config, refnet.yaml) in your editor: $VISUAL, else $EDITOR,"
                + " else vi. You edit a private copy; when you save and quit, refnet reads it as every command does. A"
                + " problem is shown with its line, and you choose to edit again or discard; nothing is written while"
                + " it fails. An unchanged file writes nothing; a file changed meanwhile on disk is not overwritten.",
            "A contact file refnet cannot read can be edited by its id, to fix it. Needs a terminal."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet edit lopez", "  EDITOR=nano refnet edit dr-maria-lopez", "  refnet edit --config"})
public final class EditCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either.")
    String contact;

    @Option(names = "--config", description = "Edit the network's settings, refnet.yaml, instead.")
    boolean config;

    @Override
    public Integer call() {
        if (config == (contact != null)) {
            throw usage("name a CONTACT to edit, or --config for refnet.yaml (not both)");
        }
        if (!env().stdinIsTerminal()) {
            throw usage("edit opens an editor and needs a terminal; in a script change a contact with 'refnet set',"
                    + " or edit the file and run 'refnet check'");
        }
        store().requireExists();
        NetworkStore.Original original = config ? store().originalConfig() : originalOf(contact.strip());
        byte[] start = original.bytes() == null ? new byte[0] : original.bytes();
        try (Editor editor = Editor.open(env(), original.path().getFileName().toString(), start)) {
            while (true) {
                byte[] edited = editor.edit();
                if (Arrays.equals(edited, start)) {
                    out().println("no changes; nothing was written");
                    return 0;
                }
                String problem = NetworkStore.problemIn(original, edited);
                if (problem == null) {
                    beforeChange();
                    Path file;
                    try {
                        file = store().replace(original, edited);
                    } catch (NetworkStore.ChangedMeanwhile e) {
                        editor.keep();
                        throw RefnetException.data(e.getMessage() + "; your edited copy is kept at " + editor.copy()
                                + ": run 'refnet edit' again and copy your change in");
                    }
                    String what = config ? NetworkStore.CONFIG_FILE : nameIn(original, edited);
                    out().println("saved " + file);
                    commit(List.of(file), "edit " + what);
                    return 0;
                }
                err().println(original.path() + ":" + Visible.of(problem));
                err().flush();
                if (!editAgain()) {
                    out().println("discarded your changes; nothing was written");
                    return 0;
                }
            }
        }
    }

    /** Asks "edit again or discard?" on the terminal; the prompt is closed before the editor runs again. */
    private boolean editAgain() {
        try (Questions q = questions()) {
            String answer = q.ask("Edit again or discard?", "edit", List.of("edit", "discard"), EditCommand::editOrDiscard,
                    "no terminal to ask whether to edit again or discard; nothing was written");
            return !answer.strip().toLowerCase(Locale.ROOT).startsWith("d");
        }
    }

    /** The contact's file: by its exact id even when it cannot be read (editing is how it gets fixed), else as matched. */
    private NetworkStore.Original originalOf(String query) {
        NetworkStore.Original byId = null;
        try {
            byId = store().original(query);
        } catch (RefnetException e) {
            if (e.exitCode() != RefnetException.USAGE) {
                throw e;
            }
            // not a name a file could have: matched as a name below
        }
        if (byId != null) {
            return byId;
        }
        Contact c = resolve(query);
        NetworkStore.Original found = store().original(c.id());
        if (found == null) {
            throw RefnetException.data("no contact '" + c.id() + "' (" + store().contactPath(c.id()) + " is gone)");
        }
        return found;
    }

    private static String nameIn(NetworkStore.Original original, byte[] edited) {
        return ContactReader.read(NetworkStore.idOf(original.path()), NetworkStore.decode(edited)).contact().name();
    }

    private static String editOrDiscard(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return List.of("e", "edit", "d", "discard").contains(a) ? null : "answer edit or discard";
    }
}
