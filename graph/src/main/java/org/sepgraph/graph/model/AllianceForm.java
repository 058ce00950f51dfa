package org.sepgraph.graph.model;

/** Organisational form of an alliance. */
public enum AllianceForm {
    COMPANY, ASSOCIATION, CONTRACTUAL
}
