package dev.refnet.render;

import dev.refnet.engine.Fold;
import dev.refnet.engine.Report;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The who-refers-to-whom flows as a graph for Graphviz (DOT) or Mermaid: the practice's
 * clinicians in one cluster, partners around them labelled with their names, edges with counts.
 */
public final class FlowGraph {

    private FlowGraph() {
    }

    /** A DOT digraph that {@code dot -Tsvg} renders. */
    public static String dot(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph referrals {\n");
        sb.append("  label=").append(dotString(title(r))).append(";\n");
        sb.append("  labelloc=t;\n  fontname=\"Helvetica\";\n  rankdir=LR;\n");
        sb.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        sb.append("  edge [fontname=\"Helvetica\"];\n");
        Map<String, String> partners = partners(r);
        Set<String> clinicians = clinicians(r);
        if (!clinicians.isEmpty()) {
            sb.append("  subgraph cluster_practice {\n");
            sb.append("    label=").append(dotString(practice(r))).append(";\n");
            for (String c : clinicians) {
                sb.append("    ").append(dotString("clinician:" + c)).append(" [label=").append(dotString(c))
                        .append(", shape=ellipse];\n");
            }
            sb.append("  }\n");
        }
        partners.forEach((id, name) -> sb.append("  ").append(dotString("partner:" + id)).append(" [label=")
                .append(dotString(name)).append("];\n"));
        for (Report.Flow f : r.flows()) {
            String p = dotString("partner:" + f.partner());
            String c = dotString("clinician:" + f.clinician());
            sb.append("  ").append(f.in() ? p : c).append(" -> ").append(f.in() ? c : p)
                    .append(" [label=").append(dotString(Integer.toString(f.count())))
                    .append(f.in() ? "" : ", style=dashed").append("];\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** A Mermaid {@code flowchart LR} with ids made of letters, digits and {@code _} only. */
    public static String mermaid(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\ntitle: ").append(title(r)).append("\n---\n");
        sb.append("flowchart LR\n");
        Set<String> used = new HashSet<>();
        Map<String, String> clinicianIds = new HashMap<>();
        Map<String, String> partnerIds = new HashMap<>();
        Set<String> clinicians = clinicians(r);
        if (!clinicians.isEmpty()) {
            sb.append("  subgraph practice[\"").append(mermaidText(practice(r))).append("\"]\n");
            for (String c : clinicians) {
                String id = safeId("c_", c, used);
                clinicianIds.put(c, id);
                sb.append("    ").append(id).append("([\"").append(mermaidText(c)).append("\"])\n");
            }
            sb.append("  end\n");
        }
        partners(r).forEach((pid, name) -> {
            String id = safeId("p_", pid, used);
            partnerIds.put(pid, id);
            sb.append("  ").append(id).append("[\"").append(mermaidText(name)).append("\"]\n");
        });
        for (Report.Flow f : r.flows()) {
            String p = partnerIds.get(f.partner());
            String c = clinicianIds.get(f.clinician());
            sb.append("  ").append(f.in() ? p : c).append(f.in() ? " -->|" : " -.->|").append(f.count()).append("| ")
                    .append(f.in() ? c : p).append('\n');
        }
        return sb.toString();
    }

    private static String title(Report r) {
        return "Referrals " + r.from() + " to " + r.to();
    }

    private static String practice(Report r) {
        return r.practice() == null || r.practice().isBlank() ? "the practice" : r.practice();
    }

    /** Partner id to name, sorted by id. */
    private static Map<String, String> partners(Report r) {
        Map<String, String> m = new TreeMap<>();
        r.flows().forEach(f -> m.put(f.partner(), f.partnerName()));
        return m;
    }

    private static Set<String> clinicians(Report r) {
        Set<String> s = new TreeSet<>();
        r.flows().forEach(f -> s.add(f.clinician()));
        return s;
    }

    /** A DOT double-quoted string: backslash and quote escaped, line breaks as spaces. */
    static String dotString(String s) {
        return '"' + oneLine(s).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Label text for a quoted Mermaid label: characters Mermaid would read as syntax as entity codes. */
    static String mermaidText(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : oneLine(s).toCharArray()) {
            switch (ch) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** {@code prefix} and the text folded to [a-z0-9_], made unique with a number when taken. */
    static String safeId(String prefix, String text, Set<String> used) {
        String base = prefix + Fold.fold(text).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String id = base;
        for (int k = 2; !used.add(id); k++) {
            id = base + "_" + k;
        }
        return id;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
