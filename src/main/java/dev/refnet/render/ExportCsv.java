package dev.refnet.render;

import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import java.time.LocalDate;
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

    public static final List<String> CONTACT_COLUMNS = List.of("id", "name", "category", "organization", "role",
            "specialties", "email", "phone", "tags", "status", "follow-up", "since", "snooze-until",
            "accepting-referrals", "notes");

    public static final List<String> LOG_COLUMNS = List.of("contact", "name", "category", "date", "type", "client",
            "to", "from", "reason", "outcome", "note");

    private ExportCsv() {
    }

    public static String contacts(List<Contact> contacts) {
        List<List<?>> rows = new ArrayList<>();
        for (Contact c : contacts) {
            rows.add(List.of(c.id(), c.name(), c.category().word(), nz(c.organization()), nz(c.role()),
                    String.join(";", c.specialties()), nz(c.email()), nz(c.phone()), String.join(";", c.tags()),
                    c.status().word(), c.followUp() == null ? "" : c.followUp().text(), date(c.since()),
                    date(c.snoozeUntil()), c.acceptingReferrals() == null ? "" : c.acceptingReferrals().toString(),
                    nz(c.notes())));
        }
        return Csv.write(CONTACT_COLUMNS, guard(rows));
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
                List<Object> row = new ArrayList<>(List.of(c.id(), c.name(), c.category().word(), e.date().toString(),
                        e.type().word(), nz(e.client()), nz(e.to()), nz(e.from()), nz(e.reason()),
                        e.outcome() == null ? "" : e.outcome().word(), nz(e.note())));
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
