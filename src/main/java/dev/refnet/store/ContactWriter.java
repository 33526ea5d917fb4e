package dev.refnet.store;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;

/** Writes a new contact file as a person would: block style, the key order of docs/format.md#section-1-2, {@code log} last. */
public final class ContactWriter {

    private ContactWriter() {
    }

    public static String write(Contact c) {
        StringBuilder sb = new StringBuilder();
        for (Field<?> f : ContactFields.ALL) {
            Object value = c.get(f);
            if (!f.isFallback(value)) {
                sb.append(FieldYaml.line(f, value, 0, "\n"));
            }
        }
        if (!c.log().isEmpty()) {
            sb.append(ContactFields.LOG).append(":\n");
            for (LogEntry e : c.log()) {
                sb.append(EntryWriter.block(e, 2, 4, "\n"));
            }
        }
        return sb.toString();
    }
}
