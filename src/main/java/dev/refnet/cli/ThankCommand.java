package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.console.Questions;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet thank}: the same as {@code refnet log CONTACT thank-you}. */
@Command(name = "thank",
        description = "Log a thank-you sent to a contact (the same as 'refnet log CONTACT thank-you').",
        footerHeading = "%nExamples:%n",
        footer = {"  refnet thank lopez", "  refnet thank 'St. Mark' --date yesterday --note 'Card and cookies'"})
public final class ThankCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who: an id, a name, or part of either (asked for on a terminal when missing).")
    String contact;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note about it.")
    String note;

    @Option(names = "--date", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When (YYYY-MM-DD, today, yesterday, -3d; default: today).")
    DateSpec date;

    @Override
    public Integer call() {
        Contact c;
        try (Questions q = questions()) {
            c = contact != null ? resolve(contact) : q.contact("Thank", "missing CONTACT: say whom you thanked, as in: refnet thank lopez");
        }
        return LogCommand.append(this, c, EntryType.THANK_YOU, date, note);
    }
}
