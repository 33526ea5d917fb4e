package dev.refnet.cli;

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

    @Parameters(index = "0", paramLabel = "CONTACT", description = "Who: an id, a name, or part of either.")
    String contact;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note about it.")
    String note;

    @Option(names = "--date", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When (YYYY-MM-DD, today, yesterday, -3d; default: today).")
    DateSpec date;

    @Override
    public Integer call() {
        return LogCommand.append(this, contact, EntryType.THANK_YOU, date, note);
    }
}
