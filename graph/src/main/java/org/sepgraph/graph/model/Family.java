package org.sepgraph.graph.model;

/** The patents that protect one invention; coverage counts families by default. */
public record Family(String id) {
    public Family {
        id = Check.id("id", id);
    }
}
