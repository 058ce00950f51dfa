package org.sepgraph.graph.model;

/** A pool that belongs to a cluster of pools supporting each other. */
public record ClusterPool(String cluster, String pool) {
    public ClusterPool {
        cluster = Check.id("cluster", cluster);
        pool = Check.id("pool", pool);
    }
}
