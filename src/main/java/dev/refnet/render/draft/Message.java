package dev.refnet.render.draft;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A drafted message: its subject and its body (lines joined by {@code \n}, no trailing newline). */
public record Message(String subject, String body) {

    /**
     * The message in a rendered template: the first line is {@code Subject: …}, the rest is the
     * body. Trailing spaces are dropped, runs of blank lines (left where a section showed nothing)
     * become one, and the body has no blank lines at its start or end.
     */
    static Message parse(String rendered) {
        List<String> lines = new ArrayList<>(rendered.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing).toList());
        String first = lines.isEmpty() ? "" : lines.remove(0);
        String subject = first.regionMatches(true, 0, DraftTemplate.SUBJECT, 0, DraftTemplate.SUBJECT.length())
                ? first.substring(DraftTemplate.SUBJECT.length()).strip() : first.strip();
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (blank && (body.isEmpty() || body.get(body.size() - 1).isEmpty())) {
                continue;
            }
            body.add(blank ? "" : line);
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        return new Message(subject, String.join("\n", body));
    }

    /** For a person to read or paste: the subject line, a blank line, the body. */
    public String text() {
        return DraftTemplate.SUBJECT + " " + subject + "\n\n" + body + "\n";
    }

    /**
     * A {@code mailto:} link (RFC 6068) that opens this message to {@code address} in a mail
     * program: every character but the unreserved ones percent-encoded as UTF-8, and line ends
     * in the body written {@code %0D%0A} as the RFC requires.
     */
    public String mailto(String address) {
        return "mailto:" + encode(address.strip(), "@") + "?subject=" + encode(subject, "")
                + "&body=" + encode(body.replace("\n", "\r\n"), "");
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Percent-encodes all but ALPHA, DIGIT, '-', '.', '_', '~' and the characters in {@code keep}. */
    static String encode(String s, String keep) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c < 0x80 && keep.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }
}
