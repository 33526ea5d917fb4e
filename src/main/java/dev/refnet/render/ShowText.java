package dev.refnet.render;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** {@code show}'s answer: one contact's fields and its whole log, as text or as CSV of the log. */
public final class ShowText {

    private final PrintWriter out;
    /** The width notes and values wrap at: a terminal's, or none (Integer.MAX_VALUE) for a pipe or file. */
    private final int wrapWidth;

    private ShowText(PrintWriter out, int wrapWidth) {
        this.out = out;
        this.wrapWidth = wrapWidth;
    }

    /**
     * The contact's fields, its notes and its log as a table. When {@code terminal}, long notes
     * and values wrap between words at {@code width} with a hanging indent and the table's
     * details are cut to it; else (a pipe or file) everything is printed whole.
     */
    public static String render(Contact c, NetworkConfig config, LocalDate today, int width, boolean terminal, Ansi ansi) {
        StringWriter text = new StringWriter();
        new ShowText(new PrintWriter(text), terminal ? width : Integer.MAX_VALUE).text(c, config, today, ansi);
        return text.toString();
    }

    /** The contact's log, one row per entry, oldest first. */
    public static String csv(Contact c) {
        List<List<?>> rows = new ArrayList<>();
        for (LogEntry e : c.logByDate()) {
            rows.add(List.of(e.date().toString(), e.type().word(), nz(e.client()), nz(e.clinician()),
                    nz(e.reason()), e.outcome() == null ? "" : e.outcome().word(), nz(e.note())));
        }
        return Csv.write(List.of("date", "type", "client", "clinician", "reason", "outcome", "note"), rows);
    }

    private void text(Contact c, NetworkConfig config, LocalDate today, Ansi ansi) {
        out.println(Style.apply(ansi, "bold", c.name())
                + "  (" + c.category().word() + (c.status() == Status.ACTIVE ? "" : ", " + c.status()) + ")");
        field("id", c.id());
        for (Field<?> f : ContactFields.ALL) {
            if (f == ContactFields.FOLLOW_UP) {
                field(f.label(), config.cadenceFor(c).text() + (c.followUp() == null ? " (" + c.category().word() + " default)" : ""));
            } else if (f.label() != null) {
                field(f.label(), display(f, c.get(f)));
            }
        }
        if (c.accepting() != null || c.acceptingChecked() != null) {
            field("availability", AvailabilityText.of(dev.refnet.engine.Availability.of(c, today, config.availabilityWithin()), today));
        }
        field("last contact", c.lastContact(today).map(LocalDate::toString).orElse("never"));
        c.extra().forEach(this::extraField);
        if (c.notes() != null) {
            out.println();
            c.notes().strip().lines().forEach(l -> wrapped("  ", l));
        }
        out.println();
        if (c.log().isEmpty()) {
            out.println("No log entries yet. Log one with: refnet log " + c.id() + " coffee");
            out.flush();
            return;
        }
        Table t = new Table("DATE", "TYPE", "DETAILS");
        for (LogEntry e : c.logByDate()) {
            t.row(e.date().toString(), e.type().word(), details(e, config));
        }
        out.print(t.render(wrapWidth, ansi));
        out.flush();
    }

    static String details(LogEntry e, NetworkConfig config) {
        List<String> parts = new ArrayList<>();
        if (e.type().isReferral()) {
            String clinician = e.clinician() == null ? config.defaultClinician() : e.clinician();
            parts.add(e.client() + (e.type() == EntryType.REFERRAL_IN ? " to " : " from ") + clinician);
            if (e.reason() != null) {
                parts.add(e.reason());
            }
            parts.add(e.outcome() == null ? "outcome not recorded" : e.outcome().word());
            if (e.get(EntryFields.CONSENT) != null || e.releaseUntil() != null) {
                parts.add("consent: " + e.consent().word() + (e.releaseUntil() == null ? "" : " until " + e.releaseUntil()));
            }
        }
        if (e.note() != null) {
            parts.add(e.note());
        }
        return String.join("; ", parts);
    }

    /** A key refnet does not know, shown as a person would write it in YAML rather than as Java's {k=v}. */
    private void extraField(String key, Object value) {
        if (value instanceof Map<?, ?> || (value instanceof List<?> l && !flowList(l))) {
            out.println("  " + key + ":");
            yamlish(value, "    ").forEach(l -> wrapped("", l));
        } else {
            List<String> lines = yamlish(value, "");
            field(key, lines.isEmpty() ? "" : lines.get(0));
            lines.stream().skip(1).forEach(l -> wrapped(" ".repeat(23), l));
        }
    }

    /** Block-style lines for a plain value of an unknown key: maps as 'k: v', lists of scalars in [a, b]. */
    static List<String> yamlish(Object value, String indent) {
        List<String> lines = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Map<?, ?> && !((Map<?, ?>) v).isEmpty() || v instanceof List<?> l && !flowList(l)) {
                    lines.add(indent + k + ":");
                    lines.addAll(yamlish(v, indent + "  "));
                } else {
                    List<String> sub = yamlish(v, "");
                    lines.add(indent + k + ":" + (sub.isEmpty() || sub.get(0).isEmpty() ? "" : " " + sub.get(0)));
                    sub.stream().skip(1).forEach(x -> lines.add(indent + "  " + x));
                }
            });
        } else if (value instanceof List<?> l) {
            if (flowList(l)) {
                lines.add(indent + "[" + String.join(", ", l.stream().map(x -> x == null ? "" : String.valueOf(x)).toList()) + "]");
            } else {
                for (Object item : l) {
                    List<String> sub = yamlish(item, indent + "  ");
                    if (sub.isEmpty()) {
                        lines.add(indent + "-");
                    } else {
                        lines.add(indent + "- " + sub.get(0).substring(Math.min(sub.get(0).length(), indent.length() + 2)));
                        lines.addAll(sub.subList(1, sub.size()));
                    }
                }
            }
        } else if (value != null) {
            String text = String.valueOf(value);
            text.strip().lines().forEach(l -> lines.add(indent + l));
        }
        return lines;
    }

    /** A list of short one-line scalars reads best as [a, b]. */
    private static boolean flowList(List<?> l) {
        return l.stream().allMatch(x -> x == null || !(x instanceof Map<?, ?> || x instanceof List<?>)
                && !String.valueOf(x).contains("\n"));
    }

    /** A value as {@code show} prints it: lists joined with commas, yes or no. */
    private static String display(Field<?> f, Object value) {
        if (f.kind() == Field.Kind.BOOLEAN && value != null) {
            return (Boolean) value ? "yes" : "no";
        }
        return f.text(value, ", ");
    }

    private void field(String label, String value) {
        if (value != null && !value.isEmpty()) {
            wrapped(String.format("  %-20s ", label + ":"), value);
        }
    }

    /**
     * {@code prefix + text} as lines of at most the wrap width, broken between words, each later
     * line starting under the text (the text's own leading spaces, and a list item's dash, count as prefix).
     */
    private void wrapped(String prefix, String text) {
        String body = text.stripLeading();
        if (body.startsWith("- ")) {
            body = body.substring(2);
        }
        Display.wrap(prefix + text.substring(0, text.length() - body.length()), body, wrapWidth).forEach(out::println);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
