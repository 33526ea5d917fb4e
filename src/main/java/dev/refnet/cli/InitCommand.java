package dev.refnet.cli;

import dev.refnet.store.NetworkInit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet init}: makes a network folder. */
@Command(name = "init",
        description = {"Make a new network folder, private to you.",
            "It holds refnet.yaml (the settings), contacts/ (one YAML file per partner) and .gitattributes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet init ~/referrals --practice 'Harbor Light Counseling' \\",
            "      --clinician 'Jordan Ellis' --clinician 'Priya Shah' --git",
            "  cd ~/referrals && refnet add-contact 'Dr. María López' --category physician"})
public final class InitCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Where to make it (default: --dir, $REFNET_DIR or ~/.local/share/refnet).")
    Path target;

    @Option(names = "--practice", paramLabel = "NAME", description = "The practice's name.")
    String practice;

    @Option(names = "--clinician", paramLabel = "NAME",
            description = "A clinician who gives and receives referrals; repeat for each. The first is the default.")
    List<String> clinicians = new ArrayList<>();

    @Option(names = "--git", description = "Also make it a git repository with a first commit and a pre-commit hook that runs 'refnet check'.")
    boolean git;

    @Override
    public Integer call() throws IOException {
        Path dir = target != null ? env().cwd().resolve(target) : networkDir();
        List<Path> written = NetworkInit.create(dir, practice, clinicians);
        out().println("made a refnet network in " + dir);
        if (git) {
            for (NetworkInit.Said said : NetworkInit.initGit(dir, written, practice, env().env())) {
                if (said.warning()) {
                    warn(said.text());
                } else {
                    out().println(said.text());
                }
            }
        }
        out().println("next: refnet --dir " + quote(dir.toString()) + " add-contact 'Name' --category physician");
        return 0;
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./~-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
