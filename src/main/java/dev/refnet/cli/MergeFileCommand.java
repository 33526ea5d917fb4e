package dev.refnet.cli;

import dev.refnet.merge.Conflict;
import dev.refnet.merge.FileMerge;
import dev.refnet.merge.MergeResult;
import dev.refnet.store.AtomicFiles;
import dev.refnet.store.Git;
import dev.refnet.store.NetworkStore;
import dev.refnet.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code refnet merge-file}: git's merge driver for network files (docs/format.md#section-7). Git runs it with the
 * ancestor, our and their version of a file; it writes the merged file over ours and exits 0, or
 * leaves conflict markers there and exits 1. Not for people: hidden from the list of commands.
 */
@Command(name = "merge-file", hidden = true,
        description = {"Merge two versions of a network file with their common ancestor (git runs this; you need not).",
            "Log entries are a set: every entry logged on either side is kept, in date order. A value changed on one side"
                + " only takes that change. Both sides changing one value differently is a conflict: the file is left with"
                + " git's markers (ours, the ancestor, theirs) and the exit status is 1.",
            "git learns of it from .gitattributes (merge=refnet) and merge.refnet.driver in the clone's settings, which"
                + " refnet writes itself."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet merge-file base.yaml ours.yaml theirs.yaml contacts/dr-maria-lopez.yaml",
            "  git config merge.refnet.driver 'refnet merge-file %%O %%A %%B %%P'   # what refnet sets up itself"})
public final class MergeFileCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor (git's %%O; empty when both sides added the file).")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version (git's %%A); the merged file is written over it.")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %%B).")
    Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH",
            description = "The file's path in the network (git's %%P): refnet.yaml or contacts/ID.yaml.")
    String path;

    @Override
    public Integer call() {
        String name = path != null ? path : ours.getFileName().toString();
        byte[] oursBytes;
        String b;
        String o;
        String t;
        try {
            oursBytes = Files.readAllBytes(ours);
            b = Files.exists(base) ? text(Files.readAllBytes(base)) : "";
            o = text(oursBytes);
            t = text(Files.readAllBytes(theirs));
        } catch (IOException | YamlException e) {
            err().println("refnet: " + name + ": cannot merge (" + e.getMessage() + "); git leaves the file in conflict: "
                    + "'git status' lists it, 'git checkout --ours' or '--theirs' takes one side");
            return 1;
        }
        String id = NetworkStore.idOf(Path.of(name.endsWith(NetworkStore.SUFFIX) ? name : name + NetworkStore.SUFFIX));
        FileMerge.Kind kind = FileMerge.Kind.ofPath(name);
        String merged;
        List<Conflict> conflicts;
        boolean clean;
        try {
            MergeResult r = FileMerge.merge(kind, id, b, o, t);
            merged = r.text();
            conflicts = r.conflicts();
            clean = r.clean();
        } catch (RuntimeException e) { // MergeException, or a bug: never a stack trace in the middle of a pull
            // Not mergeable by its structure (a side that does not read, an unusual layout): as git would.
            merged = lineMerge(b, o, t);
            conflicts = List.of();
            clean = false;
            err().println("refnet: " + name + ": merged line by line (" + oneLine(e.getMessage()) + ")");
        }
        try {
            AtomicFiles.write(ours, merged.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err().println("refnet: " + name + ": cannot write the merged file (" + AtomicFiles.why(e) + ")");
            return 1;
        }
        if (clean) {
            return 0;
        }
        for (Conflict c : conflicts) {
            err().println("refnet: conflict in " + name + ": " + c.describe());
        }
        err().println("refnet: " + name + " holds both versions between <<<<<<< and >>>>>>> lines: keep the one you want,"
                + " delete the marker lines, then 'git add " + name + "' and 'git commit'");
        return 1;
    }

    private static String text(byte[] bytes) {
        return NetworkStore.decode(bytes);
    }

    /** git's own line merge with diff3 markers, or the whole file as one conflict when git cannot run. */
    private static String lineMerge(String b, String o, String t) {
        Optional<Git.LineMerge> lines = Git.mergeLines(b, o, t);
        if (lines.isPresent() && lines.get().conflicts() > 0) {
            return lines.get().text();
        }
        return FileMerge.wholeFileConflict(b, o, t);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
