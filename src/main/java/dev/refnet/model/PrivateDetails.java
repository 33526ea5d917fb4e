package dev.refnet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a client's contact details or date of birth in free text, so that
 * {@code refnet check} can warn before a referral's note or reason says more than the minimum
 * necessary (docs/format.md#section-1-4). A heuristic: it prefers a false warning to a missed phone number.
 * Every search runs in time linear in the length of the text (check runs it on every referral,
 * and the pre-commit hook runs check): the phone pattern's repetition is bounded, and e-mail
 * addresses are found by scanning outwards from each {@code @} rather than by a pattern, whose
 * unbounded local part was tried again from every position of a long word.
 */
public final class PrivateDetails {

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
        emails(text, found);
        Matcher m = PHONE.matcher(text);
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

    /**
     * Each {@code local@domain.tld}: a local part of letters, digits and {@code ._%+-}, then a
     * domain of labels (letters, digits, {@code -}) joined by dots whose last label is two or
     * more letters; the longest such domain is taken. Each character is looked at a bounded
     * number of times: a local part never reaches back past the previous {@code @} or match.
     */
    private static void emails(String text, List<Finding> found) {
        int from = 0; // where the next local part may start at the earliest
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
            int start = at;
            while (start > from && isLocal(text.charAt(start - 1))) {
                start--;
            }
            int end = domainEnd(text, at + 1);
            if (start < at && end > 0) {
                found.add(new Finding("an e-mail address", text.substring(start, end)));
                from = end;
            } else {
                from = at + 1;
            }
        }
    }

    /** The end of the longest {@code label(.label)*.letters} at {@code i}, or -1 when there is none. */
    private static int domainEnd(String text, int i) {
        int end = -1;
        int labelStart = i; // start of the label being read
        boolean dotted = false; // a dot came before this label
        int n = text.length();
        int j = i;
        while (j <= n) {
            char c = j < n ? text.charAt(j) : ' ';
            if (isLabel(c)) {
                j++;
                continue;
            }
            // the label [labelStart, j) has ended
            if (j == labelStart) {
                break; // an empty label: the domain ends before its dot
            }
            if (dotted) {
                int letters = 0;
                while (labelStart + letters < j && isLetter(text.charAt(labelStart + letters))) {
                    letters++;
                }
                if (letters >= 2) {
                    end = labelStart + letters;
                }
            }
            if (c != '.') {
                break;
            }
            dotted = true;
            labelStart = ++j;
        }
        return end;
    }

    private static boolean isLocal(char c) {
        return isLabel(c) || c == '.' || c == '_' || c == '%' || c == '+';
    }

    private static boolean isLabel(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * What {@code text} holds that looks like a client's details, as words for a message
     * ("a phone number ('757-555-1212') and a date of birth ('DOB')"); empty when nothing does.
     */
    public static java.util.Optional<String> described(String text) {
        List<Finding> found = find(text);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            sb.append(i == 0 ? "" : i == found.size() - 1 ? " and " : ", ");
            sb.append(found.get(i).kind()).append(" ('").append(found.get(i).text()).append("')");
        }
        return java.util.Optional.of(sb.toString());
    }
}
