package dev.refnet.render.draft;

import dev.refnet.model.DraftKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The templates refnet ships, one per kind: used when the network's templates/ folder has none. */
public final class BuiltInTemplates {

    private BuiltInTemplates() {
    }

    /** The file name of {@code kind}'s template, in the jar and in a network's templates/ folder. */
    public static String fileName(DraftKind kind) {
        return kind.word() + ".mustache";
    }

    /** The text of the built-in template of {@code kind}. */
    public static String text(DraftKind kind) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream("/dev/refnet/drafts/" + fileName(kind))) {
            if (in == null) {
                throw new IllegalStateException("the built-in template " + fileName(kind) + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
