package org.sepgraph.graph.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * The few typed reads the kinds make from a map {@link Value} the driver returned, where an absent key must read as
 * null (or an empty list), and the property maps they write, which leave absent values out.
 */
public final class Fields {
    private Fields() {}

    public static String text(Value map, String key) {
        return map.get(key).asString(null);
    }

    public static LocalDate date(Value map, String key) {
        return map.get(key).asLocalDate(null);
    }

    public static Boolean bool(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asBoolean();
    }

    public static Double number(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asDouble();
    }

    public static List<String> texts(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    public static <E extends Enum<E>> E constant(Class<E> type, Value map, String key) {
        String v = text(map, key);
        return v == null ? null : Enum.valueOf(type, v);
    }

    /** A property map from name/value pairs, leaving out nulls and empty lists (Neo4j stores neither). */
    public static Map<String, Object> props(Object... namesAndValues) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                props.put((String) namesAndValues[i], value);
            }
        }
        return props;
    }
}
