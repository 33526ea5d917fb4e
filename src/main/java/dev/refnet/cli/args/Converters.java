package dev.refnet.cli.args;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Consent;
import dev.refnet.model.EntryType;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for refnet's words; each failure says what is accepted. */
public final class Converters {

    private Converters() {
    }

    public static final class CategoryConverter implements ITypeConverter<Category> {
        @Override
        public Category convert(String value) {
            return Category.parse(value).orElseThrow(() -> new TypeConversionException("unknown category '" + value
                    + "'; use one of: " + join(Category.values()) + " (or an alias like doctor, church, lawyer)"));
        }
    }

    /** Completion candidates: the categories and their aliases. */
    public static final class CategoryCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> all = new ArrayList<>();
            Category.acceptedWords().forEach(all::add);
            return all.iterator();
        }
    }

    public static final class CadenceConverter implements ITypeConverter<Cadence> {
        @Override
        public Cadence convert(String value) {
            try {
                return Cadence.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class StatusConverter implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            return Status.parse(value).orElseThrow(() -> new TypeConversionException("unknown status '" + value
                    + "'; use one of: " + join(Status.values())));
        }
    }

    public static final class AcceptingConverter implements ITypeConverter<dev.refnet.model.Accepting> {
        @Override
        public dev.refnet.model.Accepting convert(String value) {
            return dev.refnet.model.Accepting.parse(value).orElseThrow(() -> new TypeConversionException(
                    "unknown accepting '" + value + "'; use one of: " + join(dev.refnet.model.Accepting.values())));
        }
    }

    public static final class AcceptingCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(dev.refnet.model.Accepting.values()).map(a -> a.word()).iterator();
        }
    }

    public static final class TelehealthConverter implements ITypeConverter<dev.refnet.model.Telehealth> {
        @Override
        public dev.refnet.model.Telehealth convert(String value) {
            return dev.refnet.model.Telehealth.parse(value).orElseThrow(() -> new TypeConversionException(
                    "unknown telehealth '" + value + "'; use one of: " + join(dev.refnet.model.Telehealth.values())));
        }
    }

    public static final class TelehealthCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(dev.refnet.model.Telehealth.values()).map(a -> a.word()).iterator();
        }
    }

    /** An age range as written in {@code ages}: 5-12, 18+; kept as the person typed it. */
    public static final class AgeRangeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = dev.refnet.model.AgeRange.problem(value);
            if (problem != null) {
                throw new TypeConversionException(problem);
            }
            return value.strip();
        }
    }

    public static final class OutcomeConverter implements ITypeConverter<Outcome> {
        @Override
        public Outcome convert(String value) {
            return Outcome.parse(value).orElseThrow(() -> new TypeConversionException("unknown outcome '" + value
                    + "'; use one of: " + join(Outcome.values())));
        }
    }

    public static final class ConsentConverter implements ITypeConverter<Consent> {
        @Override
        public Consent convert(String value) {
            return Consent.parse(value).orElseThrow(() -> new TypeConversionException("unknown consent '" + value
                    + "'; use one of: " + join(Consent.values())));
        }
    }

    public static final class ConsentCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Consent.values()).map(Consent::word).iterator();
        }
    }

    public static final class OutcomeCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Outcome.values()).map(Outcome::word).iterator();
        }
    }

    /** The types {@code refnet log} takes: outreach, thank-you and note (referrals have their own command). */
    public static final class LogTypeConverter implements ITypeConverter<EntryType> {
        @Override
        public EntryType convert(String value) {
            EntryType t = EntryType.parse(value).orElse(null);
            if (t == null || t.isReferral()) {
                throw new TypeConversionException("unknown log type '" + value + "'; use one of: "
                        + String.join(", ", new LogTypeCandidates())
                        + (t != null ? " (log referrals with 'refnet log-referral')" : ""));
            }
            return t;
        }
    }

    public static final class LogTypeCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EntryType.values()).filter(t -> !t.isReferral()).map(EntryType::word).iterator();
        }
    }

    /** Every entry type, referrals included (for {@code unlog}). */
    public static final class EntryTypeConverter implements ITypeConverter<EntryType> {
        @Override
        public EntryType convert(String value) {
            return EntryType.parse(value).orElseThrow(() -> new TypeConversionException("unknown entry type '" + value
                    + "'; use one of: " + String.join(", ", new EntryTypeCandidates())));
        }
    }

    public static final class EntryTypeCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EntryType.values()).map(EntryType::word).iterator();
        }
    }

    /** Completion of a CLINICIAN option: replaced by a live look-up in the completion script. */
    public static final class ClinicianCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(CompletionScripts.CLINICIANS_MARKER).iterator();
        }
    }

    /**
     * Completion of CONTACT: a marker that {@link CompletionScripts} turns into a live look-up of the
     * network's ids, since they are not known when the script is generated.
     */
    public static final class ContactCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(CompletionScripts.CONTACTS_MARKER).iterator();
        }
    }

    /**
     * Completion of a referral's CLIENT code: a marker that {@link CompletionScripts} turns into a
     * live look-up of the client codes in the log of the contact named before it on the line.
     */
    public static final class ClientCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(CompletionScripts.CLIENTS_MARKER).iterator();
        }
    }

    /**
     * Completion of QUERY terms: a marker that {@link CompletionScripts} turns into a live look-up
     * of field names and each field's values ({@code category:<Tab>}, {@code tag:<Tab>}).
     */
    public static final class QueryCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(CompletionScripts.QUERY_MARKER).iterator();
        }
    }

    public static String join(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
