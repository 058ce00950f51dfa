package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A set of pools to license: {@code pools} (ids, sorted), {@code covered} essential families (every essential
 * patent held by one of the pools or reached by the licensee), {@code share} = covered / essential (0 when nothing
 * is essential), {@code annualCost} (the pools' yearly costs added up), {@code perUnit} = annualCost / all units a
 * year (6 decimals, half-even), {@code costByPool} (by pool id), {@code doublePaid} (by family id),
 * {@code uncoveredByHolder} (ranked by count, then holder id) and {@code uncoveredWithoutHolder}: uncovered families
 * with an uncovered patent whose owner is not recorded.
 */
public record Plan(List<String> pools, long covered, double share, BigDecimal annualCost, BigDecimal perUnit,
                   List<PoolCost> costByPool, List<DoublePaid> doublePaid, List<HolderGap> uncoveredByHolder,
                   List<String> uncoveredWithoutHolder) {
    public Plan {
        pools = List.copyOf(pools);
        costByPool = List.copyOf(costByPool);
        doublePaid = List.copyOf(doublePaid);
        uncoveredByHolder = List.copyOf(uncoveredByHolder);
        uncoveredWithoutHolder = List.copyOf(uncoveredWithoutHolder);
    }
}
