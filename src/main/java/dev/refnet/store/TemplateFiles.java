package dev.refnet.store;

import dev.refnet.model.RefnetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network's {@code templates/} folder: the practice's own draft templates, one file per
 * kind, which replace the built-in ones. Reads one, and writes the built-in ones there to edit
 * without ever replacing a file that is already there.
 */
public final class TemplateFiles {

    public static final String FOLDER = "templates";

    /** A template's text and the path it was read from. */
    public record Source(Path path, String text) {
    }

    /** What {@link #writeMissing} did with one file. */
    public enum Outcome { WRITTEN, SAME, KEPT }

    /** One file and what was done with it. */
    public record Written(Path path, Outcome outcome) {
    }

    private final Path dir;

    public TemplateFiles(Path networkDir) {
        this.dir = networkDir.resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    /** The template {@code fileName} in the folder, if there is one; a link or a folder is refused. */
    public Optional<Source> read(String fileName) {
        Path path = dir.resolve(fileName);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw RefnetException.data(Problem.notRegularFile(path).located());
        }
        try {
            return Optional.of(new Source(path, NetworkStore.readText(path)));
        } catch (IOException e) {
            throw RefnetException.data(path + ": cannot read: " + AtomicFiles.why(e));
        }
    }

    /**
     * Writes each of {@code texts} (file name to text) that the folder lacks, private to the user
     * and atomically; a file already there is left as it is, edited or not. The caller holds the
     * network's lock.
     */
    public List<Written> writeMissing(Map<String, String> texts) {
        List<Written> done = new ArrayList<>();
        try {
            if (Files.isSymbolicLink(dir) || Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw RefnetException.data(dir + ": is not a folder; refnet keeps draft templates in a folder of that name");
            }
            AtomicFiles.createPrivateDirectories(dir);
            for (Map.Entry<String, String> t : texts.entrySet()) {
                Path path = dir.resolve(t.getKey());
                byte[] bytes = t.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    boolean same = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                            && Arrays.equals(Files.readAllBytes(path), bytes);
                    done.add(new Written(path, same ? Outcome.SAME : Outcome.KEPT));
                    continue;
                }
                AtomicFiles.write(path, bytes);
                if (!Arrays.equals(Files.readAllBytes(path), bytes)) {
                    throw RefnetException.data(path + ": what was written does not read back the same; check the disk");
                }
                done.add(new Written(path, Outcome.WRITTEN));
            }
        } catch (IOException e) {
            throw RefnetException.data(dir + ": cannot write: " + AtomicFiles.why(e));
        }
        return done;
    }
}
