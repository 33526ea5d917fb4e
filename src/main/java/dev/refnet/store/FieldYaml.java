package dev.refnet.store;

import dev.refnet.model.Field;
import dev.refnet.yaml.YamlText;
import java.util.ArrayList;
import java.util.List;

/** How a declared field's value is written in YAML: {@code key: value} lines, or inside {@code {…}}. */
final class FieldYaml {

    private FieldYaml() {
    }

    /**
     * {@code key: value} at {@code indent} spaces, ending with {@code nl}; a literal block for
     * text of a {@link Field#block()} field that runs over several lines.
     */
    static String line(Field<?> field, Object value, int indent, String nl) {
        if (field.kind() == Field.Kind.TEXT && field.block() && YamlText.wantsBlock((String) value)) {
            return YamlText.literalBlock(field.key(), (String) value, indent + 2, nl);
        }
        return field.key() + ": " + value(field, value, false) + nl;
    }

    /** The value as a YAML scalar or flow list; {@code flow} when it sits inside {@code {…}}. */
    static String value(Field<?> field, Object value, boolean flow) {
        return switch (field.kind()) {
            case DATE, BOOLEAN, WORD -> field.text(value, "");
            case TEXT, CADENCE -> flow ? YamlText.flowScalar(field.text(value, "")) : YamlText.scalar(field.text(value, ""));
            case TEXT_LIST -> {
                List<String> items = new ArrayList<>();
                for (Object v : (List<?>) value) {
                    items.add(YamlText.flowScalar((String) v));
                }
                yield "[" + String.join(", ", items) + "]";
            }
        };
    }
}
