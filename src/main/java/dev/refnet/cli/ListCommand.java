package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.FormatOption;
import dev.refnet.cli.args.QueryArguments;
import dev.refnet.engine.Query;
import dev.refnet.model.Contact;
import dev.refnet.render.ContactJson;
import dev.refnet.render.ListText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code refnet list}: the contacts, filtered by a query. */
@Command(name = "list",
        description = {"List contacts: name, category, organization and last contact.",
            "QUERY terms must all hold: field:value (category, tag, specialty, status, org, name), a comma for "
                + "alternatives, a leading - or not: to negate, or a bare word to match name, organization or notes (a category's word, like online, also matches that category)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet list",
            "  refnet list category:physician,school status:active",
            "  refnet list trauma not:status:archived --format csv > partners.csv"})
public final class ListCommand extends BaseCommand implements QueryArguments {

    @Parameters(arity = "0..*", paramLabel = "QUERY", parameterConsumer = QueryArguments.Consumer.class,
            completionCandidates = Converters.QueryCandidates.class,
            description = "Filter terms (see above).")
    List<String> query = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Query q = Query.parse(query);
        LocalDate today = today();
        List<Contact> contacts = q.select(network().contacts());
        // Fold each name once: folding inside the comparator did it ~n log n times.
        Map<Contact, String> folded = new IdentityHashMap<>();
        contacts.forEach(c -> folded.put(c, dev.refnet.engine.Fold.fold(c.name())));
        contacts.sort(Comparator.comparing((Contact c) -> folded.get(c)).thenComparing(Contact::id));
        switch (format.get()) {
            case json -> {
                List<Object> items = new ArrayList<>();
                for (Contact c : contacts) {
                    items.add(ContactJson.contact(c, today, false));
                }
                printJson(items);
            }
            case csv -> out().print(ListText.csv(contacts, today));
            default -> {
                if (contacts.isEmpty()) {
                    out().println(network().contacts().isEmpty()
                            ? "No contacts yet. Add one with: refnet add-contact 'Name' --category physician"
                            : "No contact matches that query.");
                    endTextAnswer();
                    break;
                }
                // Cut to the terminal only: a pipe or file gets every name whole, for grep and for the record.
                out().print(ListText.render(contacts, today, env().stdoutIsTerminal() ? env().width() : Integer.MAX_VALUE, ansi()));
                endTextAnswer();
            }
        }
        return 0;
    }
}
