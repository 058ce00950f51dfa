package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Royalty;
import org.sepgraph.graph.model.RoyaltyTerms;

/**
 * Licensing plans ({@code POST /api/v1/plans}, issue 13): which sets of pools an implementer selling {@code units}
 * of {@code product} should license, and what each costs a year.
 *
 * <p><b>Rules.</b>
 * <ul>
 * <li>Essential: a family with a member of E in a country with units (patents elsewhere are ignored). A plan
 * covers a family when each of those patents is held on asOf by one of the plan's pools or reached by the
 * licensee; a family the licensee reaches whole is covered by every plan, the empty one included.</li>
 * <li>A pool's yearly cost is {@link RoyaltyTerms#yearlyCost} of its terms in effect on asOf: first matching rate
 * × units per country, free units off the lowest-rate countries first, then the cap, plus any lump sum. A plan
 * costs the sum of its pools' costs (each pool's free units and cap are its own).</li>
 * <li>Unknown cost: a pool with no terms in effect on asOf (NO_TERMS), or with a country with units where no rate
 * applies to the product (NO_RATE, the countries named), cannot be priced; a licensing lawyer would not plan on a
 * price the terms do not state, nor assume it is nil, so such a pool is in no plan and listed in
 * {@code excluded}. Its patents count as held by no plan.</li>
 * <li>Currency: costs are only added up in one currency. When the pools that could enter a plan (priced, adding
 * something) have terms in more than one currency, the question is refused ({@link InvalidField} {@code pools},
 * listing the pools of each currency) so the caller names the candidates to compare; no exchange rate is
 * assumed.</li>
 * <li>Pools in no plan, besides: NOTHING_TO_ADD (every patent it holds is reached, or in a family no priced pool
 * can complete) and DOMINATED (Q dominates P when cost(Q) ≤ cost(P), Q holds every essential patent P holds that
 * a plan still pays for, and either Q is cheaper or, at equal cost, Q's id is smaller — the id condition keeps the
 * tie rules exact: a plan with P is never better than the same plan with Q).</li>
 * <li>{@code plans[0]}: the cheapest plan covering at least ⌈target × essential⌉ families; ties: more covered,
 * fewer pools, then the sorted pool ids compared element by element. When no plan reaches the target, the cheapest
 * one covering the most. Then the rest of the cost/coverage frontier, by cost (see {@link Plans}).</li>
 * <li>Per plan: {@code doublePaid} lists each family at least two of its pools hold whole (every essential patent
 * of the family, reached or not: the licensee pays twice for it); {@code uncoveredByHolder} the owners of the
 * uncovered patents of uncovered families (neither reached nor held by the plan's pools), families each.</li>
 * </ul>
 *
 * <p><b>Method and cost.</b> Exact when at most {@link #EXACT_UP_TO} pools remain after the exclusions above:
 * {@link ExactSearch}, O(2^n · (masks per pool + groups + n · essential)) in the worst case, with identical families
 * grouped and branch and bound (25 pools: well under a second on most inputs, a few seconds when all 25 cost the
 * same); otherwise {@link GreedySearch}, O(n · (n + essential patents · pools per patent)), whose bound the answer
 * states. Pricing is O(pools · countries · rates), dominance O(pools² · essential patents / 64), and each plan
 * listed costs O(essential patents · pools per patent) to describe.
 */
public final class LicensingPlans {
    /** The most pools the exact search takes (after the exclusions); beyond, the greedy heuristic. */
    public static final int EXACT_UP_TO = 25;
    private static final int PER_UNIT_SCALE = 6;

    private final int exactUpTo;

    public LicensingPlans() {
        this(EXACT_UP_TO);
    }

    /** For tests: another threshold between the exact search and the heuristic. */
    LicensingPlans(int exactUpTo) {
        this.exactUpTo = Math.min(exactUpTo, 30);
    }

