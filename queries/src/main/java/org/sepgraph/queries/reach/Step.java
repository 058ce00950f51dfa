package org.sepgraph.queries.reach;

/**
 * One node of a chain's path, with the relationship that joins it to the previous node ({@code via} and
 * {@code direction} are null for the first node). {@code kind} is the node's label (Organization, License, Pool,
 * Patent), {@code via} a relationship type (AFFILIATE_OF, GRANTED_TO, GRANTED_BY, OWNS, IN_POOL).
 */
public record Step(String via, Direction direction, String kind, String id) {
    static Step start(String kind, String id) {
        return new Step(null, null, kind, id);
    }
}
