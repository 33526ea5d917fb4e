package dev.refnet.cli.args;

import dev.refnet.model.IsoDate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A date as a person types it (docs/format.md#section-1-5): {@code YYYY-MM-DD}, {@code today}, {@code yesterday},
 * or {@code -3d} / {@code -2w} ago. Checked when the command line is read; resolved against
 * the command's today, which {@code --today} may set after it on the line.
 */
public record DateSpec(String text, LocalDate absolute, int daysAgo) {

    private static final Pattern AGO = Pattern.compile("-(\\d{1,5})([dw])");

    public static DateSpec parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("today")) {
            return new DateSpec(text, null, 0);
        }
        if (t.equals("yesterday")) {
            return new DateSpec(text, null, 1);
        }
        Matcher m = AGO.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return new DateSpec(text, null, m.group(2).equals("w") ? n * 7 : n);
        }
        LocalDate date = IsoDate.parse(t);
        if (date == null) {
            String why = t.matches("\\d{4}-\\d{2}-\\d{2}") ? " (there is no such day)" : "";
            throw new IllegalArgumentException("'" + text + "' is not a date" + why
                    + ": write YYYY-MM-DD, today, yesterday, or -3d / -2w for that long ago");
        }
        return new DateSpec(text, date, 0);
    }

    /** What was typed (a record's generated toString costs a method-handle bootstrap at start-up). */
    @Override
    public String toString() {
        return text;
    }

    public LocalDate resolve(LocalDate today) {
        return absolute != null ? absolute : today.minusDays(daysAgo);
    }

    /** picocli's converter: a bad date is a usage error that names the option. */
    public static final class Converter implements CommandLine.ITypeConverter<DateSpec> {
        @Override
        public DateSpec convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
