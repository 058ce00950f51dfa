package org.sepgraph.graph.model;

/** Current legal status; only PENDING and GRANTED can be in force. */
public enum PatentStatus {
    PENDING, GRANTED, LAPSED, EXPIRED, REVOKED
}
