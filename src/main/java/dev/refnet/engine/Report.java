package dev.refnet.engine;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who refers to whom (docs/format.md#section-3), as plain data for the renderers: a pure function of the network,
 * today, the period and a query. The query chooses the contacts whose referrals count in every
 * part but {@link #missingCategories()}, which describes the whole network's reach.
 */
public record Report(
        LocalDate today,
        LocalDate from,
        LocalDate to,
        Totals totals,
        List<CategoryRow> byCategory,
        List<ContactRow> byContact,
        List<Flow> flows,
        List<ClinicianRow> byClinician,
        List<MonthRow> monthly,
        List<DormantRow> dormant,
        OutcomeMix outcomesIn,
        OutcomeMix outcomesOut,
        Optional<Concentration> concentration,
        List<MissingCategory> missingCategories,
        String practice,
        Cadence dormantAfter,
        List<ReferredRow> referredTo,
        List<ReferredCategoryRow> referredByCategory) {

    /** The concentration warning fires when the top partner sends at least this share of referrals in... */
    public static final double CONCENTRATION_SHARE = 0.5;
    /** ...and there are at least this many referrals in: two of three is chance, not dependence. */
    public static final int CONCENTRATION_MIN_REFERRALS = 5;

    /** Referrals in and out. */
    public record Totals(int in, int out) {
    }

    /** One category that had a referral in the period. */
    public record CategoryRow(Category category, int in, int out) {
        public int total() {
            return in + out;
        }
    }

    /** One contact that had a referral in the period; {@code lastReferral} is its latest in the period, in or out. */
    public record ContactRow(String contact, String name, Category category, int in, int out, LocalDate lastReferral) {
        public int total() {
            return in + out;
        }

        /** In minus out: positive when the partner sends more than it receives. */
        public int reciprocity() {
            return in - out;
        }
    }

    /**
     * An edge of the who-refers-to-whom graph. For a referral in, {@code from} is the partner's id
     * and {@code to} the clinician; for a referral out the other way round.
     */
    public record Flow(String from, String to, int count, boolean in, String partner, String partnerName, String clinician) {
    }

    /**
     * One clinician of the practice: referrals received ({@code in}) and made ({@code out}) in the
     * period, how many partners those were with, and what became of them (both directions).
     */
    public record ClinicianRow(String clinician, int in, int out, int partners, OutcomeMix outcomes) {
        public int total() {
            return in + out;
        }
    }

    /** One calendar month the period touches. */
    public record MonthRow(YearMonth month, int in, int out) {
    }

    /** A partner who once referred and has not for longer than {@code dormant-after}. */
    public record DormantRow(String contact, String name, Category category, LocalDate lastReferral, long daysSince) {
    }

    /** What became of the referrals of one direction; {@code open} have no outcome yet. */
    public record OutcomeMix(Map<Outcome, Integer> counts, int open) {
        public OutcomeMix {
            Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                all.put(o, counts.getOrDefault(o, 0));
            }
            counts = java.util.Collections.unmodifiableMap(all);
        }

        public int count(Outcome o) {
            return counts.get(o);
        }

        public int total() {
            return open + counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The partner who sent the most referrals in, and what share of all referrals in that is. */
    public record Concentration(String contact, String name, int in, int of, boolean warning) {
        public double share() {
            return of == 0 ? 0 : (double) in / of;
        }
    }

    /**
     * A partner the practice referred clients to in the period: how many, and how many of those
     * were seen (docs/format.md#section-8-3: what became of our referrals, seen ÷ referred).
     */
    public record ReferredRow(String contact, String name, Category category, int referred, int seen) {
    }

    /** The same for a category: our referrals out to its partners, and the share seen. */
    public record ReferredCategoryRow(Category category, int referred, int seen) {
        public double share() {
            return referred == 0 ? 0 : (double) seen / referred;
        }
    }

    /** A kind of partner with no active contact in the network; {@code prospects} may become one. */
    public record MissingCategory(Category category, int prospects) {
    }

    public Report {
        Objects.requireNonNull(today, "today");
        byCategory = List.copyOf(byCategory);
        byContact = List.copyOf(byContact);
        flows = List.copyOf(flows);
        byClinician = List.copyOf(byClinician);
        monthly = List.copyOf(monthly);
        dormant = List.copyOf(dormant);
        missingCategories = List.copyOf(missingCategories);
        referredTo = List.copyOf(referredTo);
        referredByCategory = List.copyOf(referredByCategory);
    }

    /** The first day of the default period: the 12 months ending {@code end}. */
    public static LocalDate twelveMonthsEnding(LocalDate end) {
        return end.minusMonths(12).plusDays(1);
    }

    /**
     * Computes the report of referrals dated {@code from} to {@code to}, inclusive, of the contacts
     * {@code query} matches, as of {@code today} (which only dormancy depends on).
     */
    public static Report compute(Network network, LocalDate today, LocalDate from, LocalDate to, Query query) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        String defaultClinician = network.config().defaultClinician();
        int totalIn = 0;
        int totalOut = 0;
        Map<Category, int[]> categories = new EnumMap<>(Category.class);
        List<ContactRow> contacts = new ArrayList<>();
        Map<List<Object>, Flow> flows = new LinkedHashMap<>();
        Map<YearMonth, int[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new int[2]);
        }
        Map<Outcome, Integer> outIn = new EnumMap<>(Outcome.class);
        Map<Outcome, Integer> outOut = new EnumMap<>(Outcome.class);
        int openIn = 0;
        int openOut = 0;
        List<DormantRow> dormant = new ArrayList<>();
        List<ReferredRow> referredTo = new ArrayList<>();
        Map<Category, int[]> referredCategories = new EnumMap<>(Category.class);
        Map<String, ClinicianTally> clinicians = new LinkedHashMap<>();
        for (String k : network.config().clinicians()) {
            clinicians.put(k, new ClinicianTally(k));
        }

        for (Contact c : network.contacts()) {
            if (!query.matches(c)) {
                continue;
            }
            dormancy(c, today, network).ifPresent(dormant::add);
            int in = 0;
            int out = 0;
            int seenOut = 0;
            LocalDate last = null;
            for (LogEntry e : c.log()) {
                if (!e.type().isReferral() || e.date().isBefore(from) || e.date().isAfter(to)) {
                    continue;
                }
                boolean isIn = e.type() == EntryType.REFERRAL_IN;
                String clinician = e.clinician() == null || e.clinician().isBlank() ? defaultClinician : e.clinician();
                Flow f = flows.get(List.of(isIn, c.id(), clinician));
                int count = f == null ? 1 : f.count() + 1;
                flows.put(List.of(isIn, c.id(), clinician), new Flow(isIn ? c.id() : clinician, isIn ? clinician : c.id(),
                        count, isIn, c.id(), c.name(), clinician));
                clinicians.computeIfAbsent(clinicianKey(clinicians, clinician), ClinicianTally::new).add(c.id(), isIn, e.outcome());
                int[] month = months.get(YearMonth.from(e.date()));
                if (isIn) {
                    in++;
                    month[0]++;
                    if (e.outcome() == null) {
                        openIn++;
                    } else {
                        outIn.merge(e.outcome(), 1, Integer::sum);
                    }
                } else {
                    out++;
                    month[1]++;
                    if (e.outcome() == Outcome.SEEN) {
                        seenOut++;
                    }
                    if (e.outcome() == null) {
                        openOut++;
                    } else {
                        outOut.merge(e.outcome(), 1, Integer::sum);
                    }
                }
                if (last == null || e.date().isAfter(last)) {
                    last = e.date();
                }
            }
            if (in + out > 0) {
                totalIn += in;
                totalOut += out;
                int[] cat = categories.computeIfAbsent(c.category(), k -> new int[2]);
                cat[0] += in;
                cat[1] += out;
                contacts.add(new ContactRow(c.id(), c.name(), c.category(), in, out, last));
            }
            if (out > 0) {
                referredTo.add(new ReferredRow(c.id(), c.name(), c.category(), out, seenOut));
                int[] cat = referredCategories.computeIfAbsent(c.category(), k -> new int[2]);
                cat[0] += out;
                cat[1] += seenOut;
            }
        }

        List<CategoryRow> byCategory = new ArrayList<>();
        categories.forEach((k, v) -> byCategory.add(new CategoryRow(k, v[0], v[1])));
        byCategory.sort(Comparator.comparingInt(CategoryRow::total).reversed()
                .thenComparing(r -> r.category().word()));
        contacts.sort(Comparator.comparingInt(ContactRow::total).reversed().thenComparing(ContactRow::contact));
        List<Flow> flowList = new ArrayList<>(flows.values());
        flowList.sort(Comparator.comparingInt(Flow::count).reversed().thenComparing(Flow::from).thenComparing(Flow::to));
        List<ClinicianRow> byClinician = new ArrayList<>();
        clinicians.values().forEach(t -> byClinician.add(t.row()));
        byClinician.sort(Comparator.comparingInt(ClinicianRow::total).reversed().thenComparing(ClinicianRow::clinician));
        List<MonthRow> monthly = new ArrayList<>();
        months.forEach((k, v) -> monthly.add(new MonthRow(k, v[0], v[1])));
        dormant.sort(Comparator.comparing(DormantRow::lastReferral).reversed().thenComparing(DormantRow::contact));
        referredTo.sort(Comparator.comparingInt(ReferredRow::referred).reversed().thenComparing(ReferredRow::contact));
        List<ReferredCategoryRow> referredByCategory = new ArrayList<>();
        referredCategories.forEach((k, v) -> referredByCategory.add(new ReferredCategoryRow(k, v[0], v[1])));
        referredByCategory.sort(Comparator.comparingInt(ReferredCategoryRow::referred).reversed()
                .thenComparing(r -> r.category().word()));

        return new Report(today, from, to, new Totals(totalIn, totalOut), byCategory, contacts, flowList, byClinician, monthly, dormant,
                new OutcomeMix(outIn, openIn), new OutcomeMix(outOut, openOut), concentration(contacts, totalIn),
                missingCategories(network), network.config().practice(), network.config().dormantAfter(), referredTo,
                referredByCategory);
    }

    /** The settings' spelling of a clinician named in an entry, when it names one of them. */
    private static String clinicianKey(Map<String, ClinicianTally> known, String written) {
        for (String k : known.keySet()) {
            if (Clinicians.same(k, written)) {
                return k;
            }
        }
        return written;
    }

    /** A clinician's counts while the report is computed. */
    private static final class ClinicianTally {
        private final String name;
        private final java.util.Set<String> partners = new java.util.HashSet<>();
        private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        private int in;
        private int out;
        private int open;

        ClinicianTally(String name) {
            this.name = name;
        }

        void add(String partner, boolean isIn, Outcome outcome) {
            partners.add(partner);
            if (isIn) {
                in++;
            } else {
                out++;
            }
            if (outcome == null) {
                open++;
            } else {
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }

        ClinicianRow row() {
            return new ClinicianRow(name, in, out, partners.size(), new OutcomeMix(outcomes, open));
        }
    }

    /**
     * docs/format.md#section-3: not archived, has referred (in) at least once up to today, and the latest such
     * referral plus {@code dormant-after} is before today.
     */
    static Optional<DormantRow> dormancy(Contact c, LocalDate today, Network network) {
        if (c.status() == Status.ARCHIVED) {
            return Optional.empty();
        }
        LocalDate last = null;
        for (LogEntry e : c.log()) {
            if (e.type() == EntryType.REFERRAL_IN && !e.date().isAfter(today) && (last == null || e.date().isAfter(last))) {
                last = e.date();
            }
        }
        if (last == null || !network.config().dormantAfter().addTo(last).isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new DormantRow(c.id(), c.name(), c.category(), last, ChronoUnit.DAYS.between(last, today)));
    }

    /** The top sender of referrals in; ties go to the lowest contact id. Empty with no referral in. */
    static Optional<Concentration> concentration(List<ContactRow> sortedRows, int totalIn) {
        if (totalIn == 0) {
            return Optional.empty();
        }
        ContactRow top = null;
        for (ContactRow r : sortedRows) {
            if (top == null || r.in() > top.in() || (r.in() == top.in() && r.contact().compareTo(top.contact()) < 0)) {
                top = r;
            }
        }
        boolean warning = totalIn >= CONCENTRATION_MIN_REFERRALS && (double) top.in() / totalIn >= CONCENTRATION_SHARE;
        return Optional.of(new Concentration(top.contact(), top.name(), top.in(), totalIn, warning));
    }

    /**
     * The article's seven kinds of partner (every category but {@code other}) with no active
     * contact in the whole network, whatever the query or period.
     */
    static List<MissingCategory> missingCategories(Network network) {
        Map<Category, Integer> active = new HashMap<>();
        Map<Category, Integer> prospects = new HashMap<>();
        for (Contact c : network.contacts()) {
            if (c.status() == Status.ACTIVE) {
                active.merge(c.category(), 1, Integer::sum);
            } else if (c.status() == Status.PROSPECT) {
                prospects.merge(c.category(), 1, Integer::sum);
            }
        }
        List<MissingCategory> missing = new ArrayList<>();
        for (Category k : Category.values()) {
            if (k != Category.OTHER && !active.containsKey(k)) {
                missing.add(new MissingCategory(k, prospects.getOrDefault(k, 0)));
            }
        }
        return missing;
    }
}
