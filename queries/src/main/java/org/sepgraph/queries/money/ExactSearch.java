package org.sepgraph.queries.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every subset of at most 25 pools, searched depth first with branch and bound. Each essential patent becomes the
 * bit mask of the pools holding it; a family needs each of its masks hit, so only its minimal masks are kept and
 * families with the same masks are one group with a weight. Adding or excluding a pool updates the covered
 * families and the most the subtree can still cover incrementally (O(masks with that pool)). A subtree is cut when
 * some plan already found covers at least as much as the subtree can, for less than the subtree's cheapest
 * addition would cost, or when nothing more can be covered there. For each coverage the cheapest plan (ties: fewer
 * pools, then ids) is kept; {@link Holdings#choose} reads the answer from them. Cost: O(2^n · masks per pool) in
 * the worst case, far less in practice.
 */
final class ExactSearch {
    private final Holdings h;
    private final int n;
    private final int[] maskOf;
    private final int[][] groupsOf;
    private final int[][] masksWith;
    private final long[] weight;
    private final int[] hit;
    private final int[] alive;
    private final int[] unhit;
    private final int[] dead;
    private long covered;
    private long reachable;
    private final long[] bestCost;
    private final int[] bestMask;
    private final long[] atLeast;

    ExactSearch(Holdings h) {
        if (h.size() > 30) {
            throw new IllegalArgumentException("the exact search takes at most 30 pools, got " + h.size());
        }
        this.h = h;
        this.n = h.size();
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
        for (int g = 0; g < groups.size(); g++) {
            weight[g] = weights.get(g);
            unhit[g] = groups.get(g).length;
            for (int m : groups.get(g)) {
                Integer j = maskIndex.get(m);
                if (j == null) {
                    j = groupsOfMask.size();
                    maskIndex.put(m, j);
                    groupsOfMask.add(new ArrayList<>());
                }
                groupsOfMask.get(j).add(g);
            }
        }
        maskOf = new int[groupsOfMask.size()];
        maskIndex.forEach((m, j) -> maskOf[j] = m);
        groupsOf = groupsOfMask.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        masksWith = new int[n][];
        for (int i = 0; i < n; i++) {
            final int bit = 1 << i;
            masksWith[i] = java.util.stream.IntStream.range(0, maskOf.length).filter(j -> (maskOf[j] & bit) != 0)
                    .toArray();
        }
        hit = new int[maskOf.length];
        alive = new int[maskOf.length];
        for (int j = 0; j < maskOf.length; j++) {
            alive[j] = Integer.bitCount(maskOf[j]);
        }
        long total = h.base + Arrays.stream(weight).sum();
        bestCost = new long[Math.toIntExact(total + 1)];
        bestMask = new int[bestCost.length];
        atLeast = new long[bestCost.length];
        Arrays.fill(bestCost, Long.MAX_VALUE);
        Arrays.fill(atLeast, Long.MAX_VALUE);
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
        record(0L, 0);
        search(0, 0L, 0);
        List<Holdings.Found> candidates = new ArrayList<>();
        for (int k = 0; k < bestCost.length; k++) {
            if (bestCost[k] != Long.MAX_VALUE) {
                candidates.add(new Holdings.Found(flags(bestMask[k]), bestCost[k], k));
            }
        }
        return h.choose(candidates, needed);
    }

    private void search(int i, long cost, int mask) {
        if (i == n || covered == reachable) {
            return; // no pool left, or nothing more to cover: every larger plan costs as much or more, with more pools
        }
        if (atLeast[(int) reachable] < cost + h.cost[i]) {
            return; // pools are ordered by cost: any addition here costs at least h.cost[i]
        }
        include(i);
        long withCost = cost + h.cost[i];
        int with = mask | 1 << i;
        record(withCost, with);
        search(i + 1, withCost, with);
        undoInclude(i);
        exclude(i);
        search(i + 1, cost, mask);
        undoExclude(i);
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

    private void record(long cost, int mask) {
        int k = (int) covered;
        if (cost < bestCost[k] || cost == bestCost[k] && h.tie(flags(mask), flags(bestMask[k])) < 0) {
            bestCost[k] = cost;
            bestMask[k] = mask;
            for (int j = k; j >= 0 && atLeast[j] > cost; j--) {
                atLeast[j] = cost;
            }
        }
    }

    private boolean[] flags(int mask) {
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            in[i] = (mask & 1 << i) != 0;
        }
        return in;
    }
}
