package org.sepgraph.graph.access;

import java.util.Map;
import java.util.function.Function;

/**
 * How one kind of relationship is written and read. A relationship is identified by its two ends and, for
 * declarations, by a key property (the standard version); its other properties are replaced on every write.
 *
 * @param collection the name of the collection in the API and the bundle ({@code ownerships})
 * @param type       the relationship type
 * @param from       label of the start node; {@code fromField} names its id in the payload
 * @param to         label of the end node; {@code toField} names its id in the payload
 * @param key        the property that tells two relationships between the same ends apart, or null
 */
public record EdgeKind<T>(String collection, String type, Label from, String fromField, Label to, String toField,
                          String key, Function<T, String> fromId, Function<T, String> toId,
                          Function<T, Map<String, Object>> props, Function<Row, T> read) {

    /** The key value of a payload: the key property, "" when absent, so that it can be matched and merged on. */
    public String keyOf(T value) {
        if (key == null) {
            return "";
        }
        Object v = props.apply(value).get(key);
        return v == null ? "" : v.toString();
    }

    public Map<String, Object> row(T value) {
        Map<String, Object> props = new java.util.HashMap<>(props().apply(value));
        if (key != null) {
            props.put(key, keyOf(value));
        }
        return Map.of("from", fromId.apply(value), "to", toId.apply(value), "props", props);
    }

    public T fromProjection(Map<String, Object> values) {
        return read.apply(new Row(values));
    }
}
