package dev.refnet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** In-memory contact files like bench/gen_network.py writes: ids and YAML texts, deterministic. */
public final class Networks {

    private static final String[] CATEGORIES = {"therapist", "therapist", "physician", "physician", "school", "faith",
        "community", "online", "legal", "other"};
    private static final String[] FIRST = {"Maria", "James", "Aisha", "Wei", "Olga", "Samuel", "Priya", "José", "Zoë"};
    private static final String[] LAST = {"López", "Smith", "Okafor", "Chen", "Petrov", "Rivera", "Müller", "O'Brien"};
    private static final String[] OUTREACH = {"coffee", "call", "email", "letter", "meeting", "visit", "presentation",
        "workshop", "event", "social"};
    private static final String[] OUTCOMES = {"scheduled", "seen", "declined", "no-show", "waitlisted"};
    private static final String[] CLINICIANS = {"Jordan Ellis", "Priya Shah", "Sam Rivera"};

    private Networks() {
    }

    /** One contact file: its id and text. */
    public record File(String id, String text) {
    }

    public static List<File> files(int n, LocalDate today, long seed) {
        Random r = new Random(seed);
        List<File> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
            StringBuilder t = new StringBuilder();
            if (r.nextInt(7) == 0) {
                t.append("# met through the county network\n");
            }
            t.append("name: \"").append(name.replace("\"", "")).append("\"\n");
            t.append("category: ").append(category).append('\n');
            t.append("organization: Harbor Clinic ").append(r.nextInt(50)).append('\n');
            if (r.nextBoolean()) {
                t.append("specialties: [anxiety, trauma]\n");
            }
            t.append("email: c").append(i).append("@example.org\n");
            if (r.nextInt(10) == 0) {
                t.append("status: ").append(r.nextBoolean() ? "paused" : "prospect").append('\n');
            }
            LocalDate d = today.minusDays(200 + r.nextInt(900));
            t.append("since: ").append(d).append('\n');
            if (r.nextInt(3) == 0) {
                t.append("notes: |\n  Prefers email. Met at the county health fair.\n");
            }
            t.append("log:\n");
            int entries = 10 + r.nextInt(11);
            for (int e = 0; e < entries; e++) {
                d = d.plusDays(1 + r.nextInt(60));
                if (d.isAfter(today)) {
                    d = today;
                }
                int kind = r.nextInt(100);
                t.append("  - date: ").append(d).append('\n');
                if (kind < 25) {
                    t.append("    type: referral-in\n    client: C-").append(1000 + r.nextInt(9000)).append('\n');
                    t.append("    to: ").append(CLINICIANS[r.nextInt(3)]).append('\n');
                    if (r.nextInt(4) > 0) {
                        t.append("    outcome: ").append(OUTCOMES[r.nextInt(OUTCOMES.length)]).append('\n');
                    }
                } else if (kind < 37) {
                    t.append("    type: referral-out\n    client: C-").append(1000 + r.nextInt(9000)).append('\n');
                    t.append("    reason: anxiety\n");
                } else if (kind < 50) {
                    t.append("    type: thank-you\n");
                } else if (kind < 55) {
                    t.append("    type: note\n    note: Moved to a new office downtown\n");
                } else {
                    t.append("    type: ").append(OUTREACH[r.nextInt(OUTREACH.length)]).append('\n');
                    if (r.nextBoolean()) {
                        t.append("    note: 'Lunch: discussed a joint workshop'\n");
                    }
                }
            }
            files.add(new File(String.format("c-%05d", i), t.toString()));
        }
        return files;
    }
}
