package dev.refnet.cli;

import dev.refnet.cli.args.FormatOption;
import dev.refnet.model.Visible;
import dev.refnet.render.Csv;
import dev.refnet.store.NetworkChecker;
import dev.refnet.store.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code refnet check}: every problem in the network's files, one per line. */
@Command(name = "check",
        description = {"List every problem in the network's files, each on one line with its place.",
            "A line reads path:line:column: severity: message, as compilers write them, so editors can jump to it.",
            "Exit status 1 when there is any error; warnings (privacy hints, duplicates, file modes) alone exit 0."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet check",
            "  refnet check --format json      # for editors and git hooks"})
public final class CheckCommand extends BaseCommand {

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        NetworkChecker.Report report = new NetworkChecker(store(), env().env().containsKey("GIT_INDEX_FILE")).check();
        List<Problem> problems = report.problems().stream().map(p -> p.seenFrom(env().cwd())).toList();
        switch (format.get()) {
            case json -> {
                List<Object> items = new ArrayList<>();
                for (Problem p : problems) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", p.path().toString());
                    m.put("line", p.line());
                    m.put("column", p.column());
                    m.put("severity", p.severity().word());
                    m.put("message", p.message());
                    items.add(m);
                }
                printJson(items);
            }
            case csv -> {
                List<List<?>> rows = new ArrayList<>();
                for (Problem p : problems) {
                    rows.add(List.of(p.path().toString(), p.line(), p.column(), p.severity().word(), p.message()));
                }
                out().print(Csv.write(List.of("path", "line", "column", "severity", "message"), rows));
            }
            default -> {
                for (Problem p : problems) {
                    out().println(Visible.oneLine(p.path().toString()) + ":" + p.line() + ":" + p.column() + ": " + p.severity().word()
                            + ": " + p.message());
                }
                long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
                long warnings = problems.size() - errors;
                String counted = report.contacts() + (report.contacts() == 1 ? " contact" : " contacts");
                if (problems.isEmpty()) {
                    out().println("no problems in " + counted);
                } else {
                    err().println("refnet: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                            + (warnings == 1 ? " warning" : " warnings") + "; " + counted + " read cleanly");
                    err().flush();
                }
            }
        }
        return report.hasErrors() ? 1 : 0;
    }
}
