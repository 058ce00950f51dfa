package org.sepgraph.queries.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every subset of at most 30 pools (the service uses 25), searched depth first with branch and bound.
 *
 * <p>Each essential patent becomes the bit mask of the pools holding it; a family needs each of its masks hit, so
 * only its minimal masks are kept, and families with the same masks are one group with a weight. Adding or
 * excluding a pool updates the covered families and the most the subtree can still cover incrementally
 * (O(masks with that pool)). Pools are taken cheapest first, including before excluding.
 *
 * <p>Plans compare by cost, then size, then their sorted id lists; for each coverage the best plan met is kept, and
 * {@link Holdings#choose} reads the answer from them. A subtree is cut when nothing more can be covered there, when
 * the next pool adds nothing the plan does not have, or when for every coverage x it could reach, a plan met
 * covering x or more beats every plan of the subtree reaching x. The subtree's plans are bounded below by: cost, the
 * fractional knapsack of x − covered over the families each remaining pool could still complete (counted on one
 * mask per family, so none is counted twice), rounded up to a multiple of the pools' costs' gcd; size, the fewest
 * remaining pools whose counts add up to x − covered; ids, the plan with the smallest remaining ids. Cost: O(2^n ·
 * (masks per pool + groups + n · essential)) in the worst case; measured in LicensingPlansPropertyTest.
 */
final class ExactSearch {
    /** Below this many pools left, plain enumeration is cheaper than computing the bound. */
    private static final int BOUND_FROM = 4;

    private final Holdings h;
    private final int n;
    private final long costGcd;
    private final int[] maskOf;
    private final int[][] groupsOf;
    private final int[][] groupMasks;
    private final int[][] masksWith;
    private final long[] weight;
    private final int[] hit;
    private final int[] alive;
    private final int[] unhit;
    private final int[] dead;
    private long covered;
    private long reachable;
    /** Per exact coverage: the best plan met. */
    private final long[] bestCost;
    private final int[] bestSize;
    private final int[] bestMask;
    /** Per x: the best plan met covering x or more (cost, size, more covered, ids). */
    private final long[] atLeastCost;
    private final int[] atLeastSize;
    private final long[] atLeastCovered;
    private final int[] atLeastMask;
    private final long[] gain;
    private final long[] gains;
    private final long[] byGain;
    private final int[] order;

    ExactSearch(Holdings h) {
        if (h.size() > 30) {
            throw new IllegalArgumentException("the exact search takes at most 30 pools, got " + h.size());
        }
        for (int i = 1; i < h.size(); i++) {
            if (h.cost[i - 1] > h.cost[i]) {
                throw new IllegalArgumentException("the exact search takes its pools cheapest first");
            }
        }
        this.h = h;
        this.n = h.size();
        long g0 = 0;
        for (long c : h.cost) {
            g0 = gcd(g0, c);
        }
        costGcd = g0 == 0 ? 1 : g0;
        int[] patentMask = new int[h.holders.length];
        for (int p = 0; p < patentMask.length; p++) {
            for (int i : h.holders[p]) {
                patentMask[p] |= 1 << i;
            }
        }
        Map<List<Integer>, Integer> groupIndex = new HashMap<>();
        List<int[]> groups = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int[] family : h.families) {
            List<Integer> key = minimalMasks(family, patentMask);
            Integer g = groupIndex.get(key);
            if (g == null) {
                groupIndex.put(key, groups.size());
                groups.add(key.stream().mapToInt(Integer::intValue).toArray());
                weights.add(1L);
            } else {
                weights.set(g, weights.get(g) + 1);
            }
        }
        Map<Integer, Integer> maskIndex = new HashMap<>();
        List<List<Integer>> groupsOfMask = new ArrayList<>();
        unhit = new int[groups.size()];
        dead = new int[groups.size()];
        weight = new long[groups.size()];
        groupMasks = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            weight[g] = weights.get(g);
            unhit[g] = groups.get(g).length;
            groupMasks[g] = new int[groups.get(g).length];
            for (int k = 0; k < groups.get(g).length; k++) {
                int m = groups.get(g)[k];
                Integer j = maskIndex.get(m);
                if (j == null) {
                    j = groupsOfMask.size();
                    maskIndex.put(m, j);
                    groupsOfMask.add(new ArrayList<>());
                }
                groupsOfMask.get(j).add(g);
                groupMasks[g][k] = j;
            }
        }
        maskOf = new int[groupsOfMask.size()];
        maskIndex.forEach((m, j) -> maskOf[j] = m);
        groupsOf = groupsOfMask.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        masksWith = new int[n][];
        for (int i = 0; i < n; i++) {
            final int bit = 1 << i;
            masksWith[i] = IntStream.range(0, maskOf.length).filter(j -> (maskOf[j] & bit) != 0)
                    .toArray();
        }
        hit = new int[maskOf.length];
        alive = new int[maskOf.length];
        for (int j = 0; j < maskOf.length; j++) {
            alive[j] = Integer.bitCount(maskOf[j]);
        }
        long total = h.base + Arrays.stream(weight).sum();
        int levels = Math.toIntExact(total + 1);
        bestCost = new long[levels];
        bestSize = new int[levels];
        bestMask = new int[levels];
        atLeastCost = new long[levels];
        atLeastSize = new int[levels];
        atLeastCovered = new long[levels];
        atLeastMask = new int[levels];
        Arrays.fill(bestCost, Long.MAX_VALUE);
        Arrays.fill(atLeastCost, Long.MAX_VALUE);
        gain = new long[n];
        gains = new long[n];
        byGain = new long[n];
        order = new int[n];
        covered = h.base;
        reachable = total;
    }

    /** A family's masks without repeats and without any mask that contains another (hitting the smaller hits it). */
    private static List<Integer> minimalMasks(int[] family, int[] patentMask) {
        int[] masks = Arrays.stream(family).map(p -> patentMask[p]).distinct()
                .boxed().sorted((a, b) -> Integer.compare(Integer.bitCount(a), Integer.bitCount(b)))
                .mapToInt(Integer::intValue).toArray();
        List<Integer> kept = new ArrayList<>();
        for (int m : masks) {
            if (kept.stream().noneMatch(k -> (k & ~m) == 0)) {
                kept.add(m);
            }
        }
        kept.sort(null);
        return kept;
    }

    Holdings.Result run(long needed) {
        record(0L, 0, 0);
        search(0, 0L, 0, 0);
        List<Holdings.Found> candidates = new ArrayList<>();
        for (int k = 0; k < bestCost.length; k++) {
            if (bestCost[k] != Long.MAX_VALUE) {
                candidates.add(new Holdings.Found(flags(bestMask[k]), bestCost[k], k));
            }
        }
        return h.choose(candidates, needed);
    }

    private void search(int i, long cost, int size, int mask) {
        if (i == n || covered == reachable) {
            return; // no pool left, or nothing more to cover: every larger plan costs as much or more, with more pools
        }
        if (atLeastCost[(int) reachable] < cost + h.cost[i]) {
            return; // any plan of the subtree adds a pool, costing at least h.cost[i] (pools by cost)
        }
        if (n - i >= BOUND_FROM && !mayImprove(i, cost, size, mask)) {
            return;
        }
        if (!hitsSomethingNew(i)) {
            // every family pool i could help is already helped: a plan with it is the same plan, dearer or larger
            exclude(i);
            search(i + 1, cost, size, mask);
            undoExclude(i);
            return;
        }
        include(i);
        long withCost = cost + h.cost[i];
        int with = mask | 1 << i;
        record(withCost, size + 1, with);
        search(i + 1, withCost, size + 1, with);
        undoInclude(i);
        exclude(i);
        search(i + 1, cost, size, mask);
        undoExclude(i);
    }

    /** Whether some plan of the subtree below (pools from i on, added to mask) could beat the plans met. */
    private boolean mayImprove(int i, long cost, int size, int mask) {
        // each open family counts once, for the pools of its tightest unhit mask: any plan completing it takes one
        Arrays.fill(gain, 0L);
        for (int g = 0; g < groupMasks.length; g++) {
            if (unhit[g] == 0 || dead[g] > 0) {
                continue;
            }
            int tightest = -1;
            for (int m : groupMasks[g]) {
                if (hit[m] == 0 && (tightest < 0 || alive[m] < alive[tightest])) {
                    tightest = m;
                }
            }
            for (int bits = maskOf[tightest]; bits != 0; bits &= bits - 1) {
                gain[Integer.numberOfTrailingZeros(bits)] += weight[g];
            }
        }
        int items = 0;
        for (int j = i; j < n; j++) {
            if (gain[j] > 0) {
                order[items] = j;
                gains[items] = gain[j];
                byGain[items] = gain[j];
                items++;
            }
        }
        // by cost per family, cheapest first (insertion sort: at most 30 pools)
        for (int a = 1; a < items; a++) {
            long ga = gains[a];
            int ja = order[a];
            int b = a - 1;
            while (b >= 0 && compareProducts(h.cost[order[b]], ga, h.cost[ja], gains[b]) > 0) {
                gains[b + 1] = gains[b];
                order[b + 1] = order[b];
                b--;
            }
            gains[b + 1] = ga;
            order[b + 1] = ja;
        }
        Arrays.sort(byGain, 0, items); // ascending: the largest counts are at the end
        // atLeast is one plan R over [x, covered by R]: cost and size bounds only grow with x, so R beats the
        // subtree over that stretch when it does at its first x and (for the tie by ids) at its last
        try {
            long full = 0; // cost of the items taken whole
            long taken = 0; // families they can add
            int k = 0;
            long most = 0; // families the `fewest` largest counts add
            int fewest = 0;
            long x = covered + 1;
            boolean last = false;
            while (x <= reachable) {
                long delta = x - covered;
                while (k < items && taken + gains[k] < delta) {
                    taken += gains[k];
                    full = Math.addExact(full, h.cost[order[k]]);
                    k++;
                }
                if (k == items) {
                    return false; // the subtree cannot add delta families
                }
                while (most < delta) {
                    most += byGain[items - 1 - fewest];
                    fewest++;
                }
                long met = atLeastCost[(int) x];
                if (met == Long.MAX_VALUE) {
                    return true;
                }
                long partial = Math.multiplyExact(h.cost[order[k]], delta - taken);
                long lower = Math.addExact(Math.addExact(cost, full), (partial + gains[k] - 1) / gains[k]);
                lower = Math.multiplyExact((lower + costGcd - 1) / costGcd, costGcd); // plan costs are multiples
                if (met > lower || met == lower && !tieBeaten((int) x, size + fewest, mask, i)) {
                    return true;
                }
                long end = Math.min(atLeastCovered[(int) x], reachable);
                if (!last && end > x) {
                    x = end;
                    last = true;
                } else {
                    x++;
                    last = false;
                }
            }
            return false;
        } catch (ArithmeticException overflow) {
            return true;
        }
    }

    /**
     * At equal cost: whether the plan met for x beats every plan of the subtree covering exactly x, which has at
     * least {@code size} pools and, with exactly that many, ids no smaller than mask plus the smallest ids left.
     */
    private boolean tieBeaten(int x, int size, int mask, int i) {
        if (atLeastSize[x] != size) {
            return atLeastSize[x] < size;
        }
        if (atLeastCovered[x] > x) {
            return true;
        }
        int[] smallest = new int[size];
        int k = 0;
        for (int j = 0; j < n; j++) {
            if ((mask & 1 << j) != 0) {
                smallest[k++] = h.idRank[j];
            }
        }
        int[] left = IntStream.range(i, n).map(j -> h.idRank[j]).sorted().toArray();
        for (int t = 0; k < size && t < left.length; t++) {
            smallest[k++] = left[t];
        }
        if (k < size) {
            return true; // not enough pools left for that size
        }
        Arrays.sort(smallest);
        return Arrays.compare(ranks(atLeastMask[x]), smallest) <= 0;
    }

    /** a × b against c × d for values ≥ 0, exactly (128-bit products). */
    static int compareProducts(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, b);
        long otherHigh = Math.multiplyHigh(c, d);
        return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private boolean hitsSomethingNew(int i) {
        for (int j : masksWith[i]) {
            if (hit[j] == 0) {
                return true;
            }
        }
        return false;
    }

    private void include(int i) {
        for (int j : masksWith[i]) {
            if (hit[j]++ == 0) {
                for (int g : groupsOf[j]) {
                    if (--unhit[g] == 0) {
                        covered += weight[g];
                    }
                }
            }
        }
    }

    private void undoInclude(int i) {
        for (int j : masksWith[i]) {
            if (--hit[j] == 0) {
                for (int g : groupsOf[j]) {
                    if (unhit[g]++ == 0) {
                        covered -= weight[g];
                    }
                }
            }
        }
    }

    private void exclude(int i) {
        for (int j : masksWith[i]) {
            if (--alive[j] == 0) {
                for (int g : groupsOf[j]) {
                    if (dead[g]++ == 0) {
                        reachable -= weight[g];
                    }
                }
            }
        }
    }

    private void undoExclude(int i) {
        for (int j : masksWith[i]) {
            if (alive[j]++ == 0) {
                for (int g : groupsOf[j]) {
                    if (--dead[g] == 0) {
                        reachable += weight[g];
                    }
                }
            }
        }
    }

    /** Keeps the plan where it is the best met: for its own coverage, and for every coverage up to it. */
    private void record(long cost, int size, int mask) {
        int k = (int) covered;
        if (cost < bestCost[k] || cost == bestCost[k] && (size < bestSize[k]
                || size == bestSize[k] && Arrays.compare(ranks(mask), ranks(bestMask[k])) < 0)) {
            bestCost[k] = cost;
            bestSize[k] = size;
            bestMask[k] = mask;
        }
        // the order of atLeast: cost, size, more covered, ids; one that does not improve x improves nothing below
        for (int x = k; x >= 0 && better(cost, size, k, mask, x); x--) {
            atLeastCost[x] = cost;
            atLeastSize[x] = size;
            atLeastCovered[x] = k;
            atLeastMask[x] = mask;
        }
    }

    private boolean better(long cost, int size, long cov, int mask, int x) {
        if (cost != atLeastCost[x]) {
            return cost < atLeastCost[x];
        }
        if (size != atLeastSize[x]) {
            return size < atLeastSize[x];
        }
        if (cov != atLeastCovered[x]) {
            return cov > atLeastCovered[x];
        }
        return Arrays.compare(ranks(mask), ranks(atLeastMask[x])) < 0;
    }

    private int[] ranks(int mask) {
        int[] r = new int[Integer.bitCount(mask)];
        int k = 0;
        for (int bits = mask; bits != 0; bits &= bits - 1) {
            r[k++] = h.idRank[Integer.numberOfTrailingZeros(bits)];
        }
        Arrays.sort(r);
        return r;
    }

    private boolean[] flags(int mask) {
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            in[i] = (mask & 1 << i) != 0;
        }
        return in;
    }
}
