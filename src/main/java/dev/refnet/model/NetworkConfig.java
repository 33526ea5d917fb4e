package dev.refnet.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one network, from {@code refnet.yaml} with the defaults of docs/format.md#section-1-1. {@code clientCode}
 * is the pattern every client code must match, null for {@link ClientCode}'s default rule;
 * {@code availabilityWithin} how long an answer about new clients stays fresh (docs/format.md#section-8-1).
 */
public record NetworkConfig(
        String practice,
        List<String> clinicians,
        Map<Category, Cadence> followUp,
        Cadence thankYouWithin,
        Cadence outcomeWithin,
        Cadence lookback,
        Cadence dormantAfter,
        boolean autoCommit,
        List<String> specialties,
        String clientCode,
        Cadence availabilityWithin) {

    /** The built-in check-in cadence of each category. */
    public static final Map<Category, Cadence> DEFAULT_FOLLOW_UP = defaultFollowUp();

    public NetworkConfig {
        clinicians = clinicians == null ? List.of() : List.copyOf(clinicians);
        Map<Category, Cadence> merged = new EnumMap<>(DEFAULT_FOLLOW_UP);
        if (followUp != null) {
            merged.putAll(followUp);
        }
        followUp = Map.copyOf(merged);
        thankYouWithin = thankYouWithin == null ? Cadence.ofDays(3) : thankYouWithin;
        outcomeWithin = outcomeWithin == null ? Cadence.ofDays(14) : outcomeWithin;
        lookback = lookback == null ? Cadence.ofDays(180) : lookback;
        dormantAfter = dormantAfter == null ? Cadence.ofDays(180) : dormantAfter;
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        availabilityWithin = availabilityWithin == null ? Cadence.ofDays(90) : availabilityWithin;
    }

    /** The settings without {@code availability-within} (its default, 90 days). */
    public NetworkConfig(String practice, List<String> clinicians, Map<Category, Cadence> followUp, Cadence thankYouWithin,
            Cadence outcomeWithin, Cadence lookback, Cadence dormantAfter, boolean autoCommit, List<String> specialties,
            String clientCode) {
        this(practice, clinicians, followUp, thankYouWithin, outcomeWithin, lookback, dormantAfter, autoCommit, specialties,
                clientCode, null);
    }

    /** The settings without {@code specialties}, with the default client-code rule. */
    public NetworkConfig(String practice, List<String> clinicians, Map<Category, Cadence> followUp, Cadence thankYouWithin,
            Cadence outcomeWithin, Cadence lookback, Cadence dormantAfter, boolean autoCommit) {
        this(practice, clinicians, followUp, thankYouWithin, outcomeWithin, lookback, dormantAfter, autoCommit, List.of(), null);
    }

    /** The settings with the default client-code rule. */
    public NetworkConfig(String practice, List<String> clinicians, Map<Category, Cadence> followUp, Cadence thankYouWithin,
            Cadence outcomeWithin, Cadence lookback, Cadence dormantAfter, boolean autoCommit, List<String> specialties) {
        this(practice, clinicians, followUp, thankYouWithin, outcomeWithin, lookback, dormantAfter, autoCommit, specialties, null);
    }

    public static NetworkConfig defaults() {
        return new NetworkConfig(null, List.of(), Map.of(), null, null, null, null, true);
    }

    private static Map<Category, Cadence> defaultFollowUp() {
        Map<Category, Cadence> m = new EnumMap<>(Category.class);
        m.put(Category.THERAPIST, Cadence.ofDays(90));
        m.put(Category.PHYSICIAN, Cadence.ofDays(60));
        m.put(Category.SCHOOL, Cadence.ofDays(120));
        m.put(Category.FAITH, Cadence.ofDays(90));
        m.put(Category.COMMUNITY, Cadence.ofDays(60));
        m.put(Category.ONLINE, Cadence.ofDays(30));
        m.put(Category.LEGAL, Cadence.ofDays(90));
        m.put(Category.OTHER, Cadence.ofDays(90));
        return Map.copyOf(m);
    }

    /** The clinician who receives incoming and sends outgoing referrals by default. */
    public String defaultClinician() {
        return clinicians.isEmpty() ? "me" : clinicians.get(0);
    }

    /** The clinician who keeps the relationship with {@code contact}: its owner, else the default one. */
    public String ownerOf(Contact contact) {
        return contact.owner() != null && !contact.owner().isBlank() ? contact.owner() : defaultClinician();
    }

    /** The clinician on the practice's side of a referral entry: as written, else the default one. */
    public String clinicianOf(LogEntry referral) {
        String c = referral.clinician();
        return c != null && !c.isBlank() ? c : defaultClinician();
    }

    /** The contact's own cadence, else its category's. */
    public Cadence cadenceFor(Contact contact) {
        return contact.followUp() != null ? contact.followUp() : followUp.get(contact.category());
    }
}
