package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.cli.args.QueryArguments;
import dev.refnet.engine.Query;
import dev.refnet.engine.Report;
import dev.refnet.render.FlowGraph;
import dev.refnet.render.ReportCsv;
import dev.refnet.render.ReportJson;
import dev.refnet.render.ReportMarkdown;
import dev.refnet.render.ReportText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet report}: who refers to whom over a period (docs/format.md#section-3). */
@Command(name = "report",
        description = {"Summarise referrals in and out over a period, and who refers to whom.",
            "Totals, by category, by contact, who refers to whom (the text shows the 15 busiest flows; the other "
                + "formats all of them), month by month, outcomes, the top partner's share, dormant partners and the "
                + "kinds of partner still missing.",
            "The period is --from to --to, inclusive; by default the 12 months ending today "
                + "(--to alone: the 12 months ending then; --from alone: from then to today).",
            "QUERY (as in 'refnet list') chooses whose referrals count, -category:online too; "
                + "the gaps always describe the whole network."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet report",
            "  refnet report --from 2025-01-01 --to 2025-12-31 --format markdown > 2025.md",
            "  refnet report category:physician,school -status:archived --format json",
            "  refnet report --graph dot | dot -Tsvg > referrals.svg"})
public final class ReportCommand extends BaseCommand implements QueryArguments {

    /** The report's output formats. */
    enum Format { text, json, csv, markdown }

    /** The graph languages of {@code --graph}. */
    enum Graph { dot, mermaid }

    @Parameters(arity = "0..*", paramLabel = "QUERY", parameterConsumer = QueryArguments.Consumer.class,
            completionCandidates = Converters.QueryCandidates.class,
            description = "Filter terms, as in 'refnet list'.")
    List<String> query = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "First day of the period (YYYY-MM-DD, today, yesterday, -30d).")
    DateSpec from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "Last day of the period (default: today).")
    DateSpec to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--graph", paramLabel = "KIND",
            description = "Print only the who-refers-to-whom graph: ${COMPLETION-CANDIDATES}.")
    Graph graph;

    @Override
    public Integer call() {
        Query q = Query.parse(query);
        if (graph != null && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw usage("--graph prints only the graph; leave out --format " + format);
        }
        LocalDate today = today();
        LocalDate end = to == null ? today : to.resolve(today);
        LocalDate start = from == null ? Report.twelveMonthsEnding(end) : from.resolve(today);
        if (start.isAfter(end)) {
            throw usage("--from " + start + " is after " + (to == null ? "today, " : "--to ") + end
                    + "; the period runs from --from to --to, inclusive");
        }
        Report report = Report.compute(network(), today, start, end, q);
        String typed = String.join(" ", query).strip();
        if (graph != null) {
            out().print(graph == Graph.dot ? FlowGraph.dot(report) : FlowGraph.mermaid(report));
            return 0;
        }
        switch (format) {
            case json -> printJson(ReportJson.of(report));
            case csv -> out().print(ReportCsv.render(report));
            case markdown -> out().print(ReportMarkdown.render(report, typed));
            default -> {
                out().print(ReportText.render(report, typed, env().width(), ansi()));
                endTextAnswer();
            }
        }
        return 0;
    }
}
