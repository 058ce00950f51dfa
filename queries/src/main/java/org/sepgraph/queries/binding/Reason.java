package org.sepgraph.queries.binding;

/** Why a pool's holding is a red flag; a patent gets the first reason of this order that applies. */
public enum Reason {
    /** No declaration at all to a standard the pool binds, or to a part of one. */
    NOT_DECLARED,
    /** Declared to them, but every such declaration was REJECTED. */
    REJECTED,
    /** Not in force on the date (the pool still lists an expired, lapsed or revoked patent). */
    NOT_IN_FORCE
}
