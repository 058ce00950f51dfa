package org.sepgraph.graph.access;

import java.util.HashMap;
import java.util.Map;

/**
 * One node as the write statements take it: its id, its properties (no nulls: Neo4j stores none) and the ids at the
 * far end of its own relationships ({@link NodeKind#ownEdges()}), by the field that names them.
 */
public record NodeRow(String id, Map<String, Object> props, Map<String, Object> ends) {
    public NodeRow {
        props = Map.copyOf(props);
        ends = java.util.Collections.unmodifiableMap(new HashMap<>(ends)); // an absent end is a null value
    }

    public static NodeRow of(String id, Map<String, Object> props) {
        return new NodeRow(id, props, Map.of());
    }

    /** The {@code $rows} element of an upsert statement: {@code id}, {@code props} and one entry per own edge. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>(ends);
        p.put("id", id);
        p.put("props", props);
        return p;
    }
}
