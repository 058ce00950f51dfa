package org.sepgraph.graph.access;

import java.util.Map;

/** One relationship as the write statements take it: the ids of its two ends and its properties (no nulls). */
public record EdgeRow(String from, String to, Map<String, Object> props) {
    public EdgeRow {
        props = Map.copyOf(props);
    }

    /** The {@code $rows} element of a write statement. */
    public Map<String, Object> parameters() {
        return Map.of("from", from, "to", to, "props", props);
    }
}
