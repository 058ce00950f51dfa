package org.sepgraph.graph.model;

/** An organisation that contributes patents to a pool and shares its revenue. */
public record Licensor(String organization, String pool) {
    public Licensor {
        organization = Check.id("organization", organization);
        pool = Check.id("pool", pool);
    }
}
