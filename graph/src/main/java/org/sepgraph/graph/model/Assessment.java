package org.sepgraph.graph.model;

/** What is known of a declaration's essentiality; REJECTED means an evaluation found it not essential. */
public enum Assessment {
    DECLARED, CONFIRMED, REJECTED
}
