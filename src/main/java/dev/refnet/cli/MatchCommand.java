package dev.refnet.cli;

import dev.refnet.cli.args.FormatOption;
import dev.refnet.cli.args.QueryArguments;
import dev.refnet.engine.Match;
import dev.refnet.render.MatchJson;
import dev.refnet.render.MatchText;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet match}: whom to refer a client to (docs/format.md#section-8-2). */
@Command(name = "match",
        description = {"Whom to refer a client to: active partners ranked for a need, with how to reach them and why.",
            "Field terms are requirements: insurance:aetna, language:spanish, telehealth (or telehealth:only), "
                + "age:15 (any range that holds 15), area:eastside, accepting:yes, category:therapist. "
                + "Bare words (anxiety, emdr) are looked for in specialties, tags, role and notes, and rank the fits.",
            "The rank weighs the fit, whether they take new clients (yes, not recorded, waitlist, no), how fresh "
                + "that is ('call first' when older than availability-within, 90d by default), referrals each way "
                + "within lookback, and what became of our earlier referrals to them."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet match emdr age:15 insurance:aetna",
            "  refnet match anxiety language:spanish telehealth --limit 10",
            "  refnet match category:physician adhd --format json"})
public final class MatchCommand extends BaseCommand implements QueryArguments {

    @Parameters(arity = "1..*", paramLabel = "NEED", parameterConsumer = QueryArguments.Consumer.class,
            description = "What the client needs: field terms (requirements) and words (ranked).")
    List<String> need = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5",
            description = "How many partners to list in text (default: ${DEFAULT-VALUE}); json and csv list every fit.")
    int limit = 5;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw usage("--limit must be 1 or more, like --limit 5");
        }
        Match m = Match.of(network(), today(), need);
        switch (format.get()) {
            case json -> printJson(MatchJson.of(m));
            case csv -> out().print(MatchJson.csv(m, network().config().lookback()));
            default -> {
                out().print(MatchText.render(m, limit, network().config().lookback(), ansi()));
                endTextAnswer();
            }
        }
        return 0;
    }
}
