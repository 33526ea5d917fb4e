package dev.refnet.sync;

import dev.refnet.engine.Incoming;
import dev.refnet.model.Contact;
import dev.refnet.store.ContactReader;
import dev.refnet.store.Git;
import dev.refnet.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who brought a change in: the commits a merge added ({@code from..to}, merges aside), oldest
 * first, with the version of each contact file they touched, read from git when first asked.
 */
final class CommitAuthors implements Incoming.Authors {

    private record Commit(String sha, String author) {
    }

    private final Git git;
    private final String contacts;
    private final Map<String, List<Commit>> byFile = new HashMap<>();
    private final Map<String, Optional<Contact>> versions = new HashMap<>();

    CommitAuthors(Git git, String contactsPath, String from, String to) {
        this.git = git;
        this.contacts = contactsPath;
        Git.Result r = git.git("-c", "core.quotePath=false", "log", "--reverse", "--no-merges", "--format=%x01%H%x09%an", "--name-only",
                from + ".." + to, "--", contactsPath);
        Commit current = null;
        for (String line : r.out().split("\n")) {
            if (line.startsWith("\u0001")) {
                String[] parts = line.substring(1).split("\t", 2);
                current = new Commit(parts[0], parts.length > 1 ? parts[1] : "");
            } else if (!line.isBlank() && current != null) {
                byFile.computeIfAbsent(line.strip(), k -> new ArrayList<>()).add(current);
            }
        }
    }

    @Override
    public String firstWith(String id, Predicate<Contact> test) {
        String path = contacts + "/" + id + ".yaml";
        List<Commit> commits = byFile.getOrDefault(path, List.of());
        for (Commit c : commits) {
            Optional<Contact> version = versions.computeIfAbsent(c.sha() + ":" + path, k -> read(k, id));
            if (version != null && test.test(version.orElse(null))) {
                return c.author();
            }
        }
        return commits.isEmpty() ? null : commits.get(commits.size() - 1).author();
    }

    /** The contact in one commit: empty when the file is absent there, null when it cannot be read. */
    private Optional<Contact> read(String spec, String id) {
        Git.Result r = git.git("show", spec);
        if (r.code() != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(ContactReader.read(id, r.out()).contact());
        } catch (YamlException e) {
            return null;
        }
    }
}
