package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.model.Contact;
import dev.refnet.model.Ids;
import dev.refnet.store.Git;
import dev.refnet.store.NetworkStore;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet rename}: a contact's new name, and with {@code --id} a new file name too. */
@Command(name = "rename",
        description = {"Change a contact's name (after a merger, a marriage, a typo). Only the name line of the file changes.",
            "With --id the file is renamed too, to the id made from the new name (or the one given): in a git network"
                + " through 'git mv', so that 'git log --follow' keeps its history. An id that is taken is refused."},
        footerHeading = "%nExamples:%n",
        footer = {"  refnet rename 'Eastside Clinic' 'Eastside Family Medicine'",
            "  refnet rename eastside-clinic 'Eastside Family Medicine' --id",
            "  refnet rename eastside-clinic 'Eastside Family Medicine' --id=eastside"})
public final class RenameCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either.")
    String contact;

    @Parameters(index = "1", paramLabel = "NEW-NAME", description = "The new name, as it should be shown.")
    String newName;

    @Option(names = "--id", arity = "0..1", fallbackValue = "", paramLabel = "ID",
            description = "Also rename the file: to ID, or (without a value) to the id made from NEW-NAME.")
    String newId;

    @Override
    public Integer call() {
        String name = newName.strip();
        if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
            throw usage("NEW-NAME must be one line of text, like 'Eastside Family Medicine'");
        }
        Contact c = resolve(contact);
        String id = newId == null ? c.id() : newId.isBlank() ? Ids.fromName(name) : newId.strip();
        if (!id.equals(c.id()) && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw usage("'" + id + "' cannot be an id: use lower-case a-z, 0-9 and single dashes, like "
                    + Ids.fromName(id));
        }
        if (id.equals(c.id())) {
            if (name.equals(c.name())) {
                out().println(c.name() + " already has that name" + (newId == null ? "" : " and id") + "; nothing changed");
                return 0;
            }
            beforeChange();
            NetworkStore.Change change = store().setName(c.id(), name);
            out().println("renamed " + change.before().name() + " to " + name + " (the id stays " + c.id()
                    + (newId == null ? "; add --id to change it too)" : ")"));
            commit(List.of(change.file()), "rename " + change.before().name() + " to " + name);
            return 0;
        }
        beforeChange();
        Git git = commits() ? Git.find(store().dir()).orElse(null) : null;
        NetworkStore.Renamed r = store().renameWithId(c.id(), name, id, git);
        out().println("renamed " + r.before().name() + " to " + name + "; its id is now " + id + " (the file is "
                + r.to() + ")");
        commit(List.of(r.from(), r.to()), "rename " + r.before().name() + " to " + name + " (id " + c.id() + " to " + id + ")");
        return 0;
    }
}
