package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate pool left out of every plan, and why: {@code countries} are the unpriced ones (NO_RATE),
 * {@code dominatedBy} the pool that does its work for no more (DOMINATED); {@code annualCost} is its yearly cost
 * when known.
 */
public record ExcludedPool(String pool, Exclusion reason, List<String> countries, String dominatedBy,
                           BigDecimal annualCost) {
    public ExcludedPool {
        countries = List.copyOf(countries);
    }
}
