package dev.refnet.engine;

import dev.refnet.model.Contact;
import dev.refnet.model.RefnetException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the one contact a person meant (SPEC 5): its id, its exact name, or an unambiguous part
 * of either, ignoring case and accents. Ambiguous input is refused with the candidates.
 */
public final class ContactMatch {

    private ContactMatch() {
    }

    public static Contact resolve(List<Contact> contacts, String query) {
        String q = Fold.fold(query.strip());
        if (q.isEmpty()) {
            throw RefnetException.usage("an empty contact name matches nothing; give an id or part of a name");
        }
        for (Contact c : contacts) {
            if (c.id().equals(query.strip())) {
                return c;
            }
        }
        List<Contact> exact = new ArrayList<>();
        for (Contact c : contacts) {
            if (Fold.fold(c.id()).equals(q) || Fold.fold(c.name()).equals(q)) {
                exact.add(c);
            }
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Contact> partial = exact.isEmpty() ? new ArrayList<>() : exact;
        if (exact.isEmpty()) {
            for (Contact c : contacts) {
                if (Fold.fold(c.id()).contains(q) || Fold.fold(c.name()).contains(q)) {
                    partial.add(c);
                }
            }
        }
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            throw RefnetException.data("no contact matches '" + query.strip() + "'; 'refnet list' shows them all,"
                    + " and 'refnet add-contact' adds one");
        }
        String shown = partial.stream().limit(8).map(c -> c.id() + " (" + c.name() + ")").collect(Collectors.joining("; "));
        throw RefnetException.data("'" + query.strip() + "' matches " + partial.size() + " contacts: " + shown
                + (partial.size() > 8 ? "; …" : "") + "; give more of the name or the id");
    }
}
