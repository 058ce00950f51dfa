package org.sepgraph.graph.model;

import java.util.Map;

/** A write that would clash with what the store holds: a duplicate id, or dependants of a node to delete. */
public class Conflict extends RuntimeException {
    private final String field;
    private final Map<String, Long> dependants;

    public Conflict(String field, String message, Map<String, Long> dependants) {
        super(message);
        this.field = field;
        this.dependants = Map.copyOf(dependants);
    }

    public Conflict(String field, String message) {
        this(field, message, Map.of());
    }

    public String field() {
        return field;
    }

    /** For a refused delete: relationship type to number of relationships that depend on the node. */
    public Map<String, Long> dependants() {
        return dependants;
    }
}
