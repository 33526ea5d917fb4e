package dev.refnet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.engine.Query;
import dev.refnet.engine.Report;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.EntryType;
import dev.refnet.model.LogEntry;
import dev.refnet.model.Network;
import dev.refnet.model.NetworkConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The flows as DOT and Mermaid, with names that would break either if not escaped. */
class FlowGraphTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static Contact contact(String id, String name, LogEntry... log) {
        return Contact.builder(id, name, Category.OTHER).log(List.of(log)).build();
    }

    private static LogEntry in(String clinician) {
        return LogEntry.referral(DAY, EntryType.REFERRAL_IN, "C-1", clinician, null, null, null);
    }

    private static LogEntry out(String clinician) {
        return LogEntry.referral(DAY, EntryType.REFERRAL_OUT, "C-2", clinician, null, null, null);
    }

    /** Names with quotes, a backslash, braces, HTML, a hash, a line break and a non-Latin clinician. */
    static Report nasty() {
        NetworkConfig config = new NetworkConfig("Harbor \"Light\" {Counseling}", List.of("end"), Map.of(), null, null,
                null, null, true);
        Network n = new Network(config, List.of(
                contact("obrien", "Dr. \"Pat\" O'Brien \\ Jr.", in(null), in(null), out("李医生")),
                contact("me", "A & B <Clinic> #1; [x] -> y", in("me"), out("end")),
                contact("multi", "Two\nLines `code`", in("李医生"))));
        return Report.compute(n, DAY, DAY, DAY, new Query.All());
    }

    @Test
    void dot_escapes_quotes_and_backslashes_and_labels_partners_with_their_names() {
        String dot = FlowGraph.dot(nasty());
        assertThat(dot).contains("\"partner:obrien\" [label=\"Dr. \\\"Pat\\\" O'Brien \\\\ Jr.\"];")
                .contains("\"partner:multi\" [label=\"Two Lines `code`\"];")
                .contains("label=\"Harbor \\\"Light\\\" {Counseling}\";")
                .contains("\"partner:obrien\" -> \"clinician:end\" [label=\"2\"];")
                .contains("\"clinician:李医生\" -> \"partner:obrien\" [label=\"1\", style=dashed];");
    }

    @Test
    void dot_output_is_well_formed_with_every_edge_between_declared_nodes() {
        Report r = nasty();
        Dot parsed = Dot.parse(FlowGraph.dot(r));
        assertThat(parsed.nodes).containsEntry("partner:obrien", "Dr. \"Pat\" O'Brien \\ Jr.")
                .containsEntry("partner:me", "A & B <Clinic> #1; [x] -> y")
                .containsEntry("clinician:me", "me")
                .containsEntry("clinician:李医生", "李医生");
        assertThat(parsed.edges).hasSize(r.flows().size());
        for (String[] e : parsed.edges) {
            assertThat(parsed.nodes).containsKeys(e[0], e[1]);
        }
        assertThat(parsed.edges.stream().map(e -> e[2]).toList()).contains("2", "1");
    }

    @Test
    void dot_renders_with_graphviz() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
        } catch (IOException e) {
            probe = null;
        }
        Assumptions.assumeTrue(probe != null && probe.exitValue() == 0,
                "Graphviz 'dot' is not installed (.ci/run installs it; here: apt-get install graphviz);"
                        + " the DOT is still checked by dot_output_is_well_formed_with_every_edge_between_declared_nodes");
        Report r = nasty();
        Process p = new ProcessBuilder("dot", "-Tsvg").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(FlowGraph.dot(r).getBytes(StandardCharsets.UTF_8));
        }
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).as("Graphviz warnings").isEmpty();
        assertThat(svg).contains("<svg");
        assertThat(count(svg, "class=\"edge\"")).isEqualTo(r.flows().size());
        assertThat(count(svg, "class=\"node\"")).isEqualTo(6);
        assertThat(count(svg, "class=\"cluster\"")).isEqualTo(1);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void mermaid_uses_safe_ids_and_entity_codes_in_labels() {
        String m = FlowGraph.mermaid(nasty());
        assertThat(m).startsWith("---\ntitle: Referrals 2025-06-01 to 2025-06-01\n---\nflowchart LR\n")
                .contains("  subgraph practice[\"Harbor #quot;Light#quot; {Counseling}\"]\n")
                .contains("p_obrien[\"Dr. #quot;Pat#quot; O'Brien \\ Jr.\"]")
                .contains("p_me[\"A #amp; B #lt;Clinic#gt; #35;1; [x] -#gt; y\"]")
                .contains("p_multi[\"Two Lines #96;code#96;\"]")
                .contains("c_end([\"end\"])")
                .contains("p_obrien -->|2| c_end");
        for (String line : m.lines().toList()) {
            String t = line.strip();
            if (t.contains("-->") || t.contains("-.->")) {
                assertThat(t).matches("[A-Za-z0-9_]+ -(-|\\.-)>\\|\\d+\\| [A-Za-z0-9_]+");
            } else if (t.contains("[\"")) {
                String id = t.replaceFirst("^subgraph ", "").substring(0, t.replaceFirst("^subgraph ", "").indexOf('['));
                assertThat(id.replace("(", "")).matches("[A-Za-z0-9_]+");
                String label = t.substring(t.indexOf("\"") + 1, t.lastIndexOf('"'));
                assertThat(label).doesNotContain("\"", "<", ">", "`");
            }
        }
    }

    @Test
    void mermaid_ids_stay_unique_when_names_fold_to_the_same_id() {
        Set<String> used = new HashSet<>();
        assertThat(FlowGraph.safeId("c_", "José Ruiz", used)).isEqualTo("c_jose_ruiz");
        assertThat(FlowGraph.safeId("c_", "jose ruiz", used)).isEqualTo("c_jose_ruiz_2");
        assertThat(FlowGraph.safeId("c_", "李医生", used)).isEqualTo("c_");
        assertThat(FlowGraph.safeId("c_", "王医生", used)).isEqualTo("c__2");
    }

    /** A small parser for the DOT subset FlowGraph writes; it fails on anything malformed. */
    static final class Dot {
        final Map<String, String> nodes = new LinkedHashMap<>();
        final List<String[]> edges = new ArrayList<>();
        private final List<String> tokens = new ArrayList<>();
        private final List<Boolean> quoted = new ArrayList<>();
        private int pos;

        static Dot parse(String text) {
            Dot d = new Dot();
            d.lex(text);
            d.expect("digraph");
            d.id();
            d.expect("{");
            d.statements();
            assertThat(d.pos).as("text after the closing brace").isEqualTo(d.tokens.size());
            return d;
        }

        private void lex(String s) {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"') {
                    StringBuilder sb = new StringBuilder();
                    i++;
                    while (true) {
                        assertThat(i).as("unterminated string").isLessThan(s.length());
                        char ch = s.charAt(i);
                        if (ch == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                            sb.append(s.charAt(i + 1));
                            i += 2;
                        } else if (ch == '"') {
                            i++;
                            break;
                        } else {
                            assertThat(ch).as("raw line break in a string").isNotEqualTo('\n');
                            sb.append(ch);
                            i++;
                        }
                    }
                    tokens.add(sb.toString());
                    quoted.add(true);
                } else if (s.startsWith("->", i)) {
                    tokens.add("->");
                    quoted.add(false);
                    i += 2;
                } else if ("{}[];=,".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    quoted.add(false);
                    i++;
                } else {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    assertThat(j).as("unexpected character '%s' at %d", c, i).isGreaterThan(i);
                    tokens.add(s.substring(i, j));
                    quoted.add(false);
                    i = j;
                }
            }
        }

        private String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        private boolean peekBare(String t) {
            return pos < tokens.size() && !quoted.get(pos) && tokens.get(pos).equals(t);
        }

        private void expect(String t) {
            assertThat(peekBare(t)).as("expected '%s' at token %d, found '%s'", t, pos, peek()).isTrue();
            pos++;
        }

        private String id() {
            assertThat(pos).as("unexpected end").isLessThan(tokens.size());
            String t = tokens.get(pos);
            assertThat(quoted.get(pos) || t.matches("[A-Za-z_][A-Za-z0-9_]*|\\d+")).as("bad id '%s'", t).isTrue();
            pos++;
            return t;
        }

        private void statements() {
            while (!peekBare("}")) {
                if (peekBare("subgraph")) {
                    pos++;
                    id();
                    expect("{");
                    statements();
                    continue;
                }
                String a = id();
                if (peekBare("=")) {
                    pos++;
                    id();
                } else if (peekBare("->")) {
                    pos++;
                    String b = id();
                    Map<String, String> attrs = attrs();
                    edges.add(new String[] {a, b, attrs.get("label")});
                } else {
                    Map<String, String> attrs = attrs();
                    if (!a.equals("node") && !a.equals("edge")) {
                        nodes.put(a, attrs.get("label"));
                    }
                }
                expect(";");
            }
            pos++;
        }

        private Map<String, String> attrs() {
            Map<String, String> m = new LinkedHashMap<>();
            expect("[");
            while (!peekBare("]")) {
                String k = id();
                expect("=");
                m.put(k, id());
                if (peekBare(",")) {
                    pos++;
                }
            }
            pos++;
            return m;
        }
    }
}
