package org.sepgraph.queries.money;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@code POST /api/v1/plans}.
 * <ul>
 * <li>{@code essential}: the essential families (with a member of E in a country with units);
 * {@code unknownExpiry}: their patents without an expiry date, counted as in force;</li>
 * <li>{@code needed} = ⌈target × essential⌉ families; {@code targetMet}: some plan covers that many;</li>
 * <li>{@code plans[0]}: the cheapest set of pools covering at least {@code needed} families (ties: more covered,
 * then fewer pools, then the pools' ids compared as sorted lists); when no plan meets the target, the cheapest
 * plan covering the most any plan can. Then the other plans of the cost/coverage frontier (the Pareto-optimal
 * plans: none cheaper covers as much), by cost. The empty plan is on the frontier when it is Pareto-optimal;</li>
 * <li>{@code currency}: every plan's; null when no candidate is priced;</li>
 * <li>{@code method}: EXACT or GREEDY, and {@code bound}: what GREEDY guarantees (null when EXACT);</li>
 * <li>{@code excluded}: candidates in no plan, with the reason; {@code uncoverable}: families no priced candidate
 * can complete.</li>
 * </ul>
 */
public record Plans(LocalDate asOf, String product, long units, String currency, long essential, long unknownExpiry,
                    double target, long needed, boolean targetMet, Search method, String bound, List<Plan> plans,
                    List<ExcludedPool> excluded, List<String> uncoverable) {
    public Plans {
        plans = List.copyOf(plans);
        excluded = List.copyOf(excluded);
        uncoverable = List.copyOf(uncoverable);
    }
}
