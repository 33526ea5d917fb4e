package dev.refnet.render.draft;

import dev.refnet.engine.DueItem;
import dev.refnet.model.Category;
import dev.refnet.model.Consent;
import dev.refnet.model.Contact;
import dev.refnet.model.DraftKind;
import dev.refnet.model.NetworkConfig;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The value of each {@link Placeholder} for one draft. For a thank-you, referral facts go into
 * {@code released} only for referrals whose client has a release in force on the day; the
 * other placeholders carry no client code, referral date or count, so a message made without
 * a release is the same whichever referrals it thanks for.
 */
public final class DraftValues {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private DraftValues() {
    }

    /**
     * The values for a draft of {@code kind} to {@code partner}; {@code thanks} is the thank-you
     * that is due (required for {@link DraftKind#THANK}, ignored otherwise).
     */
    public static Map<String, Object> of(DraftKind kind, Contact partner, NetworkConfig config, LocalDate today,
            DueItem.ThankYou thanks) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("partner", partner.name());
        v.put("organization", text(partner.organization()));
        v.put("role", text(partner.role()));
        v.put("category", partner.category().word());
        for (Category c : Category.values()) {
            v.put(c.word(), c == partner.category());
        }
        v.put("practice", practice(config));
        String clinician = signer(kind, config, thanks);
        v.put("clinician", clinician);
        List<String> signature = new ArrayList<>();
        if (!clinician.isEmpty()) {
            signature.add(clinician);
        }
        if (config.practice() != null && !config.practice().isBlank()) {
            signature.add(config.practice().strip());
        }
        v.put("signature", String.join("\n", signature));
        v.put("specialties", phrase(config.specialties()));
        if (kind == DraftKind.THANK) {
            if (thanks == null) {
                throw new IllegalArgumentException("a thank-you draft needs the thank-you that is due");
            }
            boolean consented = true;
            List<Map<String, Object>> released = new ArrayList<>();
            for (DueItem.Referral r : thanks.referrals()) {
                Consent c = r.consentOn(today);
                consented &= c != Consent.NONE;
                if (c == Consent.RELEASE) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("date-long", LONG.format(r.date()));
                    item.put("date", r.date().toString());
                    item.put("received-by", r.clinician() != null ? r.clinician() : clinician);
                    item.put("client", r.client());
                    released.add(item);
                }
            }
            v.put("consented", consented);
            v.put("has-release", !released.isEmpty());
            v.put(Placeholder.RELEASED, released);
        }
        return v;
    }

    /** The practice's name, or "our practice" when refnet.yaml has none. */
    static String practice(NetworkConfig config) {
        return config.practice() == null || config.practice().isBlank() ? "our practice" : config.practice().strip();
    }

    /**
     * Who signs: a thank-you's is the clinician who received the earliest referral that names one,
     * else (and for every other kind) the first clinician in refnet.yaml; empty when there is none.
     */
    public static String signer(DraftKind kind, NetworkConfig config, DueItem.ThankYou thanks) {
        if (kind == DraftKind.THANK && thanks != null) {
            for (DueItem.Referral r : thanks.referrals()) {
                if (r.clinician() != null && !r.clinician().isBlank()) {
                    return r.clinician().strip();
                }
            }
        }
        return config.clinicians().isEmpty() ? "" : config.clinicians().get(0);
    }

    /** "trauma", "trauma and anxiety", "trauma, anxiety and couples counseling"; empty for none. */
    static String phrase(List<String> words) {
        List<String> w = words.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (w.size() <= 1) {
            return w.isEmpty() ? "" : w.get(0);
        }
        return String.join(", ", w.subList(0, w.size() - 1)) + " and " + w.get(w.size() - 1);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
