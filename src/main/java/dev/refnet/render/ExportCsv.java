package dev.refnet.render;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code refnet export} as CSV: one row per contact (every field; lists joined with {@code ;})
 * or one per log entry. The contact columns are the YAML keys, which {@code refnet import} reads
 * back, so an export imports into an empty network as the same contacts.
 *
 * <p>A value that a spreadsheet would run as a formula (one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a {@code '} before it, as
 * OWASP advises against CSV injection; so is a value that itself starts with {@code '}, so that
 * {@code refnet import}, which takes one such {@code '} off again, gives back the value exactly.
 */
public final class ExportCsv {

    /** The columns of a contact row: {@code id}, then every key of a contact file but the log. */
    public static final List<String> CONTACT_COLUMNS = columns(List.of("id"), ContactFields.ALL);

    /** The columns of a log row: the contact's id, name and category, then every key of an entry. */
    public static final List<String> LOG_COLUMNS = columns(List.of("contact", "name", "category"), EntryFields.ALL);

    private ExportCsv() {
    }

    private static List<String> columns(List<String> first, List<Field<?>> fields) {
        List<String> all = new ArrayList<>(first);
        for (Field<?> f : fields) {
            all.add(f.key());
        }
        return List.copyOf(all);
    }

    public static String contacts(List<Contact> contacts) {
        List<List<?>> rows = new ArrayList<>();
        for (Contact c : contacts) {
            List<Object> row = new ArrayList<>();
            row.add(c.id());
            for (Field<?> f : ContactFields.ALL) {
                row.add(cell(f, c.get(f)));
            }
            rows.add(row);
        }
        return Csv.write(CONTACT_COLUMNS, guard(rows));
    }

    /** A value in one cell: lists joined with {@code ;}, nothing for no value. */
    private static String cell(Field<?> f, Object v) {
        String text = f.text(v, ";");
        return text == null ? "" : text;
    }

    /** Entries by contact, then date; keys refnet does not know get a column each, after the known ones. */
    public static String log(List<Contact> contacts) {
        Set<String> extraKeys = new LinkedHashSet<>();
        for (Contact c : contacts) {
            for (LogEntry e : c.log()) {
                extraKeys.addAll(e.extra().keySet());
            }
        }
        extraKeys.removeAll(LOG_COLUMNS);
        List<String> header = new ArrayList<>(LOG_COLUMNS);
        header.addAll(extraKeys);
        List<List<?>> rows = new ArrayList<>();
        for (Contact c : contacts) {
            for (LogEntry e : c.logByDate()) {
                List<Object> row = new ArrayList<>(List.of(c.id(), c.name(), c.category().word()));
                for (Field<?> f : EntryFields.ALL) {
                    row.add(cell(f, e.get(f)));
                }
                for (String k : extraKeys) {
                    Object v = e.extra().get(k);
                    row.add(v == null ? "" : String.valueOf(v));
                }
                rows.add(row);
            }
        }
        return Csv.write(header, guard(rows));
    }

    /** {@code value} made safe to open in a spreadsheet (see the class comment). */
    public static String guard(String value) {
        return !value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static List<List<?>> guard(List<List<?>> rows) {
        List<List<?>> safe = new ArrayList<>();
        for (List<?> row : rows) {
            safe.add(row.stream().map(v -> v instanceof String text ? guard(text) : v).toList());
        }
        return safe;
    }
}
