package dev.refnet.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns that fits a terminal width by shortening its
 * widest shrinkable column with an ellipsis.
 */
public final class Table {

    private final String[] headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> rowStyles = new ArrayList<>();

    public Table(String... headers) {
        this.headers = headers;
        this.rightAligned = new boolean[headers.length];
    }

    public Table alignRight(int column) {
        rightAligned[column] = true;
        return this;
    }

    public Table row(String... cells) {
        return styledRow(null, cells);
    }

    /** A row drawn in a picocli style (like {@code "red"}) when colour is on. */
    public Table styledRow(String style, String... cells) {
        String[] r = Arrays.copyOf(cells, headers.length);
        for (int i = 0; i < r.length; i++) {
            r[i] = r[i] == null ? "" : r[i].replaceAll("\\s*\\R\\s*", " ");
        }
        rows.add(r);
        rowStyles.add(style);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as lines no wider than {@code width}. */
    public String render(int width, picocli.CommandLine.Help.Ansi ansi) {
        int n = headers.length;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = Display.width(headers[i]);
            for (String[] r : rows) {
                w[i] = Math.max(w[i], Display.width(r[i]));
            }
        }
        int total = Arrays.stream(w).sum() + 2 * (n - 1);
        while (total > width) {
            int widest = 0;
            for (int i = 1; i < n; i++) {
                if (w[i] > w[widest]) {
                    widest = i;
                }
            }
            if (w[widest] <= 8) {
                break;
            }
            // One character at a time from the widest column, so the excess is shared among
            // the wide columns rather than taken from one (a long name must not shrink to a stub).
            int cut = 1;
            w[widest] -= cut;
            total -= cut;
        }
        StringBuilder sb = new StringBuilder();
        String head = line(headers, w);
        sb.append(Style.apply(ansi, "bold", head)).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            String l = line(rows.get(k), w);
            String style = rowStyles.get(k);
            sb.append(Style.apply(ansi, style, l)).append('\n');
        }
        return sb.toString();
    }

    private String line(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = Display.fit(cells[i], w[i]);
            String pad = " ".repeat(Math.max(0, w[i] - Display.width(c)));
            if (i > 0) {
                sb.append("  ");
            }
            if (rightAligned[i]) {
                sb.append(pad).append(c);
            } else if (i < cells.length - 1) {
                sb.append(c).append(pad);
            } else {
                sb.append(c);
            }
        }
        return sb.toString().stripTrailing();
    }

}
