package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.QueryArguments;
import dev.refnet.engine.Clinicians;
import dev.refnet.engine.Due;
import dev.refnet.engine.DueItem;
import dev.refnet.engine.Query;
import dev.refnet.model.Cadence;
import dev.refnet.model.Network;
import dev.refnet.render.Csv;
import dev.refnet.render.DueCalendar;
import dev.refnet.render.DueData;
import dev.refnet.render.DueText;
import dev.refnet.store.Git;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code refnet due}: whom to thank, which outcomes to record, whom to check in with (docs/format.md#section-2). */
@Command(name = "due",
        description = {"List what is due today: thank-yous for referrals received, outcomes to record, and"
            + " check-ins with partners you have not contacted for their cadence. Overdue items come first.",
            "QUERY terms must all hold: field:value (category, tag, specialty, status, org, name), a comma for"
            + " alternatives, a leading - or not: to negate, or a bare word to match name, organization or notes (a category's word, like online, also matches that category)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet due",
            "  refnet due --upcoming 2w category:physician,school",
            "  refnet due --mine",
            "  refnet due --clinician priya --kind thank-you",
            "  refnet due -status:prospect --kind thank-you --kind outcome",
            "  refnet due --upcoming 30d --format ics > ~/refnet-due.ics"})
public final class DueCommand extends BaseCommand implements QueryArguments {

    /** The output formats of {@code due}: the listing formats and an iCalendar file. */
    public enum DueFormat { text, json, csv, ics }

    @Parameters(arity = "0..*", paramLabel = "QUERY", parameterConsumer = QueryArguments.Consumer.class,
            completionCandidates = Converters.QueryCandidates.class,
            description = "Filter terms (see above).")
    List<String> query = new ArrayList<>();

    @Option(names = "--upcoming", paramLabel = "DURATION", converter = Converters.CadenceConverter.class,
            description = "Also list items due within DURATION after today (7d, 2w, 1m; default: 0d).")
    Cadence upcoming;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            completionCandidates = KindCandidates.class,
            description = "Only these kinds: ${COMPLETION-CANDIDATES} (repeat or separate with commas).")
    List<DueItem.Kind> kinds = new ArrayList<>();

    @Option(names = "--mine", description = "Only your items: the clinician named by REFNET_CLINICIAN, else your git user.name.")
    boolean mine;

    @Option(names = "--clinician", paramLabel = "NAME", completionCandidates = Converters.ClinicianCandidates.class,
            description = "Only the items of this clinician of refnet.yaml (a thank-you or outcome: the referral's"
                + " clinician; a check-in: the contact's owner, else the first clinician).")
    String clinician;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N items (the most overdue first).")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DueFormat format = DueFormat.text;

    @Override
    public Integer call() {
        Query q = Query.parse(query);
        if (limit != null && limit < 1) {
            throw usage("--limit must be 1 or more, not " + limit);
        }
        Set<DueItem.Kind> kindSet = kinds.isEmpty() ? EnumSet.allOf(DueItem.Kind.class) : EnumSet.copyOf(kinds);
        if (mine && clinician != null) {
            throw usage("--mine and --clinician both choose a clinician; give one of them");
        }
        Network network = network();
        String who = whose(network.config().clinicians());
        Due.Result result = Due.compute(network, today(), new Due.Options(upcoming, kindSet, q, who));
        List<DueItem> items = result.items();
        List<DueItem> shown = limit == null || limit >= items.size() ? items : items.subList(0, limit);
        switch (format) {
            case json -> printJson(DueData.json(result, shown));
            case csv -> out().print(Csv.write(DueData.CSV_HEADER, DueData.csvRows(shown)));
            case ics -> out().print(DueCalendar.render(result, shown, network.config().practice()));
            default -> {
                out().print(DueText.render(shown, items.size(), nothingDue(network, q, kindSet, who), env().width(),
                        ansi(), who == null && network.config().clinicians().size() > 1));
                endTextAnswer();
            }
        }
        out().flush();
        return 0;
    }

    /** The clinician whose items to keep (--mine, --clinician), or null for everyone's. */
    private String whose(List<String> clinicians) {
        if (clinician != null) {
            return Clinicians.resolve(clinician.strip(), clinicians, "--clinician");
        }
        if (!mine) {
            return null;
        }
        String named = env().env().get("REFNET_CLINICIAN");
        if (named != null && !named.isBlank()) {
            return Clinicians.resolve(named.strip(), clinicians, "REFNET_CLINICIAN");
        }
        String gitName = Git.find(networkDir()).flatMap(Git::userName).orElse(null);
        if (gitName == null) {
            throw usage("--mine needs to know who you are: set REFNET_CLINICIAN to your name as refnet.yaml lists it"
                    + " (export REFNET_CLINICIAN='Priya Shah'), or use --clinician NAME");
        }
        return Clinicians.resolve(gitName, clinicians, "your git user.name");
    }

    private String nothingDue(Network network, Query q, Set<DueItem.Kind> kindSet, String who) {
        if (network.contacts().isEmpty()) {
            return "No contacts yet, so nothing is due. Add one with: refnet add-contact 'Name' --category physician";
        }
        StringBuilder sb = new StringBuilder("Nothing is due");
        sb.append(upcoming == null || upcoming.period().isZero() ? " today" : " today or in the next " + upcoming.text());
        if (kindSet.size() < DueItem.Kind.values().length) {
            sb.append(" (").append(kindSet.stream().map(DueItem.Kind::word).collect(Collectors.joining(", "))).append(')');
        }
        if (!(q instanceof Query.All)) {
            sb.append(" for the contacts matching that query");
        }
        if (who != null) {
            sb.append(" for ").append(who);
        }
        return sb.append(". All caught up.").toString();
    }

    /** {@code thank-you}, {@code outcome}, {@code check-in} (also with {@code _} or without the dash). */
    static final class KindConverter implements ITypeConverter<DueItem.Kind> {
        @Override
        public DueItem.Kind convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            for (DueItem.Kind k : DueItem.Kind.values()) {
                if (k.word().equals(v) || k.word().replace("-", "").equals(v) || (k.word() + "s").equals(v)) {
                    return k;
                }
            }
            throw new TypeConversionException("unknown kind '" + value + "'; use thank-you, outcome or check-in");
        }
    }

    static final class KindCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DueItem.Kind.values()).map(DueItem.Kind::word).iterator();
        }
    }
}
