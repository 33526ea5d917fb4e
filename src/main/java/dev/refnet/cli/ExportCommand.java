package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.QueryArguments;
import dev.refnet.engine.Query;
import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.render.ContactJson;
import dev.refnet.render.ExportCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet export}: contacts or log entries as CSV or JSON, for spreadsheets and other tools. */
@Command(name = "export",
        description = {"Export contacts or log entries as CSV or JSON, sorted by contact id.",
            "contacts: one row each, every field, lists joined with ';'. log: one row per entry, with the contact's id, "
                + "name and category. QUERY filters the contacts, as in 'refnet list'.",
            "CSV is UTF-8 with CRLF line ends, quoted where needed. A value that a spreadsheet would run as a formula "
                + "(starting with =, +, -, @) gets a ' in front, as does one starting with '; 'refnet import' reads "
                + "the contacts export back and takes that ' off again."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet export contacts > contacts.csv",
            "  refnet export contacts --bom > for-excel.csv",
            "  refnet export log category:physician --format json > physician-log.json"})
public final class ExportCommand extends BaseCommand implements QueryArguments {

    /** What to export. */
    enum What { contacts, log }

    /** The export formats. */
    enum Format { csv, json }

    @Parameters(index = "0", paramLabel = "WHAT", description = "contacts or log.")
    What what;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "QUERY", parameterConsumer = QueryArguments.Consumer.class,
            completionCandidates = Converters.QueryCandidates.class, description = "Filter terms, as in 'refnet list'.")
    List<String> query = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--bom", description = "Start the CSV with a UTF-8 byte-order mark, so that Excel shows accents right.")
    boolean bom;

    @Override
    public Integer call() {
        Query q = Query.parse(query);
        LocalDate today = today();
        List<Contact> contacts = q.select(network().contacts());
        contacts.sort(Comparator.comparing(Contact::id));
        if (format == Format.json) {
            List<Object> items = new ArrayList<>();
            for (Contact c : contacts) {
                if (what == What.contacts) {
                    items.add(ContactJson.contact(c, today, true));
                    continue;
                }
                for (LogEntry e : c.logByDate()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("contact", c.id());
                    m.put("name", c.name());
                    m.put("category", c.category().word());
                    m.putAll(ContactJson.entry(e));
                    items.add(m);
                }
            }
            printJson(items);
        } else {
            if (bom) {
                out().print('\uFEFF');
            }
            out().print(what == What.contacts ? ExportCsv.contacts(contacts) : ExportCsv.log(contacts));
        }
        out().flush();
        return 0;
    }
}
