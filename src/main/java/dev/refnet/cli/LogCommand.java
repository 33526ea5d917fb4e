package dev.refnet.cli;

import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.store.NetworkStore;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet log}: appends an outreach, thank-you or note entry. */
@Command(name = "log",
        description = {"Log an outreach, a thank-you or a note for a contact.",
            "TYPE is one of coffee, call, email, letter, meeting, visit, presentation, workshop, event, social, "
                + "thank-you, or note (a note is something to remember; it does not count as contact)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet log lopez coffee --note 'Talked about trauma referrals'",
            "  refnet log st-marks presentation --date 2025-03-01",
            "  refnet log lopez call --date yesterday"})
public final class LogCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", description = "Who: an id, a name, or part of either.")
    String contact;

    @Parameters(index = "1", paramLabel = "TYPE", converter = Converters.LogTypeConverter.class,
            completionCandidates = Converters.LogTypeCandidates.class, description = "What happened (see above).")
    EntryType type;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note about it.")
    String note;

    @Option(names = "--date", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When (YYYY-MM-DD, today, yesterday, -3d; default: today).")
    DateSpec date;

    @Override
    public Integer call() {
        return append(this, contact, type, date, note);
    }

    /** Appends a plain entry and says what was recorded; shared with {@code thank}. */
    static int append(BaseCommand cmd, String who, EntryType type, DateSpec dateSpec, String note) {
        Contact c = cmd.resolve(who);
        cmd.beforeChange();
        LocalDate date = cmd.date(dateSpec);
        LogEntry entry = LogEntry.of(date, type, note == null || note.isBlank() ? null : note.strip());
        NetworkStore.Change change = cmd.store().appendEntry(c.id(), entry);
        String what = switch (type) {
            case THANK_YOU -> "a thank-you to " + c.name();
            case NOTE -> "a note about " + c.name();
            default -> type.word() + " with " + c.name();
        };
        cmd.out().println("logged " + what + " on " + date);
        cmd.commit(List.of(change.file()), "log " + what);
        return 0;
    }
}
