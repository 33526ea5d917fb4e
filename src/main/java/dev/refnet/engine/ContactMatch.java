package dev.refnet.engine;

import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the one contact a person meant (docs/format.md#section-5): its id, its exact name, or an unambiguous part
 * of its id, name or organization, ignoring case, accents, punctuation and spaces ({@code oneil}
 * finds "Dr. Siobhán O'Neil", {@code "jean luc"} finds Jean-Luc, {@code grace} the contact at
 * Grace AME Church). Ambiguous input is refused with the candidates; input that matches nothing
 * is refused with the nearest names.
 */
public final class ContactMatch {

    private ContactMatch() {
    }

    public static Contact resolve(List<Contact> contacts, String query) {
        String raw = query.strip();
        String q = Fold.compact(raw);
        if (q.isEmpty()) {
            throw RefnetException.usage(raw.isEmpty() ? "an empty contact name matches nothing; give an id or part of a name"
                    : "'" + raw + "' has no letter or digit to match a contact by; give an id or part of a name");
        }
        for (Contact c : contacts) {
            if (c.id().equals(raw)) {
                return c;
            }
        }
        List<Contact> exact = new ArrayList<>();
        for (Contact c : contacts) {
            if (Fold.compact(c.id()).equals(q) || Fold.compact(c.name()).equals(q)) {
                exact.add(c);
            }
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Contact> partial = exact;
        if (exact.isEmpty()) {
            for (Contact c : contacts) {
                if (mentions(c, q)) {
                    partial.add(c);
                }
            }
        }
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            List<Contact> near = nearest(contacts, q);
            throw RefnetException.data("no contact matches '" + raw + "'" + (near.isEmpty() ? "" : "; did you mean "
                    + near.stream().map(ContactMatch::named).collect(Collectors.joining(" or ")) + "?")
                    + "; 'refnet list' shows them all, and 'refnet add-contact' adds one");
        }
        String shown = partial.stream().limit(8).map(ContactMatch::named).collect(Collectors.joining("; "));
        throw RefnetException.data("'" + raw + "' matches " + partial.size() + " contacts: " + shown
                + (partial.size() > 8 ? "; …" : "") + "; give more of the name or the id");
    }

    /** Whether {@code compactQuery} (see {@link Fold#compact}) is part of the contact's id, name or organization. */
    public static boolean mentions(Contact c, String compactQuery) {
        return Fold.compact(c.name()).contains(compactQuery) || Fold.compact(c.id()).contains(compactQuery)
                || Fold.compact(c.organization()).contains(compactQuery);
    }

    /**
     * The contacts whose name, id or organization holds something close to {@code q} (a few
     * letters typed wrong, left out or swapped), nearest first, at most three; none for a
     * query under four characters, where everything is close.
     */
    static List<Contact> nearest(List<Contact> contacts, String q) {
        if (q.length() < 4) {
            return List.of();
        }
        int limit = Math.max(1, q.length() / 3);
        record Near(Contact contact, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (Contact c : contacts) {
            int d = Math.min(Math.min(within(q, Fold.compact(c.name())), within(q, Fold.compact(c.id()))),
                    within(q, Fold.compact(c.organization())));
            if (d <= limit) {
                near.add(new Near(c, d));
            }
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(n -> n.contact().id()));
        return near.stream().limit(3).map(Near::contact).toList();
    }

    /**
     * The fewest single-letter edits that turn {@code q} into some part of {@code text} (Sellers'
     * approximate substring match: edit distance with the start and end in {@code text} free).
     */
    static int within(String q, String text) {
        int m = q.length();
        int[] prev = new int[text.length() + 1];
        int[] cur = new int[text.length() + 1];
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            for (int j = 1; j <= text.length(); j++) {
                int cost = q.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int best = m;
        for (int d : prev) {
            best = Math.min(best, d);
        }
        return best;
    }

    private static String named(Contact c) {
        return c.id() + " (" + c.name() + ")";
    }
}
