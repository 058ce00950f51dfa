package org.sepgraph.graph.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Typed reads from a map the driver returned (a node projection); absent and null read as null. */
record Row(Map<String, Object> values) {
    String text(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    Boolean bool(String key) {
        return (Boolean) values.get(key);
    }

    Double number(String key) {
        Object v = values.get(key);
        return v == null ? null : ((Number) v).doubleValue();
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String key) {
        Object v = values.get(key);
        return v == null ? List.of() : ((List<Object>) v).stream().map(Object::toString).toList();
    }

    <E extends Enum<E>> E constant(Class<E> type, String key) {
        String v = text(key);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
