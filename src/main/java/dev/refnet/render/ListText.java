package dev.refnet.render;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** {@code list}'s answer: the contacts as a table with a count, or as CSV. */
public final class ListText {

    private ListText() {
    }

    /** The table and its count line; {@code width} is Integer.MAX_VALUE to keep every cell whole. */
    public static String render(List<Contact> contacts, LocalDate today, int width, Ansi ansi) {
        // The id is what people type next ('refnet log ID coffee'): never cut it (nor a date); on a
        // narrow terminal the organization gives way first.
        Table t = new Table("NAME", "CATEGORY", "ORGANIZATION", "LAST CONTACT", "ID").keep(3).keep(4).optional(2);
        for (Contact c : contacts) {
            String last = c.lastContact(today).map(LocalDate::toString).orElse("never");
            String name = c.status() == Status.ACTIVE ? c.name() : c.name() + " (" + c.status() + ")";
            t.row(name, c.category().word(), nz(c.organization()), last, c.id());
        }
        return t.render(width, ansi) + contacts.size() + (contacts.size() == 1 ? " contact" : " contacts") + System.lineSeparator();
    }

    /**
     * One row per contact: id, name, category, organization, status, last contact, then whom to
     * refer to at a glance (docs/format.md#section-8-1); export contacts has every key.
     */
    public static String csv(List<Contact> contacts, LocalDate today) {
        List<List<?>> rows = new ArrayList<>();
        for (Contact c : contacts) {
            rows.add(List.of(c.id(), c.name(), c.category().word(), nz(c.organization()), c.status().word(),
                    c.lastContact(today).map(LocalDate::toString).orElse(""),
                    c.accepting() == null ? "" : c.accepting().word(),
                    c.acceptingChecked() == null ? "" : c.acceptingChecked().toString(),
                    String.join(";", c.get(ContactFields.INSURANCE)), String.join(";", c.get(ContactFields.LANGUAGES)),
                    c.get(ContactFields.TELEHEALTH) == null ? "" : c.get(ContactFields.TELEHEALTH).word(),
                    String.join(";", c.get(ContactFields.AGES)), nz(c.get(ContactFields.AREA))));
        }
        return Csv.write(List.of("id", "name", "category", "organization", "status", "lastContact",
                "accepting", "acceptingChecked", "insurance", "languages", "telehealth", "ages", "area"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
