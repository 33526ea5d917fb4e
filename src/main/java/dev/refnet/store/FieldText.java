package dev.refnet.store;

import dev.refnet.model.Field;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlException;

/**
 * A declared field's value from text a person typed on the command line, read by the same rules
 * as a value in a file (a word and its aliases, a duration, yes or no), so that a value refnet
 * accepts here is one it reads back.
 */
public final class FieldText {

    private static final YNode.Pos NOWHERE = new YNode.Pos(1, 1);

    private FieldText() {
    }

    /**
     * The value of {@code field} written as {@code text}; throws {@link IllegalArgumentException}
     * with the reader's plain reason when it is not one. Lists are not read here: their items are
     * texts. Dates are the caller's to read ({@code today}, {@code -3d} are command-line words).
     */
    public static Object parse(Field<?> field, String text) {
        try {
            // Quoted, so that text such as 'null' or '~' is that text, not YAML's null.
            Object v = Fields.value(new YNode.Scalar(text, YNode.Style.DOUBLE_QUOTED, NOWHERE, NOWHERE), field);
            String problem = field.problem(v);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return v;
        } catch (YamlException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
