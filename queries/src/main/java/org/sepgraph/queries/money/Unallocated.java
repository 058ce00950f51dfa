package org.sepgraph.queries.money;

import java.math.BigDecimal;

/**
 * Income of a country that goes to no licensor: NOTHING_IN_FORCE, the pool held no patent of that country in
 * force on any day of the period (the whole income); OWNER_UNKNOWN, the part earned by patents without a recorded
 * owner (held back for whoever owns them rather than shared among the others).
 */
public record Unallocated(String country, BigDecimal amount, Reason reason) {
    public enum Reason {
        NOTHING_IN_FORCE,
        OWNER_UNKNOWN
    }
}
