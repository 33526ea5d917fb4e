package dev.refnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/*.md: every relative link reaches a file and, into a Markdown file, a heading
 * or an {@code <a id>} there; the format reference is cited by link, never as a document the
 * repository does not hold; the README gives the commands CI and a new user run.
 */
class DocsTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern CODE = Pattern.compile("`[^`\n]*`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.*)$");
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"");

    static Path repo() {
        return Path.of(System.getProperty("refnet.repo", "")).toAbsolutePath();
    }

    static List<Path> docs() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(repo().resolve("README.md"));
        try (Stream<Path> s = Files.list(repo().resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** Text outside fenced blocks, where links and headings are real. */
    static String prose(Path file) throws IOException {
        return FENCE.matcher(Files.readString(file)).replaceAll("");
    }

    /** The anchors GitHub gives a file: its {@code <a id>}s and its headings' slugs. */
    static Set<String> anchors(Path file) throws IOException {
        String text = prose(file);
        Set<String> out = new HashSet<>();
        Matcher a = ANCHOR.matcher(text);
        while (a.find()) {
            out.add(a.group(1));
        }
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            StringBuilder slug = new StringBuilder();
            h.group(1).toLowerCase(Locale.ROOT).codePoints()
                    .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')
                    .forEach(c -> slug.appendCodePoint(c == ' ' ? '-' : c));
            int n = seen.merge(slug.toString(), 1, Integer::sum) - 1;
            out.add(n == 0 ? slug.toString() : slug + "-" + n);
        }
        return out;
    }

    @Test
    void every_relative_link_in_the_docs_reaches_its_file_and_anchor() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : docs()) {
            Matcher m = LINK.matcher(CODE.matcher(prose(file)).replaceAll(""));
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("(https?|mailto):.*")) {
                    continue;
                }
                int hash = link.indexOf('#');
                String path = hash < 0 ? link : link.substring(0, hash);
                Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = repo().relativize(file) + ": " + link;
                if (!Files.exists(target)) {
                    broken.add(where + " (no such file)");
                } else if (hash >= 0 && target.toString().endsWith(".md")
                        && !anchors(target).contains(link.substring(hash + 1))) {
                    broken.add(where + " (no such heading or anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void the_docs_cite_the_format_reference_not_a_spec_outside_the_repository() throws IOException {
        List<String> cites = new ArrayList<>();
        for (Path file : docs()) {
            Matcher m = Pattern.compile("SPEC(\\.md| \\d)").matcher(Files.readString(file));
            while (m.find()) {
                cites.add(repo().relativize(file) + ": " + m.group());
            }
        }
        assertThat(cites).isEmpty();
    }

    @Test
    void code_comments_cite_sections_of_the_format_reference_that_exist() throws IOException {
        Set<String> anchors = anchors(repo().resolve("docs/format.md"));
        List<String> problems = new ArrayList<>();
        Pattern spec = Pattern.compile("\\bSPEC(\\.md|'s| \\d)");
        Pattern cite = Pattern.compile("docs/format\\.md#([a-z0-9-]+)|(?<=and )#(section-[0-9-]+)");
        List<Path> sources;
        try (var files = Files.walk(repo().resolve("src"))) {
            sources = files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".txt")).toList();
        }
        for (Path file : sources) {
            String text = Files.readString(file);
            Matcher m = spec.matcher(text);
            while (m.find()) {
                problems.add(repo().relativize(file) + ": " + m.group() + " (a document outside the repository)");
            }
            Matcher c = cite.matcher(text);
            while (c.find()) {
                String anchor = c.group(1) != null ? c.group(1) : c.group(2);
                if (!anchors.contains(anchor)) {
                    problems.add(repo().relativize(file) + ": #" + anchor + " (no such section in docs/format.md)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void format_reference_has_a_stable_anchor_for_every_numbered_section() throws IOException {
        Set<String> anchors = anchors(repo().resolve("docs/format.md"));
        for (int n = 1; n <= 8; n++) {
            assertThat(anchors).as("docs/format.md anchors").contains("section-" + n);
        }
        for (int n = 1; n <= 5; n++) {
            assertThat(anchors).as("docs/format.md anchors").contains("section-1-" + n);
        }
    }

    @Test
    void readme_gives_the_example_run_the_test_command_and_the_install_steps() throws IOException {
        String readme = Files.readString(repo().resolve("README.md"));
        assertThat(readme)
                .contains("bin/refnet --dir examples/harbor-light --today 2026-11-27 due")
                .contains("./mvnw -B verify")
                .contains("mkdir -p ~/.local/bin")
                .contains("ln -s \"$PWD/bin/refnet\" ~/.local/bin/refnet");
    }
}
