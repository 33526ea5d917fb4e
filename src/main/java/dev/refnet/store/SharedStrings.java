package dev.refnet.store;

/**
 * One object for values that repeat across a network's files: the clinicians of referrals,
 * reasons, notes like "Asked about their waitlist", organizations. A read of 10,000 contacts
 * otherwise keeps each of them tens of thousands of times over.
 *
 * <p>A direct-mapped table of recent values, not an intern pool: it holds at most
 * {@link #SLOTS} short strings for the life of the process. Threads may race on a slot; a
 * String is immutable, so each sees a complete value, and {@code equals} decides a hit.
 */
final class SharedStrings {

    private static final int SLOTS = 4096;
    /** Longer values are rarely repeated and are not worth keeping alive. */
    private static final int MAX_LENGTH = 64;
    private static final String[] RECENT = new String[SLOTS];

    private SharedStrings() {
    }

    /** {@code s}, or an equal string read before; null stays null. */
    static String of(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        int slot = s.hashCode() & (SLOTS - 1);
        String seen = RECENT[slot];
        if (s.equals(seen)) {
            return seen;
        }
        RECENT[slot] = s;
        return s;
    }
}