    /** The plans for {@code q}. */
    public Plans plans(PlanQuestion q) {
        Set<String> countries = q.units().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        long totalUnits = q.units().values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        List<EssentialFamily> essential = new ArrayList<>();
        for (EssentialFamily f : q.families()) {
            List<EssentialPatent> in = f.patents().stream().filter(p -> countries.contains(p.jurisdiction())).toList();
            if (!in.isEmpty()) {
                essential.add(new EssentialFamily(f.family(), in));
            }
        }
        essential.sort(Comparator.comparing(EssentialFamily::family));
        long unknownExpiry = essential.stream().flatMap(f -> f.patents().stream()).filter(p -> p.expires() == null)
                .map(EssentialPatent::id).distinct().count();

        List<ExcludedPool> excluded = new ArrayList<>();
        Map<String, Royalty> priced = new TreeMap<>();
        for (CandidatePool pool : q.pools()) {
            Optional<RoyaltyTerms> terms = RoyaltyTerms.termsOn(pool.royaltyTerms(), q.asOf());
            if (terms.isEmpty()) {
                excluded.add(new ExcludedPool(pool.pool(), Exclusion.NO_TERMS, List.of(), null, null));
                continue;
            }
            List<String> unpriced = terms.get().unpricedCountries(q.product(), q.units());
            if (!unpriced.isEmpty()) {
                excluded.add(new ExcludedPool(pool.pool(), Exclusion.NO_RATE, unpriced, null, null));
                continue;
            }
            priced.put(pool.pool(), terms.get().yearlyCost(q.product(), q.units()));
        }

        // the patents a plan still pays for: not reached, in a family every such patent of which a priced pool holds
        List<String> uncoverable = new ArrayList<>();
        Map<String, Integer> patentIndex = new LinkedHashMap<>();
        List<EssentialFamily> payable = new ArrayList<>();
        long base = 0;
        for (EssentialFamily f : essential) {
            List<EssentialPatent> open = f.patents().stream().filter(p -> !p.reached()).toList();
            if (open.isEmpty()) {
                base++;
            } else if (open.stream().allMatch(p -> p.pools().stream().anyMatch(priced::containsKey))) {
                payable.add(new EssentialFamily(f.family(), open));
                open.forEach(p -> patentIndex.putIfAbsent(p.id(), patentIndex.size()));
            } else {
                uncoverable.add(f.family());
            }
        }
        Map<String, BitSet> holds = new TreeMap<>();
        for (EssentialFamily f : payable) {
            for (EssentialPatent p : f.patents()) {
                for (String pool : p.pools()) {
                    if (priced.containsKey(pool)) {
                        holds.computeIfAbsent(pool, k -> new BitSet()).set(patentIndex.get(p.id()));
                    }
                }
            }
        }
        for (Map.Entry<String, Royalty> e : priced.entrySet()) {
            if (!holds.containsKey(e.getKey())) {
                excluded.add(new ExcludedPool(e.getKey(), Exclusion.NOTHING_TO_ADD, List.of(), null,
                        e.getValue().amount()));
            }
        }
        String currency = oneCurrency(holds.keySet(), priced);

        List<String> useful = new ArrayList<>(holds.keySet());
        useful.sort(Comparator.comparing((String p) -> priced.get(p).amount()).thenComparing(p -> p));
        List<String> kept = new ArrayList<>();
        for (String p : useful) {
            Optional<String> by = useful.stream().filter(o -> !o.equals(p) && dominates(o, p, priced, holds))
                    .filter(o -> useful.stream().noneMatch(x -> !x.equals(o) && dominates(x, o, priced, holds)))
                    .findFirst();
            if (by.isPresent()) {
                excluded.add(new ExcludedPool(p, Exclusion.DOMINATED, List.of(), by.get(), priced.get(p).amount()));
            } else {
                kept.add(p);
            }
        }
        excluded.sort(Comparator.comparing(ExcludedPool::pool));
        kept.sort(Comparator.comparing((String p) -> priced.get(p).amount()).thenComparing(p -> p)); // cheapest first

        Holdings h = holdings(kept, priced, payable, patentIndex, base);
        long needed = q.needed(essential.size());
        boolean exact = kept.size() <= exactUpTo;
        Holdings.Result found = exact ? new ExactSearch(h).run(needed) : new GreedySearch(h).run(needed);
        List<Plan> plans = new ArrayList<>();
        plans.add(describe(h, found.best(), essential, priced, totalUnits));
        for (Holdings.Found f : found.frontier()) {
            if (!Arrays.equals(f.in(), found.best().in())) {
                plans.add(describe(h, f, essential, priced, totalUnits));
            }
        }
        return new Plans(q.asOf(), q.product(), totalUnits, currency, essential.size(), unknownExpiry, q.target(),
                needed, found.best().covered() >= needed, exact ? Search.EXACT : Search.GREEDY,
                exact ? null : bound(h, needed), plans, excluded, uncoverable);
    }

    /** Q dominates P: no dearer, holds all P holds, and cheaper or (equal cost) a smaller id. */
    private static boolean dominates(String q, String p, Map<String, Royalty> priced, Map<String, BitSet> holds) {
        int c = priced.get(q).amount().compareTo(priced.get(p).amount());
        if (c > 0 || (c == 0 && q.compareTo(p) > 0)) {
            return false;
        }
        BitSet missing = (BitSet) holds.get(p).clone();
        missing.andNot(holds.get(q));
        return missing.isEmpty();
    }

    private static String oneCurrency(Set<String> pools, Map<String, Royalty> priced) {
        Map<String, List<String>> byCurrency = new TreeMap<>();
        for (String p : pools) {
            byCurrency.computeIfAbsent(priced.get(p).currency(), k -> new ArrayList<>()).add(p);
        }
        if (byCurrency.size() > 1) {
            throw new InvalidField("pools", "the candidate pools' terms are in more than one currency ("
                    + byCurrency.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                            .collect(Collectors.joining("; "))
                    + "); costs are compared in one currency: name the pools to compare in pools");
        }
        return byCurrency.isEmpty() ? null : byCurrency.keySet().iterator().next();
    }

