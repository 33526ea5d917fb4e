package dev.refnet.engine;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactRow;
import dev.refnet.model.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an import would do with each row, decided before anything is written: add it (with a
 * free id), skip it because the contact is already present (same e-mail, or same name ignoring
 * case and accents) or repeats an earlier row, or report it as malformed.
 */
public final class ImportPlan {

    /** What happens to one row. */
    public enum Kind { ADD, PRESENT, PROBLEM }

    /** One row's fate; {@code detail} says why it is skipped or malformed. */
    public record Step(int line, Kind kind, Contact contact, String detail) {
    }

    private ImportPlan() {
    }

    public static List<Step> plan(List<Contact> existing, List<ContactRow> rows) {
        Map<String, String> byEmail = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Contact c : existing) {
            taken.add(c.id());
            if (c.email() != null) {
                byEmail.putIfAbsent(email(c.email()), c.id());
            }
            byName.putIfAbsent(name(c.name()), c.id());
        }
        List<Step> steps = new ArrayList<>();
        for (ContactRow row : rows) {
            if (row.problem() != null) {
                steps.add(new Step(row.line(), Kind.PROBLEM, null, row.problem()));
                continue;
            }
            Contact c = row.contact();
            String sameEmail = c.email() == null ? null : byEmail.get(email(c.email()));
            if (sameEmail != null) {
                steps.add(new Step(row.line(), Kind.PRESENT, c, "already present as " + sameEmail + " (same e-mail)"));
                continue;
            }
            String sameName = byName.get(name(c.name()));
            if (sameName != null) {
                steps.add(new Step(row.line(), Kind.PRESENT, c, "already present as " + sameName + " (same name)"));
                continue;
            }
            String id = Ids.unique(c.id(), taken);
            Contact added = c.withId(id);
            taken.add(id);
            if (c.email() != null) {
                byEmail.put(email(c.email()), id + " (line " + row.line() + " of this file)");
            }
            byName.put(name(c.name()), id + " (line " + row.line() + " of this file)");
            steps.add(new Step(row.line(), Kind.ADD, added, null));
        }
        return steps;
    }

    private static String email(String e) {
        return e.strip().toLowerCase(Locale.ROOT);
    }

    private static String name(String n) {
        return Fold.fold(n).strip().replaceAll("\\s+", " ");
    }
}
