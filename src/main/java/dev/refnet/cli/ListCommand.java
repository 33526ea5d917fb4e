package dev.refnet.cli;

import dev.refnet.engine.Query;
import dev.refnet.model.Contact;
import dev.refnet.render.ContactJson;
import dev.refnet.render.Csv;
import dev.refnet.render.Table;
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
            case csv -> {
                List<List<?>> rows = new ArrayList<>();
                for (Contact c : contacts) {
                    rows.add(List.of(c.id(), c.name(), c.category().word(), nz(c.organization()), c.status().word(),
                            c.lastContact(today).map(LocalDate::toString).orElse("")));
                }
                out().print(Csv.write(List.of("id", "name", "category", "organization", "status", "lastContact"), rows));
            }
            default -> {
                if (contacts.isEmpty()) {
                    out().println(network().contacts().isEmpty()
                            ? "No contacts yet. Add one with: refnet add-contact 'Name' --category physician"
                            : "No contact matches that query.");
                    endTextAnswer();
                    break;
                }
                // The id is what people type next ('refnet log ID coffee'): never cut it (nor a date); on a
                // narrow terminal the organization gives way first.
                Table t = new Table("NAME", "CATEGORY", "ORGANIZATION", "LAST CONTACT", "ID").keep(3).keep(4).optional(2);
                for (Contact c : contacts) {
                    String last = c.lastContact(today).map(LocalDate::toString).orElse("never");
                    String name = c.status() == dev.refnet.model.Status.ACTIVE ? c.name() : c.name() + " (" + c.status() + ")";
                    t.row(name, c.category().word(), nz(c.organization()), last, c.id());
                }
                // Cut to the terminal only: a pipe or file gets every name whole, for grep and for the record.
                out().print(t.render(env().stdoutIsTerminal() ? env().width() : Integer.MAX_VALUE, ansi()));
                out().println(contacts.size() + (contacts.size() == 1 ? " contact" : " contacts"));
                endTextAnswer();
            }
        }
        return 0;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
