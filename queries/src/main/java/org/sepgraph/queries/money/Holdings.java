package org.sepgraph.queries.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The plan search's problem once the rules have been applied: the pools that may enter a plan (priced, adding
 * something, not dominated), ordered by cost then id, with their yearly costs as whole numbers at one scale; the
 * essential patents a plan must still pay for (not reached, in a family some pool can complete) with the pools
 * holding each; the families made of them; and {@code base}, the families the licensee reaches whole.
 */
final class Holdings {
    final String[] pools;
    final long[] cost;
    /** Rank of each pool's id among the pools' ids: ties between plans compare sorted id lists. */
    final int[] idRank;
    final int[][] holders;
    final int[][] families;
    final long base;

    Holdings(String[] pools, long[] cost, int[][] holders, int[][] families, long base) {
        this.pools = pools;
        this.cost = cost;
        this.holders = holders;
        this.families = families;
        this.base = base;
        Integer[] byId = new Integer[pools.length];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (a, b) -> pools[a].compareTo(pools[b]));
        idRank = new int[pools.length];
        for (int r = 0; r < byId.length; r++) {
            idRank[byId[r]] = r;
        }
    }

    int size() {
        return pools.length;
    }

    /** The families a set of pools covers, with the ones the licensee reaches whole. Cost: O(essential patents). */
    long covered(boolean[] in) {
        long n = base;
        for (int[] family : families) {
            if (Arrays.stream(family).allMatch(p -> Arrays.stream(holders[p]).anyMatch(i -> in[i]))) {
                n++;
            }
        }
        return n;
    }

    long cost(boolean[] in) {
        long c = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                c = Math.addExact(c, cost[i]);
            }
        }
        return c;
    }

    /**
     * The tie order between two plans of equal cost and coverage: fewer pools, then their ids compared as sorted
     * lists (element by element).
     */
    int tie(boolean[] a, boolean[] b) {
        int[] ra = ranks(a);
        int[] rb = ranks(b);
        if (ra.length != rb.length) {
            return Integer.compare(ra.length, rb.length);
        }
        return Arrays.compare(ra, rb);
    }

    private int[] ranks(boolean[] in) {
        int[] r = new int[in.length];
        int k = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                r[k++] = idRank[i];
            }
        }
        r = Arrays.copyOf(r, k);
        Arrays.sort(r);
        return r;
    }

    /**
     * The recommended plan and the frontier among {@code candidates}: the recommended one is the cheapest covering
     * at least {@code needed} families (or, when none does, as many as any candidate), ties by more covered, then
     * {@link #tie}; the frontier keeps, from the most covered down, each candidate cheaper than every one covering
     * more (the cheapest of its coverage, ties by {@link #tie}), listed by cost.
     */
    Result choose(List<Found> candidates, long needed) {
        long most = candidates.stream().mapToLong(Found::covered).max().orElse(base);
        long need = Math.min(needed, most);
        Comparator<Found> byTie = (a, b) -> tie(a.in(), b.in());
        Found best = candidates.stream().filter(f -> f.covered() >= need)
                .min(Comparator.comparingLong(Found::cost)
                        .thenComparing(Comparator.comparingLong(Found::covered).reversed())
                        .thenComparing(byTie))
                .orElseThrow();
        List<Found> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong(Found::covered).reversed()
                .thenComparingLong(Found::cost).thenComparing(byTie));
        List<Found> frontier = new ArrayList<>();
        long cheapest = Long.MAX_VALUE;
        for (Found f : sorted) {
            if (f.cost() < cheapest) {
                frontier.add(f);
                cheapest = f.cost();
            }
        }
        Collections.reverse(frontier);
        return new Result(best, frontier);
    }

    /** A plan found: its pools (as flags by index), cost and coverage. */
    record Found(boolean[] in, long cost, long covered) {}

    /** What a search returns: the recommended plan and the frontier, by cost (the best among them). */
    record Result(Found best, List<Found> frontier) {}
}
