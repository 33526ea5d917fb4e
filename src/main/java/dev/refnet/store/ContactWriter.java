package dev.refnet.store;

import dev.refnet.model.Contact;
import dev.refnet.model.LogEntry;
import dev.refnet.yaml.YamlText;
import java.util.ArrayList;
import java.util.List;

/** Writes a new contact file as a person would: block style, SPEC 1.2's key order, {@code log} last. */
public final class ContactWriter {

    private ContactWriter() {
    }

    public static String write(Contact c) {
        StringBuilder sb = new StringBuilder();
        line(sb, "name", c.name());
        line(sb, "category", c.category().word());
        line(sb, "organization", c.organization());
        line(sb, "role", c.role());
        list(sb, "specialties", c.specialties());
        line(sb, "email", c.email());
        line(sb, "phone", c.phone());
        list(sb, "tags", c.tags());
        if (c.status() != dev.refnet.model.Status.ACTIVE) {
            line(sb, "status", c.status().word());
        }
        line(sb, "follow-up", c.followUp() == null ? null : c.followUp().text());
        line(sb, "since", c.since() == null ? null : c.since().toString());
        line(sb, "snooze-until", c.snoozeUntil() == null ? null : c.snoozeUntil().toString());
        line(sb, "accepting-referrals", c.acceptingReferrals() == null ? null : c.acceptingReferrals().toString());
        if (c.notes() != null) {
            if (YamlText.wantsBlock(c.notes())) {
                sb.append(YamlText.literalBlock("notes", c.notes(), 2, "\n"));
            } else {
                line(sb, "notes", c.notes());
            }
        }
        if (!c.log().isEmpty()) {
            sb.append("log:\n");
            for (LogEntry e : c.log()) {
                sb.append(EntryWriter.block(e, 2, 4, "\n"));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value == null) {
            return;
        }
        boolean raw = key.equals("since") || key.equals("snooze-until") || key.equals("accepting-referrals");
        sb.append(key).append(": ").append(raw ? value : YamlText.scalar(value)).append('\n');
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (String v : values) {
            items.add(YamlText.flowScalar(v));
        }
        sb.append(key).append(": [").append(String.join(", ", items)).append("]\n");
    }
}
