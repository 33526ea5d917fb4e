package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.engine.ImportPlan;
import dev.refnet.model.Category;
import dev.refnet.model.ContactRow;
import dev.refnet.model.RefnetException;
import dev.refnet.store.ContactCsvReader;
import dev.refnet.store.NetworkStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet import}: contacts from a CSV file (refnet's export, Google Contacts, Outlook). */
@Command(name = "import",
        description = {"Add contacts from a CSV file: refnet's own export, or a Google Contacts or Outlook export.",
            "A contact already in the network (same e-mail, or same name ignoring case and accents) is skipped "
                + "and reported, so importing a file twice adds nothing the second time. The category comes from a "
                + "'category' column, else from labels or categories that name one (like 'Physicians' or 'church'), "
                + "else --category. A row that cannot be read is reported with its line number and the rest imported. "
                + "Everything added is committed at once."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet import contacts.csv --dry-run",
            "  refnet import google-contacts.csv --category physician",
            "  refnet import outlook.csv --all-or-nothing"})
public final class ImportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8; Windows-1252 is read with a warning).")
    Path file;

    @Option(names = {"--category", "-c"}, paramLabel = "CATEGORY", converter = Converters.CategoryConverter.class,
            completionCandidates = Converters.CategoryCandidates.class,
            description = "The category of rows that name none (default: other).")
    Category category;

    @Option(names = "--dry-run", description = "Print what would be added and skipped; write nothing.")
    boolean dryRun;

    @Option(names = "--all-or-nothing", description = "Import nothing when any row cannot be read.")
    boolean allOrNothing;

    @Override
    public Integer call() {
        NetworkStore store = store();
        store.requireExists();
        Path path = file.isAbsolute() ? file : env().cwd().resolve(file);
        List<ContactRow> rows;
        try {
            rows = ContactCsvReader.read(text(path), category == null ? Category.OTHER : category, today());
        } catch (IllegalArgumentException e) {
            throw RefnetException.data(file + ": not a CSV file refnet can read: " + e.getMessage());
        }
        List<ImportPlan.Step> steps = ImportPlan.plan(network().contacts(), rows);
        int add = 0;
        int present = 0;
        int bad = 0;
        for (ImportPlan.Step s : steps) {
            switch (s.kind()) {
                case ADD -> add++;
                case PRESENT -> present++;
                case PROBLEM -> bad++;
            }
        }
        for (ImportPlan.Step s : steps) {
            if (s.kind() == ImportPlan.Kind.PROBLEM) {
                err().println(file + ":" + s.line() + ": " + s.detail() + "; row skipped");
            }
        }
        err().flush();
        if (bad > 0 && allOrNothing && !dryRun) {
            throw RefnetException.data(count(bad, "row") + " of " + file + " could not be read; nothing was imported"
                    + " (--all-or-nothing). Fix the rows above and import again");
        }
        if (!dryRun && add > 0) {
            beforeChange();
        }
        String verb = dryRun ? "would add " : "added ";
        List<Path> written = new ArrayList<>();
        for (ImportPlan.Step s : steps) {
            switch (s.kind()) {
                case ADD -> {
                    String id = s.contact().id();
                    if (!dryRun) {
                        NetworkStore.Change change = store.create(s.contact());
                        written.add(change.file());
                        id = change.after().id();
                    }
                    out().println(verb + s.contact().name() + " (" + s.contact().category().word() + ") as " + id);
                }
                case PRESENT -> out().println((dryRun ? "would skip " : "skipped ") + s.contact().name() + " (line "
                        + s.line() + "): " + s.detail());
                case PROBLEM -> {
                }
            }
        }
        String summary = (dryRun ? "dry run: would import " : "imported ") + count(add, "contact")
                + (present > 0 ? ", skipped " + present + " already present" : "")
                + (bad > 0 ? ", " + count(bad, "row") + " could not be read" : "")
                + (dryRun ? "; nothing was written" : "");
        out().println(summary);
        out().flush();
        if (!written.isEmpty()) {
            commit(written, "import " + count(written.size(), "contact") + " from " + path.getFileName());
        }
        return bad > 0 ? RefnetException.DATA : 0;
    }

    /** UTF-8; a file that is not (an older Outlook export) is read as Windows-1252 with a warning. */
    private String text(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw RefnetException.data("no file " + file);
        } catch (IOException e) {
            throw RefnetException.data(file + ": cannot read: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warn(file + " is not UTF-8; read it as Windows-1252 (check the accents, or save it as UTF-8 CSV)");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
