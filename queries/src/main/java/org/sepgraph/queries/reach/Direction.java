package org.sepgraph.queries.reach;

/** Which way a relationship of a {@link Step} points, reading the path from the organisation to the patent. */
public enum Direction {
    /** Stored from the previous step's node to this one. */
    OUT,
    /** Stored from this step's node to the previous one. */
    IN,
    /** Same corporate group: one or more AFFILIATE_OF links, in either direction. */
    EITHER
}
