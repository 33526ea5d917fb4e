package dev.refnet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a client's contact details or date of birth in free text, so that
 * {@code refnet check} can warn before a referral's note or reason says more than the minimum
 * necessary (SPEC 1.4). A heuristic: it prefers a false warning to a missed phone number.
 */
public final class PrivateDetails {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\(?\\d[\\d ().-]{5,20}\\d(?![\\w-])");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BIRTH = Pattern.compile(
            "(?i)(?<![\\p{L}])(dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born( on| in)?)(?![\\p{L}])");

    private PrivateDetails() {
    }

    /** One thing found: what it looks like and the text that matched. */
    public record Finding(String kind, String text) {
    }

    /** What in {@code text} looks like an e-mail address, a phone number or a date of birth. */
    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            found.add(new Finding("an e-mail address", m.group()));
        }
        m = PHONE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            long digits = s.chars().filter(Character::isDigit).count();
            if (digits >= 7 && digits <= 15 && !ISO_DATE.matcher(s).matches()) {
                found.add(new Finding("a phone number", s));
            }
        }
        m = BIRTH.matcher(text);
        if (m.find()) {
            found.add(new Finding("a date of birth", m.group()));
        }
        return found;
    }
}
