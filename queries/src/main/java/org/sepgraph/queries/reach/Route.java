package org.sepgraph.queries.reach;

/**
 * How a chain gives an organisation a patent. When two shortest chains tie, the first constant of this order wins
 * (DESIGN.md: OWNED, LICENSED, POOL, SUBLICENSED).
 */
public enum Route {
    /** No licence: the organisation's group owns the patent. */
    OWNED,
    /** One licence, granted by an organisation of an owner's group. */
    LICENSED,
    /** One licence, granted by a pool that holds the patent. */
    POOL,
    /** Two or more licences. */
    SUBLICENSED
}
