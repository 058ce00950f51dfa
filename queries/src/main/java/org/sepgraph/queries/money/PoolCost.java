package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.util.List;
import org.sepgraph.graph.model.Royalty;

/**
 * One pool's yearly cost in a plan: {@code amount} (after free units and the cap, with the lump sum),
 * {@code beforeCap}, whether the cap bit, the {@code lumpSum}, and each country's part (rate, free units taken
 * there, amount; a cap is spread in proportion, see {@link org.sepgraph.graph.model.RoyaltyTerms#yearlyCost}).
 */
public record PoolCost(String pool, BigDecimal amount, BigDecimal beforeCap, boolean capped, BigDecimal lumpSum,
                       List<Royalty.CountryRoyalty> countries) {
    public PoolCost {
        countries = List.copyOf(countries);
    }

    static PoolCost of(String pool, Royalty r) {
        return new PoolCost(pool, r.amount(), r.beforeCap(), r.capped(), r.lumpSum(), r.countries());
    }
}
