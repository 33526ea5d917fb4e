package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.FormatOption;
import dev.refnet.model.Contact;
import dev.refnet.render.ContactJson;
import dev.refnet.render.ShowText;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code refnet show}: one contact with its whole log. */
@Command(name = "show",
        description = "Show one contact and its whole log. CONTACT is an id, a name, or an unambiguous part of either.",
        footerHeading = "%nExamples:%n",
        footer = {"  refnet show lopez", "  refnet show dr-maria-lopez --format json"})
public final class ShowCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "Who to show.")
    String contact;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Contact c = resolve(contact);
        LocalDate today = today();
        switch (format.get()) {
            case json -> printJson(ContactJson.contact(c, today, true));
            case csv -> out().print(ShowText.csv(c));
            default -> out().print(ShowText.render(c, network().config(), today, env().width(), env().stdoutIsTerminal(), ansi()));
        }
        return 0;
    }
}
