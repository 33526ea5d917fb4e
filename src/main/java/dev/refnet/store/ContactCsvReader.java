package dev.refnet.store;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.Status;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads contacts from a CSV file: refnet's own export, and the layouts Google Contacts (new and
 * old) and Outlook write. Columns are matched by name, ignoring case, spaces and punctuation, so
 * {@code E-mail 1 - Value}, {@code email} and {@code Email} are all found. Each row becomes a
 * contact or a problem with its line number; a bad row never hides the others.
 */
public final class ContactCsvReader {

    /** One data row: a contact (its id a suggestion), or the problem that kept it from being one. */
    public record Row(int line, Contact contact, String problem) {
    }

    private static final List<String> NAME = List.of("name", "fullname", "displayname");
    private static final List<String> PREFIX = List.of("nameprefix", "title");
    private static final List<String> FIRST = List.of("firstname", "givenname");
    private static final List<String> MIDDLE = List.of("middlename", "additionalname");
    private static final List<String> LAST = List.of("lastname", "familyname");
    private static final List<String> SUFFIX = List.of("namesuffix", "suffix");
    private static final List<String> ORGANIZATION = List.of("organization", "organizationname", "organization1name", "company");
    private static final List<String> ROLE = List.of("role", "organizationtitle", "organization1title", "jobtitle");
    private static final List<String> EMAIL = List.of("email", "email1value", "emailaddress", "emailaddr");
    private static final List<String> PHONE = List.of("phone", "phone1value", "businessphone", "mobilephone", "primaryphone",
            "companymainphone", "homephone");
    private static final List<String> LABELS = List.of("labels", "categories", "groupmembership");

    private ContactCsvReader() {
    }

    /**
     * Reads {@code text} (a byte-order mark and CRLF line ends are fine). Rows with no category
     * column or label naming one get {@code fallback}; rows with no {@code since} get {@code today}.
     */
    public static List<Row> read(String text, Category fallback, LocalDate today) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineIndex lines = new LineIndex(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            Map<String, Integer> columns = null;
            for (CSVRecord r : parser) {
                if (isBlank(r)) {
                    continue;
                }
                if (columns == null) {
                    columns = columns(r);
                    continue;
                }
                int line = lines.lineOf(r.getCharacterPosition());
                rows.add(row(line, new Fields(columns, r), fallback, today));
            }
        } catch (UncheckedIOException | IOException e) {
            throw new IllegalArgumentException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
        return rows;
    }

    private static Row row(int line, Fields f, Category fallback, LocalDate today) {
        String name = f.first(NAME);
        if (name == null) {
            name = joinNonBlank(f.first(PREFIX), f.first(FIRST), f.first(MIDDLE), f.first(LAST), f.first(SUFFIX));
        }
        String organization = f.first(ORGANIZATION);
        if (name == null) {
            name = organization;
        }
        if (name == null) {
            return new Row(line, null, "no name (no name, first/last name or organization column has a value)");
        }
        Category category;
        String categoryText = f.first(List.of("category"));
        if (categoryText != null) {
            category = Category.parse(categoryText).orElse(null);
            if (category == null) {
                return new Row(line, null, "unknown category '" + categoryText + "' for " + name);
            }
        } else {
            category = fromLabels(f.first(LABELS)).orElse(fallback);
        }
        Status status = null;
        String statusText = f.first(List.of("status"));
        if (statusText != null) {
            status = Status.parse(statusText).orElse(null);
            if (status == null) {
                return new Row(line, null, "unknown status '" + statusText + "' for " + name
                        + "; use active, prospect, paused or archived");
            }
        }
        Cadence followUp = null;
        String cadence = f.first(List.of("followup", "every"));
        if (cadence != null) {
            try {
                followUp = Cadence.parse(cadence);
            } catch (IllegalArgumentException e) {
                return new Row(line, null, "follow-up of " + name + ": " + e.getMessage());
            }
        }
        LocalDate since;
        LocalDate snooze;
        try {
            since = date(f.first(List.of("since")), today);
            snooze = date(f.first(List.of("snoozeuntil")), null);
        } catch (DateTimeParseException e) {
            return new Row(line, null, "a date of " + name + " is not YYYY-MM-DD: '" + e.getParsedString() + "'");
        }
        Boolean accepting = null;
        String acceptingText = f.first(List.of("acceptingreferrals"));
        if (acceptingText != null) {
            accepting = switch (acceptingText.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y" -> Boolean.TRUE;
                case "false", "no", "n" -> Boolean.FALSE;
                default -> null;
            };
            if (accepting == null) {
                return new Row(line, null, "accepting-referrals of " + name + " is '" + acceptingText + "'; use true or false");
            }
        }
        String id = f.first(List.of("id"));
        String suggested = id != null && Ids.fromName(id).equals(id) ? id : Ids.fromName(name);
        String notes = f.raw("notes");
        Contact c = new Contact(suggested, name, category, organization, f.first(ROLE), list(f.first(List.of("specialties"))),
                firstValue(f.first(EMAIL)), firstValue(f.first(PHONE)), list(f.first(List.of("tags"))), status, followUp,
                since, accepting, notes, snooze, List.of(), Map.of());
        return new Row(line, c, null);
    }

    /** Google writes labels as {@code * myContacts ::: Physicians}; Outlook categories are split by ; or ,. */
    static java.util.Optional<Category> fromLabels(String labels) {
        if (labels == null) {
            return java.util.Optional.empty();
        }
        for (String label : labels.split(":::|;|,")) {
            String l = label.strip();
            if (l.startsWith("* ")) {
                l = l.substring(2).strip();
            }
            java.util.Optional<Category> c = Category.parse(l);
            if (c.isEmpty() && l.toLowerCase(Locale.ROOT).endsWith("s")) {
                c = Category.parse(l.substring(0, l.length() - 1));
            }
            if (c.isPresent()) {
                return c;
            }
        }
        return java.util.Optional.empty();
    }

    private static LocalDate date(String text, LocalDate fallback) {
        return text == null ? fallback : LocalDate.parse(text);
    }

    /** Google puts several values in one cell as {@code a ::: b}; refnet keeps the first. */
    private static String firstValue(String v) {
        if (v == null) {
            return null;
        }
        int at = v.indexOf(":::");
        return at < 0 ? v : blankToNull(v.substring(0, at).strip());
    }

    private static List<String> list(String v) {
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String joinNonBlank(String... parts) {
        String joined = String.join(" ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.putIfAbsent(key(header.get(i)), i);
        }
        return m;
    }

    /** {@code E-mail 1 - Value} becomes {@code email1value}. */
    static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The value without the {@code '} that {@code refnet export} (and other careful tools) put
     * before a value a spreadsheet would take for a formula: one {@code '} before {@code =},
     * {@code +}, {@code -}, {@code @}, a tab, a carriage return or another {@code '}.
     */
    static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r'".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** A row's values by column key. */
    private record Fields(Map<String, Integer> columns, CSVRecord record) {
        /** The first of the columns that has a value, stripped; null when none has. */
        String first(List<String> keys) {
            for (String k : keys) {
                String v = raw(k);
                if (v != null) {
                    return v.strip();
                }
            }
            return null;
        }

        /** The value as written (line ends made \n), or null when blank or absent. */
        String raw(String key) {
            Integer i = columns.get(key);
            if (i == null || i >= record.size()) {
                return null;
            }
            return blankToNull(unguard(record.get(i)).replace("\r\n", "\n"));
        }
    }

    /** Line numbers of character positions: CRLF, LF and a lone CR each end a line. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            int i = Arrays.binarySearch(starts, (int) position);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}
