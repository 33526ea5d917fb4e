package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.engine.Due;
import dev.refnet.engine.DueItem;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.DraftKind;
import dev.refnet.model.LogEntry;
import dev.refnet.model.NetworkConfig;
import dev.refnet.model.RefnetException;
import dev.refnet.render.draft.BuiltInTemplates;
import dev.refnet.render.draft.DraftTemplate;
import dev.refnet.render.draft.DraftValues;
import dev.refnet.render.draft.Message;
import dev.refnet.store.NetworkStore;
import dev.refnet.store.TemplateFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet draft}: a thank-you, introductory letter, check-in or workshop offer, ready to send. */
@Command(name = "draft",
        description = {"Print a message ready to send to a partner: a subject line, a blank line, then the body.",
            "KIND is thank (the thank-you that 'refnet due' lists; it confirms nothing about a client unless the"
                + " client's release is in force), intro (an introductory letter), check-in, or workshop (an offer"
                + " of a workshop or talk); the letter suits the partner's category.",
            "The practice's own templates in the network's templates/ folder replace the built-in ones;"
                + " --init-templates writes the built-in ones there to edit."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet draft thank lopez",
            "  refnet draft intro 'Dr. Ellen Park' --format mailto",
            "  refnet draft thank lopez --format mailto --log",
            "  refnet draft --init-templates"})
public final class DraftCommand extends BaseCommand {

    /** How the message is printed. */
    public enum DraftFormat { text, mailto }

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", completionCandidates = KindCandidates.class,
            description = "What to draft: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CONTACT", completionCandidates = Converters.ContactCandidates.class,
            description = "To whom: an id, a name, or part of either.")
    String contact;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (subject, blank line, body) or mailto (a mailto: link to the partner's e-mail"
                    + " that opens the message in a mail program); default: ${DEFAULT-VALUE}.")
    DraftFormat format = DraftFormat.text;

    @Option(names = "--log", description = "Also log it for the partner, dated today: a thank-you entry for thank,"
            + " a letter for intro, an email for check-in and workshop.")
    boolean log;

    @Option(names = "--init-templates", description = "Write the built-in templates into the network's templates/"
            + " folder to edit; files already there are kept.")
    boolean initTemplates;

    @Override
    public Integer call() {
        if (initTemplates) {
            if (kind != null || contact != null || log || format != DraftFormat.text) {
                throw usage("--init-templates takes no KIND, CONTACT, --format or --log: run it on its own, as in: refnet draft --init-templates");
            }
            return initTemplates();
        }
        String kinds = words();
        if (kind == null) {
            throw usage("missing KIND: one of " + kinds + ", as in: refnet draft thank lopez");
        }
        DraftKind k = DraftKind.parse(kind).orElseThrow(() -> usage("unknown draft '" + kind + "'; one of: " + kinds));
        if (contact == null) {
            throw usage("missing CONTACT: say to whom, as in: refnet draft " + k.word() + " lopez");
        }
        Contact c = resolve(contact);
        NetworkConfig config = config();
        LocalDate today = today();
        DueItem.ThankYou thanks = null;
        if (k == DraftKind.THANK) {
            thanks = Due.thankYouFor(c, config, today).orElseThrow(() -> RefnetException.data("no thank-you is due for "
                    + c.name() + ": no referral from them within the last " + config.lookback().text()
                    + " is still unthanked; to keep in touch, try: refnet draft check-in " + c.id()));
        }
        String email = c.email() == null ? "" : c.email().strip();
        if (format == DraftFormat.mailto && email.isEmpty()) {
            throw RefnetException.data(c.name() + " has no e-mail address, so there is no mailto: link to make; add one"
                    + " with a line 'email: …' in " + store().contactPath(c.id()) + ", or leave out --format mailto");
        }
        Message message = template(k).render(DraftValues.of(k, c, config, today, thanks));
        if (k == DraftKind.INTRO && c.category() == Category.PHYSICIAN && config.specialties().isEmpty()) {
            warn("refnet.yaml lists no specialties, so the letter cannot say what the practice specializes in;"
                    + " add a line like: specialties: [trauma, anxiety]");
        }
        if (log) {
            record(c, k, today);
        }
        out().print(format == DraftFormat.mailto ? message.mailto(email) + "\n" : message.text());
        out().flush();
        return 0;
    }

    /** The network's template of this kind, else the built-in one; checked before use. */
    private DraftTemplate template(DraftKind k) {
        String name = BuiltInTemplates.fileName(k);
        return new TemplateFiles(store().dir()).read(name)
                .map(src -> DraftTemplate.compile(k, src.path().toString(), src.text()))
                .orElseGet(() -> DraftTemplate.compile(k, "built-in " + name, BuiltInTemplates.text(k)));
    }

    /** Logs what was drafted, under the lock and committed; said on standard error, so the message stays clean. */
    private void record(Contact c, DraftKind k, LocalDate today) {
        beforeChange();
        NetworkStore.Change change = store().appendEntry(c.id(), LogEntry.of(today, k.logType(), k.logNote()));
        String what = k == DraftKind.THANK ? "a thank-you to " + c.name() : k.logType().word() + " with " + c.name();
        commit(List.of(change.file()), "log " + what);
        err().println("logged " + what + " on " + today);
        err().flush();
    }

    private int initTemplates() {
        store().requireExists();
        beforeChange();
        Map<String, String> texts = new LinkedHashMap<>();
        for (DraftKind k : DraftKind.values()) {
            texts.put(BuiltInTemplates.fileName(k), BuiltInTemplates.text(k));
        }
        List<Path> written = new ArrayList<>();
        for (TemplateFiles.Written w : new TemplateFiles(store().dir()).writeMissing(texts)) {
            switch (w.outcome()) {
                case WRITTEN -> {
                    written.add(w.path());
                    out().println("wrote " + w.path());
                }
                case SAME -> out().println("kept " + w.path() + " (the same as the built-in one)");
                default -> out().println("kept " + w.path() + " (yours: refnet does not replace it)");
            }
        }
        if (!written.isEmpty()) {
            commit(written, "add draft templates");
        }
        out().flush();
        return 0;
    }

    private static String words() {
        return Arrays.stream(DraftKind.values()).map(DraftKind::word).collect(Collectors.joining(", "));
    }

    static final class KindCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DraftKind.values()).map(DraftKind::word).iterator();
        }
    }
}
