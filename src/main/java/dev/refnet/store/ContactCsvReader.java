package dev.refnet.store;

import dev.refnet.model.ContactRow;
import dev.refnet.model.Ids;
import dev.refnet.model.Visible;
import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
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
import java.util.Set;
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

    private static final List<String> NAME = List.of("name", "fullname", "displayname");
    private static final List<String> PREFIX = List.of("nameprefix", "title");
    private static final List<String> FIRST = List.of("firstname", "givenname");
    private static final List<String> MIDDLE = List.of("middlename", "additionalname");
    private static final List<String> LAST = List.of("lastname", "familyname");
    private static final List<String> SUFFIX = List.of("namesuffix", "suffix");
    private static final List<String> LABELS = List.of("labels", "categories", "groupmembership");

    /** Columns other apps (Google Contacts, Outlook) give a field, read after the field's own key. */
    private static final Map<Field<?>, List<String>> OTHER_COLUMNS = Map.of(
            ContactFields.ORGANIZATION, List.of("organizationname", "organization1name", "company"),
            ContactFields.ROLE, List.of("organizationtitle", "organization1title", "jobtitle"),
            ContactFields.EMAIL, List.of("email1value", "emailaddress", "emailaddr"),
            ContactFields.PHONE, List.of("phone1value", "businessphone", "mobilephone", "primaryphone",
                    "companymainphone", "homephone"),
            ContactFields.FOLLOW_UP, List.of("every"));

    /** Fields Google fills with several values, as {@code a ::: b}; refnet keeps the first. */
    private static final Set<Field<?>> FIRST_OF_SEVERAL = Set.of(ContactFields.EMAIL, ContactFields.PHONE);

    private ContactCsvReader() {
    }

    /**
     * Reads {@code text} (a byte-order mark and CRLF line ends are fine). Rows with no category
     * column or label naming one get {@code fallback}; rows with no {@code since} get {@code today}.
     */
    public static List<ContactRow> read(String text, Category fallback, LocalDate today) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineIndex lines = new LineIndex(text);
        List<ContactRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            Map<String, Integer> columns = null;
            CSVRecord header = null;
            for (CSVRecord r : parser) {
                if (isBlank(r)) {
                    continue;
                }
                if (columns == null) {
                    columns = columns(r);
                    header = r;
                    continue;
                }
                int line = lines.lineOf(r.getCharacterPosition());
                String control = controlCharacter(header, r);
                rows.add(control != null ? new ContactRow(line, null, control) : row(line, new Fields(columns, r), fallback, today));
            }
        } catch (UncheckedIOException | IOException e) {
            throw new IllegalArgumentException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
        return rows;
    }

    /**
     * Why a row is refused for a control character in one of its cells (NUL, ESC and the other C0
     * controls but tab and line breaks, DEL, C1), or null: such a character reaches a terminal that
     * obeys it, and no contact detail needs one.
     */
    private static String controlCharacter(CSVRecord header, CSVRecord r) {
        for (int i = 0; i < r.size(); i++) {
            String v = r.get(i).replace("\r\n", "\n");
            int at = Visible.firstRefused(v);
            if (at >= 0) {
                String column = i < header.size() && !header.get(i).isBlank() ? "column '" + header.get(i).strip() + "'"
                        : "column " + (i + 1);
                return column + " holds a control character (" + Visible.escape(v.charAt(at)) + ") at character "
                        + (at + 1) + "; take it out of the file (tabs and line breaks are fine)";
            }
        }
        return null;
    }

    private static ContactRow row(int line, Fields f, Category fallback, LocalDate today) {
        String name = f.first(NAME);
        if (name == null) {
            name = joinNonBlank(f.first(PREFIX), f.first(FIRST), f.first(MIDDLE), f.first(LAST), f.first(SUFFIX));
        }
        if (name == null) {
            name = f.first(columns(ContactFields.ORGANIZATION));
        }
        if (name == null) {
            return new ContactRow(line, null, "no name (no name, first/last name or organization column has a value)");
        }
        Category category;
        String categoryText = f.first(columns(ContactFields.CATEGORY));
        if (categoryText != null) {
            category = Category.parse(categoryText).orElse(null);
            if (category == null) {
                return new ContactRow(line, null, "unknown category '" + categoryText + "' for " + name);
            }
        } else {
            category = fromLabels(f.first(LABELS)).orElse(fallback);
        }
        String id = f.first(List.of("id"));
        String suggested = id != null && Ids.fromName(id).equals(id) ? id : Ids.fromName(name);
        Contact.Builder c = Contact.builder(suggested, name, category);
        for (Field<?> field : ContactFields.ALL) {
            if (field == ContactFields.NAME || field == ContactFields.CATEGORY) {
                continue;
            }
            String text = field.block() ? f.raw(key(field.key())) : f.first(columns(field));
            if (text == null) {
                text = f.custom(field);
            }
            if (text != null && FIRST_OF_SEVERAL.contains(field)) {
                text = firstValue(text);
            }
            try {
                c.set(field, value(field, text, name));
            } catch (IllegalArgumentException e) {
                return new ContactRow(line, null, e.getMessage());
            }
        }
        if (c.get(ContactFields.SINCE) == null) {
            c.with(ContactFields.SINCE, today);
        }
        return new ContactRow(line, c.build(), null);
    }

    /** A field's own column, then what other apps call it. */
    private static List<String> columns(Field<?> field) {
        List<String> all = new ArrayList<>();
        all.add(key(field.key()));
        all.addAll(OTHER_COLUMNS.getOrDefault(field, List.of()));
        return all;
    }

    /** The value of one cell; a bad one throws with a message that names the contact. */
    private static Object value(Field<?> field, String text, String name) {
        if (text == null) {
            return null;
        }
        String key = field.key();
        return switch (field.kind()) {
            case TEXT -> text;
            case TEXT_LIST -> {
                List<String> items = list(text);
                for (String item : items) {
                    String problem = field.itemProblem(item);
                    if (problem != null) {
                        throw new IllegalArgumentException(key + " of " + name + ": " + problem);
                    }
                }
                yield items;
            }
            case WORD -> field.parseWord(text).orElseThrow(() -> new IllegalArgumentException(
                    "unknown " + key + " '" + text + "' for " + name + "; use one of: " + field.wordList()));
            case DATE -> {
                try {
                    yield LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("a date of " + name + " is not YYYY-MM-DD: '" + text + "'");
                }
            }
            case CADENCE -> {
                try {
                    yield Cadence.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + " of " + name + ": " + e.getMessage());
                }
            }
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y" -> Boolean.TRUE;
                case "false", "no", "n" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(key + " of " + name + " is '" + text + "'; use true or false");
            };
        };
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

        /**
         * The value of a custom field Google Contacts labelled with the field's key or one
         * item's name ({@code Custom Field 1 - Label: Insurance}, {@code … - Value: Aetna; Cigna}).
         */
        String custom(Field<?> field) {
            for (int n = 1; n <= 20; n++) {
                String label = first(List.of("customfield" + n + "label", "customfield" + n + "type"));
                if (label == null) {
                    continue;
                }
                String k = key(label);
                if (k.equals(key(field.key())) || k.equals(key(field.singular()))) {
                    return first(List.of("customfield" + n + "value"));
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
