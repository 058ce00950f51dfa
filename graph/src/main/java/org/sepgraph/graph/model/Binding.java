package org.sepgraph.graph.model;

/** The pool licenses this standard. */
public record Binding(String pool, String standard) {
    public Binding {
        pool = Check.id("pool", pool);
        standard = Check.id("standard", standard);
    }
}
