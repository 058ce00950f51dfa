package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One licensor's part of the pool's income: {@code amount} (all countries), {@code share} of all the income given,
 * and per country its {@code points} (days, split by ownership shares; 6 decimals for display, the amounts use the
 * exact value) and {@code amounts}.
 */
public record LicensorIncome(String organization, BigDecimal amount, double share, Map<String, BigDecimal> points,
                             Map<String, BigDecimal> amounts) {
    public LicensorIncome {
        points = Collections.unmodifiableSortedMap(new TreeMap<>(points));
        amounts = Collections.unmodifiableSortedMap(new TreeMap<>(amounts));
    }
}
