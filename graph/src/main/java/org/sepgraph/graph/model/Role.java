package org.sepgraph.graph.model;

/** Role of a member in an alliance. */
public enum Role {
    CHAIR, SECRETARY_GENERAL, MEMBER
}
