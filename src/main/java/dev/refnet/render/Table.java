package dev.refnet.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text table with aligned columns that fits a terminal width by shortening its
 * widest shrinkable column with an ellipsis.
 */
public final class Table {

    private final String[] headers;
    private final boolean[] rightAligned;
    private final boolean[] kept;
    private final boolean[] optional;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> rowStyles = new ArrayList<>();

    public Table(String... headers) {
        this.headers = headers;
        this.rightAligned = new boolean[headers.length];
        this.kept = new boolean[headers.length];
        this.optional = new boolean[headers.length];
    }

    /** A column never shortened, like an id that people type. */
    public Table keep(int column) {
        kept[column] = true;
        return this;
    }

    /** A column left out when the table is too narrow for it and the others to stay readable. */
    public Table optional(int column) {
        optional[column] = true;
        return this;
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
            r[i] = r[i] == null ? "" : oneLine(r[i]);
        }
        rows.add(r);
        rowStyles.add(style);
        return this;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /** A cell on one line: every line break, with the spaces around it, becomes one space. */
    private static String oneLine(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return LINE_BREAK.matcher(cell).replaceAll(" ");
            }
        }
        return cell;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as lines no wider than {@code width}. */
    public String render(int width, picocli.CommandLine.Help.Ansi ansi) {
        int all = headers.length;
        int[] natural = new int[all];
        for (int i = 0; i < all; i++) {
            natural[i] = Display.width(headers[i]);
            for (String[] r : rows) {
                natural[i] = Math.max(natural[i], Display.width(r[i]));
            }
        }
        // Leave out optional columns while the others could not keep READABLE characters each.
        boolean[] shown = new boolean[all];
        Arrays.fill(shown, true);
        for (int i = 0; i < all; i++) {
            if (optional[i] && minimumWidth(natural, shown) > width) {
                shown[i] = false;
            }
        }
        int[] columns = java.util.stream.IntStream.range(0, all).filter(i -> shown[i]).toArray();
        int n = columns.length;
        int[] w = new int[n];
        for (int j = 0; j < n; j++) {
            w[j] = natural[columns[j]];
        }
        int total = Arrays.stream(w).sum() + 2 * (n - 1);
        while (total > width) {
            int widest = -1;
            for (int j = 0; j < n; j++) {
                if (!kept[columns[j]] && (widest < 0 || w[j] > w[widest])) {
                    widest = j;
                }
            }
            if (widest < 0 || w[widest] <= 8) {
                break;
            }
            // One character at a time from the widest column, so the excess is shared among
            // the wide columns rather than taken from one (a long name must not shrink to a stub).
            int cut = 1;
            w[widest] -= cut;
            total -= cut;
        }
        StringBuilder sb = new StringBuilder();
        String head = line(pick(headers, columns), w, columns);
        sb.append(Style.apply(ansi, "bold", head)).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            String l = line(pick(rows.get(k), columns), w, columns);
            String style = rowStyles.get(k);
            sb.append(Style.apply(ansi, style, l)).append('\n');
        }
        return sb.toString();
    }

    private static final int READABLE = 16;

    /** The width the shown columns need when every shrinkable one keeps READABLE characters. */
    private int minimumWidth(int[] natural, boolean[] shown) {
        int sum = 0;
        int count = 0;
        for (int i = 0; i < natural.length; i++) {
            if (shown[i]) {
                sum += kept[i] ? natural[i] : Math.min(natural[i], READABLE);
                count++;
            }
        }
        return sum + 2 * (count - 1);
    }

    private static String[] pick(String[] cells, int[] columns) {
        String[] picked = new String[columns.length];
        for (int j = 0; j < columns.length; j++) {
            picked[j] = cells[columns[j]];
        }
        return picked;
    }

    private String line(String[] cells, int[] w, int[] columns) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = Display.fit(cells[i], w[i]);
            String pad = " ".repeat(Math.max(0, w[i] - Display.width(c)));
            if (i > 0) {
                sb.append("  ");
            }
            if (rightAligned[columns[i]]) {
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
