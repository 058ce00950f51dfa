package org.sepgraph.graph.model;

/** Category of protection. */
public enum PatentType {
    INVENTION, UTILITY_MODEL, DESIGN
}
