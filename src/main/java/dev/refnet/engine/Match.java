package dev.refnet.engine;

import dev.refnet.model.Accepting;
import dev.refnet.model.AgeRange;
import dev.refnet.model.Cadence;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.Outcome;
import dev.refnet.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whom to refer a client to (docs/format.md#section-8-2): a pure function of the network, today, the need and the
 * settings. Field terms of the need ({@code insurance:aetna}, {@code age:15}, {@code telehealth})
 * are requirements every candidate meets; bare words ({@code emdr}) are looked for in
 * specialties, tags, role and notes, and a candidate fits at least one of them when there are
 * any. Candidates are active partners, in rank order; the rule is {@link #score} and
 * {@link #ORDER}, written out in the format reference, section 8.2.
 *
 * @param today the day the answer is for
 * @param need the terms as given, in order
 * @param candidates those that fit, best first
 * @param partners how many active partners were considered: those of the categories the need
 *     names ({@code category:} terms say which partners the question is about), else all
 * @param exclusions for each term that left considered partners out, how many, most first
 */
public record Match(LocalDate today, List<String> need, List<Candidate> candidates, int partners,
        List<Exclusion> exclusions) {

    /** Points for each bare word of the need a candidate fits. */
    public static final int FIT_POINTS = 10;
    /** Points for what a candidate said of new clients: yes, not recorded, waitlist, no. */
    public static final int YES_POINTS = 8;
    public static final int UNKNOWN_POINTS = 4;
    public static final int WAITLIST_POINTS = 2;
    public static final int NO_POINTS = 0;
    /** Points for a yes or waitlist checked within {@code availability-within}. */
    public static final int FRESH_POINTS = 2;
    /** Referrals each way within {@code lookback} earn a point each, up to this many each way. */
    public static final int RELATIONSHIP_CAP = 3;
    /** Our referrals seen earn a point each, declined, no-show and waitlisted cost one; the sum stays within plus or minus this. */
    public static final int OUTCOME_CAP = 3;

    /** Rank order: score, then availability (yes, not recorded, waitlist, no), then the latest check, then name and id. */
    public static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::score).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.availability().preference()).reversed())
            .thenComparing(c -> c.availability().checked(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(c -> Fold.fold(c.contact().name()))
            .thenComparing(c -> c.contact().id());

    /**
     * One partner who fits.
     *
     * @param matched the need's terms it meets: every requirement and the bare words it fits
     * @param unmet the bare words it does not fit
     * @param fits the partner's own words that the bare words found (a specialty, a tag, the role, or {@code notes})
     * @param meets the partner's own values that met a requirement ({@code Aetna}, {@code ages 13-17})
     * @param referralsIn referrals from the partner within lookback
     * @param referralsOut our referrals to the partner within lookback
     * @param outcomesOut what became of all our referrals to the partner, by outcome (those with none recorded left out)
     * @param referredOut all our referrals to the partner
     */
    public record Candidate(Contact contact, int score, List<String> matched, List<String> unmet, List<String> fits,
            List<String> meets, Availability availability, int referralsIn, int referralsOut,
            Map<Outcome, Integer> outcomesOut, int referredOut) {

        /** Our referrals to the partner that were seen, of all time. */
        public int seen() {
            return outcomesOut.getOrDefault(Outcome.SEEN, 0);
        }
    }

    /**
     * A term that left out {@code excluded} of the active partners (each term counted on its own;
     * a partner may be left out by several). For the bare words together the term is their list.
     */
    public record Exclusion(String term, int excluded) {
    }

    /** A parsed term of the need. */
    private record Term(String text, Query requirement, String word) {
        boolean bare() {
            return requirement == null;
        }

        /**
         * Whether the term says which partners the question is about ({@code category:therapist},
         * {@code -category:physician}) rather than what the need asks of them.
         */
        boolean scope() {
            Query q = requirement;
            while (q instanceof Query.Not not) {
                q = not.inner();
            }
            return q instanceof Query.Term t && t.field() == ContactFields.CATEGORY;
        }
    }

    /**
     * Ranks the active partners of {@code network} for {@code need} (the words as typed; each
     * may hold several terms separated by spaces). A bad term is a usage error, as in a query.
     */
    public static Match of(Network network, LocalDate today, List<String> need) {
        Cadence within = network.config().availabilityWithin();
        LocalDate lookbackStart = network.config().lookback().subtractFrom(today);
        List<Term> terms = parse(need);
        List<String> words = new ArrayList<>();
        for (Term t : terms) {
            if (t.bare()) {
                words.add(t.text());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        int partners = 0;
        for (Contact c : network.contacts()) {
            if (c.status() != Status.ACTIVE || !terms.stream().filter(Term::scope).allMatch(t -> t.requirement().matches(c))) {
                continue; // not a partner the question considers: it neither counts nor is left out
            }
            partners++;
            boolean fitsAll = true;
            List<String> matched = new ArrayList<>();
            List<String> unmet = new ArrayList<>();
            List<String> fits = new ArrayList<>();
            List<String> meets = new ArrayList<>();
            for (Term t : terms) {
                if (t.bare()) {
                    String found = fit(c, t.word());
                    if (found == null) {
                        unmet.add(t.text());
                    } else {
                        matched.add(t.text());
                        if (!fits.contains(found)) {
                            fits.add(found);
                        }
                    }
                } else if (t.requirement().matches(c)) {
                    matched.add(t.text());
                    String value = meets(c, t.requirement());
                    if (value != null && !meets.contains(value)) {
                        meets.add(value);
                    }
                } else {
                    excluded.merge(t.text(), 1, Integer::sum);
                    fitsAll = false;
                }
            }
            if (!words.isEmpty() && unmet.size() == words.size()) {
                excluded.merge(String.join(" ", words), 1, Integer::sum);
                fitsAll = false;
            }
            if (fitsAll) {
                candidates.add(candidate(c, today, within, lookbackStart, words.size() - unmet.size(), matched, unmet,
                        fits, meets));
            }
        }
        candidates.sort(ORDER);
        List<Exclusion> exclusions = new ArrayList<>();
        excluded.forEach((term, n) -> exclusions.add(new Exclusion(term, n)));
        // most first; a tie keeps the need's order (a requirement before the bare words, which count last)
        exclusions.sort(Comparator.comparingInt(Exclusion::excluded).reversed());
        return new Match(today, terms.stream().map(Term::text).toList(), List.copyOf(candidates), partners,
                List.copyOf(exclusions));
    }

    /** The score of a candidate; see the constants above, and the format reference, section 8.2. */
    public static int score(int fitted, Availability a, int referralsIn, int referralsOut, Map<Outcome, Integer> outcomes) {
        int s = FIT_POINTS * fitted;
        if (a.accepting() == null) {
            s += UNKNOWN_POINTS;
        } else {
            s += switch (a.accepting()) {
                case YES -> YES_POINTS;
                case WAITLIST -> WAITLIST_POINTS;
                case NO -> NO_POINTS;
            };
            if (!a.callFirst() && a.accepting() != Accepting.NO) {
                s += FRESH_POINTS;
            }
        }
        s += Math.min(referralsIn, RELATIONSHIP_CAP) + Math.min(referralsOut, RELATIONSHIP_CAP);
        int outcome = outcomes.getOrDefault(Outcome.SEEN, 0) - outcomes.getOrDefault(Outcome.DECLINED, 0)
                - outcomes.getOrDefault(Outcome.NO_SHOW, 0) - outcomes.getOrDefault(Outcome.WAITLISTED, 0);
        s += Math.max(-OUTCOME_CAP, Math.min(OUTCOME_CAP, outcome));
        return s;
    }

    private static Candidate candidate(Contact c, LocalDate today, Cadence within, LocalDate lookbackStart,
            int fitted, List<String> matched, List<String> unmet, List<String> fits, List<String> meets) {
        int in = 0;
        int out = 0;
        int referred = 0;
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (LogEntry e : c.log()) {
            if (e.date().isAfter(today)) {
                continue;
            }
            boolean recent = !e.date().isBefore(lookbackStart);
            if (e.type() == EntryType.REFERRAL_IN && recent) {
                in++;
            } else if (e.type() == EntryType.REFERRAL_OUT) {
                referred++;
                if (recent) {
                    out++;
                }
                if (e.outcome() != null) {
                    outcomes.merge(e.outcome(), 1, Integer::sum);
                }
            }
        }
        Availability a = Availability.of(c, today, within);
        int score = score(fitted, a, in, out, outcomes);
        return new Candidate(c, score, List.copyOf(matched), List.copyOf(unmet), List.copyOf(fits), List.copyOf(meets), a,
                in, out, java.util.Collections.unmodifiableMap(outcomes), referred);
    }

    private static List<Term> parse(List<String> need) {
        List<Term> terms = new ArrayList<>();
        for (String arg : need) {
            for (String raw : arg.trim().split("\\s+")) {
                if (raw.isEmpty()) {
                    continue;
                }
                Query q = Query.parse(raw);
                if (q instanceof Query.Text t) {
                    terms.add(new Term(raw, null, t.word()));
                } else {
                    terms.add(new Term(raw, q, null));
                }
            }
        }
        return terms;
    }

    /** Where a bare word is found: the specialty or tag as written, the role, or {@code notes}; null when nowhere. */
    static String fit(Contact c, String word) {
        for (String s : c.specialties()) {
            if (Fold.fold(s).contains(word)) {
                return s;
            }
        }
        for (String s : c.tags()) {
            if (Fold.fold(s).contains(word)) {
                return s;
            }
        }
        if (Fold.fold(c.role()).contains(word)) {
            return c.role();
        }
        if (Fold.fold(c.notes()).contains(word)) {
            return "notes mention " + word;
        }
        return null;
    }

    /** The partner's own value that met a requirement, as it is written, for the line of why; null when it says nothing new. */
    static String meets(Contact c, Query q) {
        if (!(q instanceof Query.Term term)) {
            return null;
        }
        Field<?> f = term.field();
        if (f == ContactFields.TELEHEALTH) {
            return c.get(ContactFields.TELEHEALTH).word().equals("only") ? "telehealth only" : "telehealth";
        }
        if (f == ContactFields.AGES) {
            for (String v : term.values()) {
                int age = Integer.parseInt(v);
                for (String item : c.get(ContactFields.AGES)) {
                    if (AgeRange.parse(item).filter(r -> r.holds(age)).isPresent()) {
                        return "ages " + item;
                    }
                }
            }
            return null;
        }
        if (f == ContactFields.INSURANCE || f == ContactFields.LANGUAGES) {
            for (String item : c.get(ContactFields.INSURANCE == f ? ContactFields.INSURANCE : ContactFields.LANGUAGES)) {
                for (String v : term.values()) {
                    if (Fold.fold(item).contains(v)) {
                        return item;
                    }
                }
            }
            return null;
        }
        if (f == ContactFields.AREA) {
            return c.get(ContactFields.AREA);
        }
        return null;
    }
}
