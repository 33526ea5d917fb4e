package dev.refnet.engine;

import dev.refnet.model.Cadence;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What is due as of a day (docs/format.md#section-2): a pure function of the network, today and the options.
 * Reads each log in whatever order it was written and ignores entries dated after today.
 */
public final class Due {

    /** Items of one due date: thank-you, outcome, check-in; then contact id, referral date, client. */
    /**
     * the order of docs/format.md#section-2: due date, kind, contact id, then the referral's date and client (absent
     * first). Written out rather than chained from {@code Comparator.comparing}: a chain of
     * lambdas is slow under the launcher's C1-only compiler on large networks (docs/performance.md).
     */
    public static final Comparator<DueItem> ORDER = Due::compareItems;

    private static int compareItems(DueItem a, DueItem b) {
        int c = a.due().compareTo(b.due());
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = a.contact().id().compareTo(b.contact().id());
        }
        if (c == 0) {
            c = nullsFirst(a.referralDate(), b.referralDate());
        }
        if (c == 0) {
            c = nullsFirst(a.client(), b.client());
        }
        return c;
    }

    private static <T extends Comparable<? super T>> int nullsFirst(T a, T b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** A thank-you's referrals: by date, then client (absent first); written out as ORDER is. */
    private static final Comparator<DueItem.Referral> REFERRAL_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : nullsFirst(a.client(), b.client());
    };

    /**
     * What to list: items due up to {@code upcoming} after today, of these kinds (all when
     * empty), for contacts that match the query, and only the items of {@code clinician} when it
     * is not null (a name from the settings' clinicians, as {@link Clinicians#resolve} gives it).
     */
    public record Options(Cadence upcoming, Set<DueItem.Kind> kinds, Query query, String clinician) {
        public Options {
            upcoming = upcoming == null ? Cadence.ofDays(0) : upcoming;
            kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(DueItem.Kind.class) : EnumSet.copyOf(kinds);
            query = query == null ? new Query.All() : query;
        }

        public Options(Cadence upcoming, Set<DueItem.Kind> kinds, Query query) {
            this(upcoming, kinds, query, null);
        }

        public static Options defaults() {
            return new Options(null, null, null, null);
        }
    }

    /** The items due as of {@code today}, in the order of docs/format.md#section-2. */
    public record Result(LocalDate today, List<DueItem> items) {
        public Result {
            items = List.copyOf(items);
        }
    }

    private Due() {
    }

    public static Result compute(Network network, LocalDate today, Options options) {
        Objects.requireNonNull(today, "today");
        NetworkConfig config = network.config();
        LocalDate horizon = options.upcoming().addTo(today);
        LocalDate lookbackStart = config.lookback().subtractFrom(today);
        List<DueItem> items = new ArrayList<>();
        for (Contact c : network.contacts()) {
            if (!options.query().matches(c)) {
                continue;
            }
            List<DueItem> found = new ArrayList<>(3);
            if (options.kinds().contains(DueItem.Kind.THANK_YOU)) {
                thankYou(c, config, today, lookbackStart).ifPresent(found::add);
            }
            if (options.kinds().contains(DueItem.Kind.OUTCOME)) {
                outcomes(c, config, today, lookbackStart, found);
            }
            if (options.kinds().contains(DueItem.Kind.CHECK_IN)) {
                checkIn(c, config, today).ifPresent(found::add);
            }
            for (DueItem i : found) {
                if (!i.due().isAfter(horizon) && (options.clinician() == null || belongsTo(i, options.clinician()))) {
                    items.add(i);
                }
            }
        }
        items.sort(ORDER);
        return new Result(today, items);
    }

    /** The thank-you that {@link #compute} lists for {@code c} as of {@code today}, whatever its due date. */
    public static Optional<DueItem.ThankYou> thankYouFor(Contact c, NetworkConfig config, LocalDate today) {
        return thankYou(c, config, today, config.lookback().subtractFrom(today)).map(DueItem.ThankYou.class::cast);
    }

    private static boolean belongsTo(DueItem item, String clinician) {
        for (String c : item.clinicians()) {
            if (Clinicians.same(c, clinician)) {
                return true;
            }
        }
        return false;
    }

    /** One item per contact for its referrals-in within lookback with no thank-you on or after them. */
    static Optional<DueItem> thankYou(Contact c, NetworkConfig config, LocalDate today, LocalDate lookbackStart) {
        LocalDate lastThanks = null;
        for (LogEntry e : c.log()) {
            if (e.type() == EntryType.THANK_YOU && !e.date().isAfter(today)
                    && (lastThanks == null || e.date().isAfter(lastThanks))) {
                lastThanks = e.date();
            }
        }
        List<DueItem.Referral> open = new ArrayList<>();
        for (LogEntry e : c.log()) {
            boolean thanked = lastThanks != null && !lastThanks.isBefore(e.date());
            if (e.type() == EntryType.REFERRAL_IN && within(e.date(), lookbackStart, today) && !thanked) {
                open.add(new DueItem.Referral(e.date(), e.client(), config.clinicianOf(e), e.consent(), e.releaseUntil()));
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        open.sort(REFERRAL_ORDER);
        LocalDate due = config.thankYouWithin().addTo(open.get(0).date());
        return Optional.of(new DueItem.ThankYou(c, due, overdue(due, today), open));
    }

    /** One item per referral, in or out, within lookback and with no outcome. */
    static void outcomes(Contact c, NetworkConfig config, LocalDate today, LocalDate lookbackStart, List<DueItem> into) {
        for (LogEntry e : c.log()) {
            if (e.type().isReferral() && e.outcome() == null && within(e.date(), lookbackStart, today)) {
                LocalDate due = config.outcomeWithin().addTo(e.date());
                into.add(new DueItem.Outcome(c, due, overdue(due, today), e, config.clinicianOf(e)));
            }
        }
    }

    /**
     * Active and prospect contacts: due at last contact + cadence, else at {@code since}, else
     * today; never before {@code snooze-until}.
     */
    public static Optional<DueItem> checkIn(Contact c, NetworkConfig config, LocalDate today) {
        if (!c.status().wantsCheckIns()) {
            return Optional.empty();
        }
        Cadence cadence = config.cadenceFor(c);
        LocalDate last = c.lastContact(today).orElse(null);
        LocalDate due = last != null ? cadence.addTo(last) : c.since() != null ? c.since() : today;
        LocalDate snoozed = null;
        if (c.snoozeUntil() != null && c.snoozeUntil().isAfter(due)) {
            due = c.snoozeUntil();
            snoozed = c.snoozeUntil();
        }
        return Optional.of(new DueItem.CheckIn(c, due, overdue(due, today), last, cadence, snoozed, config.ownerOf(c)));
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static int overdue(LocalDate due, LocalDate today) {
        return Math.toIntExact(ChronoUnit.DAYS.between(due, today));
    }
}
