package dev.refnet.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The conflict markers a merge leaves in a file ({@code <<<<<<<}, an optional {@code |||||||}
 * ancestor, {@code =======}, {@code >>>>>>>}): read as hunks, or settled by taking one side of
 * every hunk. Lines keep their own line ends, so a CRLF file stays CRLF.
 */
final class Markers {

    private Markers() {
    }

    /** One marked difference: our lines, the ancestor's (empty without diff3 markers) and theirs. */
    record Hunk(List<String> ours, List<String> base, List<String> theirs) {
    }

    /** The file with every hunk replaced by our lines ({@code mine}) or by theirs. */
    static String take(String text, boolean mine) {
        StringBuilder out = new StringBuilder();
        walk(text, out, mine, new ArrayList<>());
        return out.toString();
    }

    /** Whether a file still holds a marker line (a merge not yet settled in it). */
    static boolean holdsMarkers(java.nio.file.Path file) {
        try {
            for (String line : lines(java.nio.file.Files.readString(file))) {
                if (marker(line, '<') || marker(line, '>')) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The hunks of a file, in order. */
    static List<Hunk> hunks(String text) {
        List<Hunk> hunks = new ArrayList<>();
        walk(text, new StringBuilder(), true, hunks);
        return hunks;
    }

    private enum Part { TEXT, OURS, BASE, THEIRS }

    private static void walk(String text, StringBuilder out, boolean mine, List<Hunk> hunks) {
        Part part = Part.TEXT;
        List<String> ours = new ArrayList<>();
        List<String> base = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (String line : lines(text)) {
            if (marker(line, '<') && part == Part.TEXT) {
                part = Part.OURS;
            } else if (marker(line, '|') && part == Part.OURS) {
                part = Part.BASE;
            } else if (marker(line, '=') && (part == Part.OURS || part == Part.BASE)) {
                part = Part.THEIRS;
            } else if (marker(line, '>') && part == Part.THEIRS) {
                (mine ? ours : theirs).forEach(out::append);
                hunks.add(new Hunk(List.copyOf(ours), List.copyOf(base), List.copyOf(theirs)));
                ours.clear();
                base.clear();
                theirs.clear();
                part = Part.TEXT;
            } else {
                switch (part) {
                    case TEXT -> out.append(line);
                    case OURS -> ours.add(line);
                    case BASE -> base.add(line);
                    case THEIRS -> theirs.add(line);
                }
            }
        }
        if (part != Part.TEXT) {
            throw new IllegalArgumentException("a conflict marker is not closed");
        }
    }

    /** A marker line: seven of {@code c}, then the end of the line or a space and a label. */
    private static boolean marker(String line, char c) {
        if (line.length() < 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return line.length() == 7 || line.charAt(7) == ' ' || line.charAt(7) == '\n' || line.charAt(7) == '\r';
    }

    /** The lines of {@code text}, each with its line end. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
