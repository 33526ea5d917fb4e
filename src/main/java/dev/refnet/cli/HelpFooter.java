package dev.refnet.cli;

import dev.refnet.render.Display;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The footer of {@code --help} (its examples), drawn at the help's width. picocli wraps a footer
 * line that is too long onto a line starting at column 0, which in an example reads as a new
 * command. An example line (one that starts with blanks) longer than the width wraps here instead
 * between shell words, never inside a quoted argument or a trailing comment, each later line
 * indented four more than the example (a hanging indent, as picocli indents an option's
 * description). Other lines, and lines that fit, are picocli's own.
 */
final class HelpFooter {

    private static final String HANG = "    ";

    private HelpFooter() {
    }

    /** The footer section of {@code help}. */
    static String render(CommandLine.Help help) {
        CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width();
        StringBuilder sb = new StringBuilder();
        for (String raw : usage.footer()) {
            String line = format(raw);
            String body = line.stripLeading();
            if (body.isEmpty() || body.length() == line.length() || Display.width(line) <= width || line.contains("\n")) {
                CommandLine.Help.join(help.colorScheme().ansi(), width, usage.adjustLineBreaksForWideCJKCharacters(),
                        new String[] {raw}, sb);
            } else {
                String indent = line.substring(0, line.length() - body.length());
                for (String l : Display.wrap(indent, indent + HANG, words(body), width)) {
                    sb.append(l).append(System.lineSeparator());
                }
            }
        }
        return sb.toString();
    }

    /** {@code %n} and {@code %%} as picocli formats a footer line (it has no other parameters). */
    private static String format(String line) {
        try {
            return String.format(line);
        } catch (java.util.IllegalFormatException e) {
            return line;
        }
    }

    /**
     * A command line as the units it may wrap between: its words, a quoted argument with its
     * spaces as one unit, and a trailing {@code # comment} as one.
     */
    static List<String> words(String command) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0 && c == ' ') {
                if (unit.length() > 0) {
                    units.add(unit.toString());
                    unit.setLength(0);
                }
                continue;
            }
            if (quote == 0 && c == '#' && unit.length() == 0) {
                units.add(command.substring(i).strip());
                return glued(units);
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            unit.append(c);
        }
        if (unit.length() > 0) {
            units.add(unit.toString());
        }
        return glued(units);
    }

    /** A line's closing backslash stays with the word before it; a redirection or pipe with the word after it. */
    private static List<String> glued(List<String> units) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (u.equals("\\") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + u);
            } else if (OPERATORS.contains(u) && i + 1 < units.size() && !units.get(i + 1).startsWith("#")) {
                out.add(u + " " + units.get(++i));
            } else {
                out.add(u);
            }
        }
        return out;
    }

    private static final java.util.Set<String> OPERATORS = java.util.Set.of(">", ">>", "<", "|", "&&", "||");
}
