package dev.refnet.store;

import dev.refnet.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Java values (String, List, Map) of keys refnet keeps but does not interpret. */
public final class YNodePlain {

    private YNodePlain() {
    }

    /** A scalar's string (null for YAML's null), a list, or a map in key order. */
    public static Object of(YNode node) {
        if (node instanceof YNode.Scalar s) {
            return s.isNull() ? null : s.value();
        }
        if (node instanceof YNode.Sequence q) {
            List<Object> list = new ArrayList<>();
            for (YNode item : q.items()) {
                list.add(of(item));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (YNode.Entry e : ((YNode.Mapping) node).entries()) {
            map.put(e.key().value(), of(e.value()));
        }
        return map;
    }
}
