package dev.refnet.render.draft;

import dev.refnet.model.Category;
import dev.refnet.model.DraftKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One name a draft template may use, declared once: the values a draft fills in, the template
 * check and the reference in docs/format.md all come from {@link #ALL}.
 *
 * <p>Client codes and referral dates are placeholders of the {@link Scope#RELEASED} scope only:
 * they exist inside {@code {{#released}}…{{/released}}}, which repeats once per referral whose
 * client has a release of information in force, and nowhere else. So a template cannot put a
 * client code or a referral's date into a message unless the client allowed it, and the check
 * finds a template that tries before anything is rendered.
 */
public record Placeholder(String name, Scope scope, Use use, Set<DraftKind> kinds, String meaning) {

    /** Where a placeholder has a value. */
    public enum Scope {
        /** Anywhere in the template. */
        TOP,
        /** Only inside {@code {{#released}}…{{/released}}}: one referral with a release in force. */
        RELEASED
    }

    /** How a template uses it. */
    public enum Use {
        /** Text: {@code {{name}}}; a section over it shows only when it is not empty. */
        TEXT,
        /** Yes or no: {@code {{#name}}…{{/name}}} and {@code {{^name}}…{{/name}}}. */
        FLAG,
        /** A list: only {@code {{#name}}…{{/name}}}, repeated per item, and {@code {{^name}}} when empty. */
        LIST
    }

    /** The section that opens the {@link Scope#RELEASED} scope. */
    public static final String RELEASED = "released";

    private static final Set<DraftKind> EVERY = EnumSet.allOf(DraftKind.class);
    private static final Set<DraftKind> THANK = EnumSet.of(DraftKind.THANK);

    /** Every placeholder, in the order the reference lists them. */
    public static final List<Placeholder> ALL = all();

    private static List<Placeholder> all() {
        List<Placeholder> p = new ArrayList<>();
        p.add(top("partner", Use.TEXT, "the partner's name, as in their file (Dr. María López)"));
        p.add(top("organization", Use.TEXT, "the partner's organization; empty when the file has none"));
        p.add(top("role", Use.TEXT, "the partner's role; empty when the file has none"));
        p.add(top("category", Use.TEXT, "the partner's category (physician, school, …)"));
        for (Category c : Category.values()) {
            p.add(top(c.word(), Use.FLAG, "yes when the partner's category is " + c.word()));
        }
        p.add(top("practice", Use.TEXT, "the practice's name from refnet.yaml ('our practice' when it has none)"));
        p.add(top("clinician", Use.TEXT, "who signs: for a thank-you the clinician who received the referral,"
                + " else the first clinician in refnet.yaml; empty when it lists none"));
        p.add(top("signature", Use.TEXT, "the clinician and the practice, one per line"));
        p.add(top("specialties", Use.TEXT, "the practice's specialties from refnet.yaml as a phrase"
                + " (trauma, anxiety and couples counseling); empty when it lists none"));
        p.add(new Placeholder("consented", Scope.TOP, Use.FLAG, THANK, "yes when the client of every referral"
                + " thanked for agreed to a thank-you (consent generic, or a release in force): the message may"
                + " thank for the referral, in general words"));
        p.add(new Placeholder("has-release", Scope.TOP, Use.FLAG, THANK,
                "yes when a release of information is in force for at least one referral thanked for"));
        p.add(new Placeholder(RELEASED, Scope.TOP, Use.LIST, THANK,
                "the referrals thanked for whose client has a release in force; empty without one"));
        p.add(released("date-long", "the referral's date in words (November 17, 2026)"));
        p.add(released("date", "the referral's date, YYYY-MM-DD"));
        p.add(released("received-by", "the clinician who received the referral"));
        p.add(released("client", "the client's code (the client is never named; think twice before sending a code)"));
        return List.copyOf(p);
    }

    private static Placeholder top(String name, Use use, String meaning) {
        return new Placeholder(name, Scope.TOP, use, EVERY, meaning);
    }

    private static Placeholder released(String name, String meaning) {
        return new Placeholder(name, Scope.RELEASED, Use.TEXT, THANK, meaning);
    }

    /** The placeholder called {@code name}, if there is one. */
    public static Optional<Placeholder> find(String name) {
        for (Placeholder p : ALL) {
            if (p.name.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The names a template of {@code kind} may use, in {@link #ALL}'s order. */
    public static List<String> namesFor(DraftKind kind) {
        return ALL.stream().filter(p -> p.kinds.contains(kind)).map(Placeholder::name).toList();
    }
}
