package org.sepgraph.graph.access;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * How one kind of relationship is named, written and read: the one mapping of that kind. A relationship is
 * identified by its two ends and, for declarations, by a key property (the standard version); its other
 * properties are replaced on every write.
 *
 * @param <T> the model record of the kind
 */
public abstract class EdgeKind<T> {
    private final String path;
    private final String bundleKey;
    private final String type;
    private final Label from;
    private final String fromField;
    private final Label to;
    private final String toField;
    private final String key;
    private final Class<T> valueType;

    /**
     * @param path      the collection's path segment in the REST API ({@code pool-patents})
     * @param bundleKey the collection's key in the bundle ({@code poolPatents})
     * @param type      the relationship type
     * @param from      label of the start node; {@code fromField} names its id in the payload
     * @param to        label of the end node; {@code toField} names its id in the payload
     * @param key       the property that tells two relationships between the same ends apart, or null
     */
    protected EdgeKind(String path, String bundleKey, String type, Label from, String fromField, Label to,
                       String toField, String key, Class<T> valueType) {
        this.path = path;
        this.bundleKey = bundleKey;
        this.type = type;
        this.from = from;
        this.fromField = fromField;
        this.to = to;
        this.toField = toField;
        this.key = key;
        this.valueType = valueType;
    }

    public final String path() {
        return path;
    }

    public final String bundleKey() {
        return bundleKey;
    }

    /** How an error message names one of these ({@code pool patent}, {@code ownership}). */
    public final String noun() {
        return path.replace('-', ' ').replaceAll("s$", "");
    }

    public final String type() {
        return type;
    }

    public final Label from() {
        return from;
    }

    public final String fromField() {
        return fromField;
    }

    public final Label to() {
        return to;
    }

    public final String toField() {
        return toField;
    }

    public final String key() {
        return key;
    }

    public final Class<T> valueType() {
        return valueType;
    }

    public abstract String fromId(T value);

    public abstract String toId(T value);

    /** The relationship's properties, nulls left out. */
    protected abstract Map<String, Object> properties(T value);

    /**
     * The value from a map of the relationship's properties plus {@code from} and {@code to}, the ids of its ends
     * (what {@code r {.*, from: a.id, to: b.id}} returns).
     */
    public abstract T read(Value projected);

    /** The key value of a payload: the key property, "" when absent, so that it can be matched and merged on. */
    public final String keyOf(T value) {
        if (key == null) {
            return "";
        }
        Object v = keyValue(value);
        return v == null ? "" : v.toString();
    }

    /**
     * The key property's value in a payload, or null. A kind with a key reads it from its record: building every
     * property to find one cost a tenth of reading a bundle of declarations.
     */
    protected Object keyValue(T value) {
        return properties(value).get(key);
    }

    /** The row the write statements and the bulk files take; the key property is always present. */
    public final EdgeRow row(T value) {
        Map<String, Object> props = new HashMap<>(properties(value));
        if (key != null) {
            props.put(key, keyOf(value));
        }
        return new EdgeRow(fromId(value), toId(value), props);
    }

    @Override
    public String toString() {
        return bundleKey;
    }
}
