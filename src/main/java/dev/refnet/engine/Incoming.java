package dev.refnet.engine;

import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What a pull brought in: the network before and after, compared contact by contact and entry
 * by entry, each change credited to the person whose commit first held it. A pure function of
 * the two networks and of {@link Authors}; {@code refnet sync} renders it.
 */
public final class Incoming {

    private Incoming() {
    }

    /** Who made a change: the author of the first incoming commit whose version of a contact passes a test. */
    public interface Authors {
        /**
         * The author of the earliest incoming commit in which contact {@code id} passes {@code test}
         * (the contact is null in a commit where its file is absent); null when none does.
         */
        String firstWith(String id, Predicate<Contact> test);
    }

    /** One change that came in. */
    public sealed interface Change {
        String author();

        Contact contact();
    }

    /** A log entry that was not here before. */
    public record NewEntry(String author, Contact contact, LogEntry entry) implements Change {
    }

    /** An entry that changed (an outcome recorded, a reason edited): the same date, type and client. */
    public record ChangedEntry(String author, Contact contact, LogEntry before, LogEntry after) implements Change {
    }

    /** An entry that is gone. */
    public record RemovedEntry(String author, Contact contact, LogEntry entry) implements Change {
    }

    /** A contact file that is new. */
    public record NewContact(String author, Contact contact) implements Change {
    }

    /** A contact file that is gone ({@code contact} as it was). */
    public record RemovedContact(String author, Contact contact) implements Change {
    }

    /** Keys of a contact that changed, such as {@code phone} or {@code snooze-until}. */
    public record ChangedKeys(String author, Contact contact, Contact before, List<String> keys) implements Change {
    }

    /** Every change from {@code before} to {@code after} (contacts by id), in id order, entries in date order. */
    public static List<Change> between(Map<String, Contact> before, Map<String, Contact> after, Authors authors) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Contact was = before.get(id);
            Contact now = after.get(id);
            if (Objects.equals(was, now)) {
                continue;
            }
            if (was == null) {
                changes.add(new NewContact(who(authors, id, Objects::nonNull), now));
                for (LogEntry e : now.logByDate()) {
                    changes.add(new NewEntry(who(authors, id, c -> c != null && c.log().contains(e)), now, e));
                }
                continue;
            }
            if (now == null) {
                changes.add(new RemovedContact(who(authors, id, Objects::isNull), was));
                continue;
            }
            entries(id, was, now, authors, changes);
            List<String> keys = changedKeys(was, now);
            if (!keys.isEmpty()) {
                changes.add(new ChangedKeys(who(authors, id, c -> c != null && changedKeys(was, c).equals(keys)
                        && changedKeys(c, now).isEmpty()), now, was, keys));
            }
        }
        return changes;
    }

    private static void entries(String id, Contact was, Contact now, Authors authors, List<Change> changes) {
        List<LogEntry> gone = without(was.log(), now.log());
        List<LogEntry> added = without(now.log(), was.log());
        for (LogEntry e : sortedByDate(added)) {
            LogEntry old = gone.stream().filter(g -> sameEntry(g, e)).findFirst().orElse(null);
            if (old != null) {
                gone.remove(old);
                changes.add(new ChangedEntry(who(authors, id, c -> c != null && c.log().contains(e)), now, old, e));
            } else {
                changes.add(new NewEntry(who(authors, id, c -> c != null && c.log().contains(e)), now, e));
            }
        }
        for (LogEntry e : gone) {
            changes.add(new RemovedEntry(who(authors, id, c -> c != null && !c.log().contains(e)), now, e));
        }
    }

    /** One entry, edited: the same date, type and client (what tells two referrals apart). */
    private static boolean sameEntry(LogEntry a, LogEntry b) {
        return a.date().equals(b.date()) && a.type() == b.type() && Objects.equals(a.client(), b.client());
    }

    /** {@code list} less one occurrence of each entry of {@code less}: the log is a multiset. */
    private static List<LogEntry> without(List<LogEntry> list, List<LogEntry> less) {
        List<LogEntry> rest = new ArrayList<>(list);
        for (LogEntry e : less) {
            rest.remove(e);
        }
        return rest;
    }

    private static List<LogEntry> sortedByDate(List<LogEntry> entries) {
        List<LogEntry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(LogEntry::date));
        return sorted;
    }

    private static String who(Authors authors, String id, Predicate<Contact> test) {
        String a = authors.firstWith(id, test);
        return a == null ? "" : a;
    }

    /** The keys (as the file spells them) whose values differ, the log and the id aside. */
    static List<String> changedKeys(Contact a, Contact b) {
        List<String> keys = new ArrayList<>();
        for (Field<?> f : ContactFields.ALL) {
            if (!Objects.equals(a.get(f), b.get(f))) {
                keys.add(f.key());
            }
        }
        Map<String, Boolean> unknown = new LinkedHashMap<>();
        a.extra().keySet().forEach(k -> unknown.put(k, true));
        b.extra().keySet().forEach(k -> unknown.put(k, true));
        for (String k : unknown.keySet()) {
            if (!Objects.equals(a.extra().get(k), b.extra().get(k))) {
                keys.add(k);
            }
        }
        return keys;
    }
}
