package dev.refnet.store;

import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.ClientCode;
import dev.refnet.model.NetworkConfig;
import dev.refnet.yaml.YNode;
import dev.refnet.yaml.YamlReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads {@code refnet.yaml} (docs/format.md#section-1-1); every key is optional. */
public final class ConfigReader {

    private ConfigReader() {
    }

    public static NetworkConfig read(String text) {
        if (text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---") || l.equals("\uFEFF"))) {
            return NetworkConfig.defaults();
        }
        YNode.Mapping m = Fields.mapping(YamlReader.parse(text), "refnet.yaml");
        String practice = null;
        List<String> clinicians = List.of();
        List<String> specialties = List.of();
        Map<Category, Cadence> followUp = new EnumMap<>(Category.class);
        Cadence thank = null;
        Cadence outcome = null;
        Cadence lookback = null;
        Cadence dormant = null;
        Cadence availability = null;
        boolean autoCommit = true;
        String clientCode = null;
        for (YNode.Entry e : m.entries()) {
            String key = e.key().value();
            YNode v = e.value();
            switch (key) {
                case "practice" -> practice = Fields.text(v, key);
                case "clinicians" -> clinicians = Fields.list(v, key);
                case "specialties" -> specialties = Fields.list(v, key);
                case "follow-up" -> {
                    if (v instanceof YNode.Scalar s && s.isNull()) {
                        break;
                    }
                    for (YNode.Entry f : Fields.mapping(v, "'follow-up'").entries()) {
                        Category c = Category.parse(f.key().value()).orElseThrow(() -> Fields.error(f.key(),
                                "unknown category '" + f.key().value() + "' under follow-up; use one of: "
                                        + ContactReader.words(Category.values())));
                        Cadence cadence = Fields.cadence(f.value(), "follow-up." + c.word());
                        if (cadence != null) {
                            followUp.put(c, cadence);
                        }
                    }
                }
                case "thank-you-within" -> thank = Fields.cadence(v, key);
                case "outcome-within" -> outcome = Fields.cadence(v, key);
                case "lookback" -> lookback = Fields.cadence(v, key);
                case "dormant-after" -> dormant = Fields.cadence(v, key);
                case "availability-within" -> availability = Fields.cadence(v, key);
                case "git" -> {
                    if (v instanceof YNode.Mapping g) {
                        YNode ac = g.get("auto-commit").orElse(null);
                        if (ac != null) {
                            Boolean b = Fields.bool(ac, "git.auto-commit");
                            autoCommit = b == null || b;
                        }
                    } else if (!(v instanceof YNode.Scalar s && s.isNull())) {
                        throw Fields.error(v, "'git' must be a mapping, like 'git: {auto-commit: false}'");
                    }
                }
                case "client-code" -> {
                    clientCode = Fields.text(v, key);
                    String rule = clientCode;
                    if (rule != null) {
                        ClientCode.badRule(rule).ifPresent(why -> {
                            throw Fields.error(v, why);
                        });
                    }
                }
                case "git.auto-commit" -> {
                    Boolean b = Fields.bool(v, key);
                    autoCommit = b == null || b;
                }
                default -> { }
            }
        }
        return new NetworkConfig(practice, clinicians, followUp, thank, outcome, lookback, dormant, autoCommit, specialties,
                clientCode, availability);
    }
}
