package org.sepgraph.queries.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heuristic beyond {@link LicensingPlans#EXACT_UP_TO} pools: Chvátal's greedy weighted set cover over the
 * essential patents still to pay for. Until the plan covers the families needed, take the pool with the most
 * uncovered patents per unit of cost (a free pool first; ties: more patents, then cheaper, then pool id); then drop,
 * most expensive first (ties: larger id), every pool the plan can do without (still covering what is needed, and
 * covering no less unless the pool costs something). The frontier is read from the plans met on the way (the empty
 * plan, every prefix, the final plan). Bound: when the target needs every family the pools can complete, the plan
 * costs at most H(m) = 1 + 1/2 + … + 1/m times the cheapest cover, m being the most such patents one pool holds;
 * for lower targets no bound is claimed. Cost: O(n · (n + essential patents · pools per patent)).
 */
final class GreedySearch {
    private final Holdings h;

    GreedySearch(Holdings h) {
        this.h = h;
    }

    Holdings.Result run(long needed) {
        int n = h.size();
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        long need = Math.min(needed, h.covered(all));
        List<int[]> held = heldBy();
        boolean[] in = new boolean[n];
        boolean[] paid = new boolean[h.holders.length];
        List<Holdings.Found> met = new ArrayList<>();
        met.add(found(in));
        while (h.covered(in) < need) {
            int pick = -1;
            int pickNew = 0;
            for (int i = 0; i < n; i++) {
                if (in[i]) {
                    continue;
                }
                int fresh = (int) Arrays.stream(held.get(i)).filter(p -> !paid[p]).count();
                if (fresh > 0 && (pick < 0 || better(i, fresh, pick, pickNew))) {
                    pick = i;
                    pickNew = fresh;
                }
            }
            if (pick < 0) {
                break; // cannot happen while a needed family is incomplete; kept as a guard
            }
            in[pick] = true;
            for (int p : held.get(pick)) {
                paid[p] = true;
            }
            met.add(found(in));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> h.cost[a] != h.cost[b] ? Long.compare(h.cost[b], h.cost[a])
                : h.pools[b].compareTo(h.pools[a]));
        for (int i : order) {
            if (!in[i]) {
                continue;
            }
            long before = h.covered(in);
            in[i] = false;
            long after = h.covered(in);
            if (after < need || (h.cost[i] == 0 && after < before)) {
                in[i] = true;
            }
        }
        met.add(found(in));
        return h.choose(met, needed);
    }

    /** More new patents per unit of cost: fresh_a / cost_a &gt; fresh_b / cost_b, compared exactly. */
    private boolean better(int a, int freshA, int b, int freshB) {
        int c = BigInteger.valueOf(freshA).multiply(BigInteger.valueOf(h.cost[b]))
                .compareTo(BigInteger.valueOf(freshB).multiply(BigInteger.valueOf(h.cost[a])));
        if (h.cost[a] == 0 && h.cost[b] == 0) {
            c = 0;
        }
        if (c != 0) {
            return c > 0;
        }
        if (freshA != freshB) {
            return freshA > freshB;
        }
        if (h.cost[a] != h.cost[b]) {
            return h.cost[a] < h.cost[b];
        }
        return h.pools[a].compareTo(h.pools[b]) < 0;
    }

    private List<int[]> heldBy() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            lists.add(new ArrayList<>());
        }
        for (int p = 0; p < h.holders.length; p++) {
            for (int i : h.holders[p]) {
                lists.get(i).add(p);
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private Holdings.Found found(boolean[] in) {
        return new Holdings.Found(in.clone(), h.cost(in), h.covered(in));
    }
}
