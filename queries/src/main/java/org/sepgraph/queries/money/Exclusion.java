package org.sepgraph.queries.money;

/**
 * Why a candidate pool is in no plan: {@code NO_TERMS} (no royalty terms in effect on asOf) and {@code NO_RATE} (a
 * country with units where no rate applies to the product) leave its cost unknown; {@code NOTHING_TO_ADD} (every
 * essential patent it holds is reached by the licensee or sits in a family no priced pool can complete);
 * {@code DOMINATED} (another pool costs no more and holds every patent it would add).
 */
public enum Exclusion {
    NO_TERMS,
    NO_RATE,
    NOTHING_TO_ADD,
    DOMINATED
}
