package dev.refnet.cli;

import dev.refnet.engine.Fold;
import dev.refnet.engine.Query;
import dev.refnet.model.Contact;
import dev.refnet.model.Field;
import dev.refnet.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code refnet __complete contacts}: the contact ids, one a line, for the completion scripts
 * (also names, clinicians, {@code query WORD}: the words that complete a QUERY term, and
 * {@code clients CONTACT}: the client codes of that contact's referrals).
 * Hidden; silent on any problem, because a Tab press must never print errors into the command line.
 */
@Command(name = CompleteCommand.NAME, hidden = true, description = "Words for shell completion (used by the completion scripts).")
public final class CompleteCommand extends BaseCommand {

    public static final String NAME = "__complete";

    /** What to list. */
    enum What { contacts, names, clinicians, query, clients }

    @Parameters(index = "0", paramLabel = "WHAT", description = "contacts (ids), names, clinicians, query (the words that complete WORD),"
            + " or clients (the client codes of the referrals of the contact WORD).")
    What what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "WORD", description = "For query: the term as typed so far; for clients: the contact.")
    String word;

    /**
     * One word per clinician, as --clinician takes it: the first name when no other clinician
     * shares it, else the whole name with its spaces escaped for the shell.
     */
    static List<String> clinicianWords(List<String> clinicians) {
        List<String> words = new ArrayList<>();
        for (String c : clinicians) {
            String first = c.strip().split("\\s+")[0];
            long sharing = clinicians.stream().filter(o -> o.strip().split("\\s+")[0].equalsIgnoreCase(first)).count();
            words.add(sharing == 1 ? first : c.strip().replace(" ", "\\ "));
        }
        return words;
    }

    /**
     * The words that complete {@code typed}, one QUERY term as far as it was typed: field names
     * ({@code cat} gives {@code category:}), or a field's values after its colon: the words of
     * category and status, the tags, specialties, organizations and names the network holds.
     * A negation ({@code -}, {@code not:}) and values before a comma are kept in front.
     */
    static List<String> queryWords(String typed, java.util.function.Supplier<List<Contact>> contacts) {
        String t = typed == null ? "" : typed;
        int at = 0;
        while (true) {
            if (t.startsWith("-", at)) {
                at++;
            } else if (t.regionMatches(true, at, "not:", 0, 4)) {
                at += 4;
            } else {
                break;
            }
        }
        String negation = t.substring(0, at);
        String term = t.substring(at);
        java.util.Set<String> words = new java.util.TreeSet<>();
        int colon = term.indexOf(':');
        if (colon < 0) {
            for (String field : Query.FIELDS.keySet()) {
                if (field.startsWith(term.toLowerCase(Locale.ROOT))) {
                    words.add(negation + field + ":");
                }
            }
            return List.copyOf(words);
        }
        Field<?> field = Query.FIELDS.get(term.substring(0, colon).toLowerCase(Locale.ROOT));
        if (field == null) {
            return List.of();
        }
        String values = term.substring(colon + 1);
        String before = term.substring(0, colon + 1) + values.substring(0, values.lastIndexOf(',') + 1);
        String partial = Fold.fold(values.substring(values.lastIndexOf(',') + 1));
        List<String> candidates = new ArrayList<>();
        if (field.kind() == Field.Kind.WORD) {
            field.words().forEach(w -> candidates.add(((Word) w).word()));
        } else {
            for (Contact c : contacts.get()) {
                Object value = c.get(field);
                if (value instanceof List<?> list) {
                    list.forEach(v -> candidates.add(String.valueOf(v)));
                } else if (value != null) {
                    candidates.add(String.valueOf(value));
                }
            }
        }
        for (String v : candidates) {
            // A value on several lines, or with a control character, is no word to type.
            if (!v.isBlank() && v.indexOf('\n') < 0 && dev.refnet.model.Visible.firstRefused(v) < 0
                    && Fold.fold(v).startsWith(partial)) {
                words.add(negation + before + v.strip());
            }
        }
        return List.copyOf(words);
    }

    /** The client codes of {@code contact}'s referrals, in and out (outcome and unlog take either), sorted. */
    static List<String> clientCodes(Contact contact) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (dev.refnet.model.LogEntry e : contact.log()) {
            if (e.type().isReferral() && e.client() != null && dev.refnet.model.Visible.firstRefused(e.client()) < 0) {
                codes.add(e.client().strip());
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public Integer call() {
        try {
            List<String> words = new ArrayList<>();
            if (what == What.clinicians) {
                for (String w : clinicianWords(config().clinicians())) {
                    out().println(w);
                }
                return 0;
            }
            if (what == What.clients) {
                // WORD is the contact as typed on the line: its referrals' codes, no one else's.
                for (String code : clientCodes(resolve(word))) {
                    out().println(code);
                }
                return 0;
            }
            if (what == What.query) {
                for (String w : queryWords(word, () -> store().load().network().contacts())) {
                    out().println(w);
                }
                return 0;
            }
            for (Contact c : store().load().network().contacts()) {
                words.add(what == What.names ? c.name() : c.id());
            }
            words.sort(null);
            for (String w : words) {
                out().println(w);
            }
            return 0;
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
