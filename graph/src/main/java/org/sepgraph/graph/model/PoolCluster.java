package org.sepgraph.graph.model;

/** Pools that support each other. */
public record PoolCluster(String id, String name) {
    public PoolCluster {
        id = Check.id("id", id);
        name = Check.text("name", name);
    }
}