    private static Holdings holdings(List<String> kept, Map<String, Royalty> priced, List<EssentialFamily> payable,
                                     Map<String, Integer> patentIndex, long base) {
        int scale = kept.stream().mapToInt(p -> Math.max(0, priced.get(p).amount().stripTrailingZeros().scale()))
                .max().orElse(0);
        long[] cost = new long[kept.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            index.put(kept.get(i), i);
            cost[i] = priced.get(kept.get(i)).amount().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue()
                    .longValueExact();
        }
        Arrays.stream(cost).reduce(0, Math::addExact); // every plan's cost fits in a long
        int[][] holders = new int[patentIndex.size()][];
        for (EssentialFamily f : payable) {
            for (EssentialPatent p : f.patents()) {
                holders[patentIndex.get(p.id())] = p.pools().stream().filter(index::containsKey)
                        .mapToInt(index::get).sorted().toArray();
            }
        }
        int[][] families = payable.stream()
                .map(f -> f.patents().stream().mapToInt(p -> patentIndex.get(p.id())).distinct().toArray())
                .toArray(int[][]::new);
        return new Holdings(kept.toArray(String[]::new), cost, holders, families, base);
    }

    private static String bound(Holdings h, long needed) {
        boolean[] all = new boolean[h.size()];
        Arrays.fill(all, true);
        if (needed < h.covered(all)) {
            return "greedy over " + h.size() + " pools; the target needs only some of the families the pools can"
                    + " complete, so no bound is claimed";
        }
        int[] heldCount = new int[h.size()];
        for (int[] holders : h.holders) {
            for (int i : holders) {
                heldCount[i]++;
            }
        }
        int m = Arrays.stream(heldCount).max().orElse(0);
        double harmonic = 0;
        for (int k = 1; k <= m; k++) {
            harmonic += 1.0 / k;
        }
        return String.format(Locale.ROOT, "greedy over %d pools; costs at most H(%d) = %.3f times the"
                + " cheapest plan covering every family the pools can complete (Chvátal's greedy set cover bound)",
                h.size(), m, harmonic);
    }

    /** A found plan in full, computed again from the question's own data. */
    private static Plan describe(Holdings h, Holdings.Found found, List<EssentialFamily> essential,
                                 Map<String, Royalty> priced, long totalUnits) {
        Set<String> pools = new TreeSet<>();
        for (int i = 0; i < h.size(); i++) {
            if (found.in()[i]) {
                pools.add(h.pools[i]);
            }
        }
        long covered = 0;
        List<DoublePaid> doublePaid = new ArrayList<>();
        Map<String, List<String>> gaps = new TreeMap<>();
        List<String> withoutHolder = new ArrayList<>();
        for (EssentialFamily f : essential) {
            Set<String> holders = new TreeSet<>();
            boolean ownerless = false;
            for (EssentialPatent p : f.patents()) {
                if (!p.reached() && p.pools().stream().noneMatch(pools::contains)) {
                    holders.addAll(p.owners());
                    ownerless |= p.owners().isEmpty();
                }
            }
            if (holders.isEmpty() && !ownerless) {
                covered++;
            } else {
                holders.forEach(o -> gaps.computeIfAbsent(o, k -> new ArrayList<>()).add(f.family()));
                if (ownerless) {
                    withoutHolder.add(f.family());
                }
            }
            List<String> whole = pools.stream().filter(pool -> f.patents().stream().allMatch(p -> p.pools()
                    .contains(pool))).toList();
            if (whole.size() >= 2) {
                doublePaid.add(new DoublePaid(f.family(), whole));
            }
        }
        if (covered != found.covered()) {
            throw new IllegalStateException("plan " + pools + " covers " + covered + " families, the search counted "
                    + found.covered());
        }
        List<HolderGap> byHolder = gaps.entrySet().stream()
                .map(e -> new HolderGap(e.getKey(), e.getValue().size(), e.getValue()))
                .sorted(Comparator.comparingLong(HolderGap::count).reversed().thenComparing(HolderGap::holder))
                .toList();
        List<PoolCost> costs = pools.stream().map(p -> PoolCost.of(p, priced.get(p))).toList();
        BigDecimal annual = costs.stream().map(PoolCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perUnit = annual.divide(BigDecimal.valueOf(totalUnits), PER_UNIT_SCALE, RoundingMode.HALF_EVEN);
        double share = essential.isEmpty() ? 0 : (double) covered / essential.size();
        return new Plan(List.copyOf(pools), covered, share, annual, perUnit, costs, doublePaid, byHolder,
                withoutHolder);
    }
}
