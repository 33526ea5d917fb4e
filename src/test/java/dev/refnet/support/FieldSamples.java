package dev.refnet.support;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Values for declared fields, chosen by kind, so that a test covers every field of
 * {@link ContactFields} and {@link EntryFields}, including one declared after it was written.
 */
public final class FieldSamples {

    private FieldSamples() {
    }

    /** A value unlike the field's fallback, and unlike any other field's sample. */
    public static Object sample(Field<?> f) {
        int n = f.index() + 1;
        return switch (f.kind()) {
            case TEXT -> f.block() ? "Sample " + f.key() + ", line one\nline two" : "Sample " + f.key();
            case TEXT_LIST -> f.itemExamples().isEmpty() ? List.of(f.key() + " one", f.key() + " two")
                    : f.itemExamples().subList(0, 2);
            case WORD -> {
                Object last = f.words().get(f.words().size() - 1);
                yield last.equals(f.fallback()) ? f.words().get(f.words().size() - 2) : last;
            }
            case DATE -> LocalDate.of(2024, 1, 1).plusDays(n);
            case CADENCE -> Cadence.parse(n + "w");
            case BOOLEAN -> Boolean.FALSE;
        };
    }

    /** A value of the field's kind different from {@code value} (which may be the fallback). */
    public static Object other(Field<?> f, Object value) {
        return switch (f.kind()) {
            case TEXT -> value + "-other";
            case TEXT_LIST -> ((List<?>) value).isEmpty()
                    ? List.of(f.itemExamples().isEmpty() ? "other" : f.itemExamples().get(0)) : List.of();
            case WORD -> f.words().get(value == null ? 0 : (f.words().indexOf(value) + 1) % f.words().size());
            case DATE -> value == null ? LocalDate.of(2020, 2, 2) : ((LocalDate) value).plusDays(1);
            case CADENCE -> Cadence.parse("91d").equals(value) ? Cadence.parse("92d") : Cadence.parse("91d");
            case BOOLEAN -> value == null || !((Boolean) value);
        };
    }

    /** A log entry of {@code type} with every key set. */
    public static LogEntry entry(EntryType type, int day) {
        LogEntry.Builder b = LogEntry.builder();
        for (Field<?> f : EntryFields.ALL) {
            b.set(f, sample(f));
        }
        return b.with(EntryFields.DATE, LocalDate.of(2025, 1, 1).plusDays(day)).with(EntryFields.TYPE, type).build();
    }

    /** A contact with every key set and one entry of every type, each with every key set. */
    public static Contact contact() {
        Contact.Builder b = Contact.builder("sample-contact");
        for (Field<?> f : ContactFields.ALL) {
            b.set(f, sample(f));
        }
        List<LogEntry> log = new ArrayList<>();
        for (EntryType type : EntryType.values()) {
            log.add(entry(type, log.size()));
        }
        return b.with(ContactFields.CATEGORY, Category.LEGAL).log(log).build();
    }

    /** {@code c} and its log entries with a key refnet does not know each. */
    public static Contact withUnknownKeys(Contact c) {
        List<LogEntry> log = new ArrayList<>();
        for (LogEntry e : c.log()) {
            log.add(e.toBuilder().extra(Map.of("mood", "good")).build());
        }
        return c.toBuilder().log(log).extra(Map.of("pronouns", "she/her")).build();
    }
}
