package org.sepgraph.graph.access;

/**
 * The node labels of the model. Cypher that must name a label per kind is formatted from these constants only,
 * never from user input.
 */
public enum Label {
    Organization("organization"),
    Alliance("alliance"),
    Patent("patent"),
    Family("family"),
    Standard("standard"),
    Pool("pool"),
    PoolCluster("pool cluster"),
    License("licence");

    private final String noun;

    Label(String noun) {
        this.noun = noun;
    }

    /** How an error message names one of these. */
    public String noun() {
        return noun;
    }
}
