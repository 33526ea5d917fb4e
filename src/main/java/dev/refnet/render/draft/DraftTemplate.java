package dev.refnet.render.draft;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import dev.refnet.model.DraftKind;
import dev.refnet.model.RefnetException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft template, parsed by mustache.java and checked before it is used: every tag must name a
 * {@link Placeholder} of its kind, client codes and referral dates may appear only inside
 * {@code {{#released}}}, and the first line is the subject. A template that fails is refused
 * with {@code file:line: what is wrong}. Values are written as they are (a message is plain
 * text, not HTML: no {@code &#39;} for an apostrophe).
 */
public final class DraftTemplate {

    /** The first line of every template: the message's subject. */
    public static final String SUBJECT = "Subject:";

    private final DraftKind kind;
    private final Mustache mustache;

    private DraftTemplate(DraftKind kind, Mustache mustache) {
        this.kind = kind;
        this.mustache = mustache;
    }

    public DraftKind kind() {
        return kind;
    }

    /** A tag of the template as written: what it is, the name in it, its line, and the tags inside a section. */
    record Tag(Type type, String name, int line, List<Tag> inside) {
        enum Type { VALUE, SECTION, INVERTED }
    }

    /**
     * Parses and checks {@code text}; {@code file} names it in error messages. A byte-order mark
     * and Windows line ends (CRLF) are accepted.
     */
    public static DraftTemplate compile(DraftKind kind, String file, String text) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        clean = clean.replace("\r\n", "\n").replace('\r', '\n');
        String first = clean.lines().findFirst().orElse("");
        if (!first.regionMatches(true, 0, SUBJECT, 0, SUBJECT.length())) {
            throw refused(file, 1, "the first line must be the subject, as in 'Subject: Thank you from {{practice}}'");
        }
        Checking factory = new Checking();
        Mustache m;
        try {
            m = factory.compile(new StringReader(clean), file);
        } catch (MustacheException e) {
            int line = e.getContext() == null ? 1 : Math.max(1, e.getContext().line());
            throw refused(file, line, explain(e));
        }
        check(kind, file, factory.tags.getOrDefault(m, List.of()), false);
        return new DraftTemplate(kind, m);
    }

    /** The message these values make: the subject from the first line, then the body. */
    public Message render(Map<String, Object> values) {
        StringWriter out = new StringWriter();
        mustache.execute(out, values);
        return Message.parse(out.toString());
    }

    private static void check(DraftKind kind, String file, List<Tag> tags, boolean released) {
        for (Tag t : tags) {
            String shown = "{{" + (t.type() == Tag.Type.SECTION ? "#" : t.type() == Tag.Type.INVERTED ? "^" : "") + t.name() + "}}";
            Placeholder p = Placeholder.find(t.name()).filter(x -> x.kinds().contains(kind)).orElse(null);
            if (p == null) {
                boolean otherKind = Placeholder.find(t.name()).isPresent();
                throw refused(file, t.line(), (otherKind ? shown + " is not a placeholder of " + article(kind) + " template"
                        : "unknown placeholder " + shown) + "; " + article(kind) + " template may use: "
                        + String.join(", ", Placeholder.namesFor(kind)));
            }
            if (p.scope() == Placeholder.Scope.RELEASED && !released) {
                throw refused(file, t.line(), shown + " is only available inside {{#released}}…{{/released}}, which"
                        + " shows only for referrals whose client has a release of information in force: without one a"
                        + " message may not carry a client code or a referral's date");
            }
            if (p.use() == Placeholder.Use.LIST && t.type() == Tag.Type.VALUE) {
                throw refused(file, t.line(), shown + " is a list: write {{#" + t.name() + "}}…{{/" + t.name()
                        + "}} around what to repeat for each referral");
            }
            check(kind, file, t.inside(), released || t.type() == Tag.Type.SECTION && t.name().equals(Placeholder.RELEASED));
        }
    }

    private static String article(DraftKind kind) {
        return switch (kind) {
            case THANK -> "a thank-you";
            case INTRO -> "an intro";
            case CHECK_IN -> "a check-in";
            case WORKSHOP -> "a workshop";
        };
    }

    private static RefnetException refused(String file, int line, String why) {
        return RefnetException.data(file + ":" + line + ": " + why);
    }

    private static final Pattern UNCLOSED = Pattern.compile("Failed to close '(.*)' tag");
    private static final Pattern MISMATCH = Pattern.compile("Mismatched start/end tags: (.*) != (.*) in .*");

    /** mustache.java's message in the words of refnet's other errors. */
    private static String explain(MustacheException e) {
        String raw = e.getMessage() == null ? "" : e.getMessage().replaceFirst(" @\\[[^\\]]*\\]$", "");
        Matcher m = UNCLOSED.matcher(raw);
        if (m.matches()) {
            return "{{#" + m.group(1) + "}} is not closed: add {{/" + m.group(1) + "}} where the section ends";
        }
        m = MISMATCH.matcher(raw);
        if (m.matches()) {
            return m.group(1).equals("null") ? "{{/" + m.group(2) + "}} closes a section that was never opened"
                    : "{{/" + m.group(2) + "}} does not close {{#" + m.group(1) + "}}: close sections in the reverse order they open";
        }
        if (raw.startsWith("Improperly closed variable")) {
            return "a tag is not closed: write {{name}}";
        }
        if (raw.startsWith("Empty mustache")) {
            return "{{}} names no placeholder";
        }
        return raw.isEmpty() ? "the template cannot be read" : raw.substring(0, 1).toLowerCase(Locale.ROOT) + raw.substring(1);
    }

    /** mustache.java set up for plain text and for the check: every tag recorded with its line. */
    private static final class Checking extends DefaultMustacheFactory {

        /** The tags of each (section's) template, by the Mustache the parser made of them. */
        final Map<Mustache, List<Tag>> tags = new IdentityHashMap<>();

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new Recording(this);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Reader getReader(String resourceName) {
            throw new MustacheException("templates cannot include other files");
        }
    }

    /** Records each tag as the parser meets it; a section's inner tags come from its own visitor. */
    private static final class Recording extends DefaultMustacheVisitor {
        private final Checking factory;
        private final List<Tag> seen = new ArrayList<>();

        Recording(Checking factory) {
            super(factory);
            this.factory = factory;
        }

        @Override
        public Mustache mustache(TemplateContext tc) {
            Mustache m = super.mustache(tc);
            factory.tags.put(m, List.copyOf(seen));
            return m;
        }

        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            seen.add(new Tag(Tag.Type.VALUE, variable, tc.line(), List.of()));
            super.value(tc, variable, encoded);
        }

        @Override
        public void iterable(TemplateContext tc, String variable, Mustache mustache) {
            seen.add(new Tag(Tag.Type.SECTION, variable, tc.line(), factory.tags.getOrDefault(mustache, List.of())));
            super.iterable(tc, variable, mustache);
        }

        @Override
        public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
            seen.add(new Tag(Tag.Type.INVERTED, variable, tc.line(), factory.tags.getOrDefault(mustache, List.of())));
            super.notIterable(tc, variable, mustache);
        }

        @Override
        public void partial(TemplateContext tc, String variable, String indent) {
            throw new MustacheException("{{> " + variable + "}}: a template cannot include another file", tc);
        }

        @Override
        public void dynamicPartial(TemplateContext tc, String variable, String indent) {
            partial(tc, variable, indent);
        }

        @Override
        public void extend(TemplateContext tc, String variable, Mustache mustache) {
            throw new MustacheException("{{< " + variable + "}}: a template cannot extend another file", tc);
        }

        @Override
        public void name(TemplateContext tc, String variable, Mustache mustache) {
            throw new MustacheException("{{$" + variable + "}}: blocks are not supported in draft templates", tc);
        }

        @Override
        public void checkName(TemplateContext tc, String variable, Mustache mustache) {
            throw new MustacheException("{{?" + variable + "}}: not supported in draft templates", tc);
        }

        @Override
        public void pragma(TemplateContext tc, String pragma, String args) {
            throw new MustacheException("{{%" + pragma + "}}: pragmas are not supported in draft templates", tc);
        }
    }
}
