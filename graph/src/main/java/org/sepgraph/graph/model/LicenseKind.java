package org.sepgraph.graph.model;

/** How a licence came about. */
public enum LicenseKind {
    POOL, BILATERAL, CROSS
}
