package org.sepgraph.queries.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.Epochs;
import org.sepgraph.queries.engine.Essentials;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.MemberSet;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PatentRights;
import org.sepgraph.queries.reach.ReachQuestion;

/**
 * Coverage over time (issue 14): for each date of the series, exactly what {@link CoverageQuestion} answers for
 * that date on the same snapshot — E, covered, uncovered, ratio, unknownExpiry and byPool, with the family rule —
 * computed faster than asking it once per date. The rules are Coverage's, patent by patent: a patent of E is
 * covered on D when a pool holds it or a licence in force lawfully includes it (with a licensee: when the licensee
 * reaches it), and the answer for one patent can only change where one of the dates it depends on falls
 * ({@link Epochs}: its filing and expiry, its pool ranges, the ranges of the licences that may include it). So each
 * patent is solved once per run of dates on which none of those changes ({@link PatentRights}, as Coverage solves
 * it), and the families are counted per date from those answers.
 *
 * <p>Cost: O(candidates × dates) to count, plus one rights solution per patent and run (Coverage's per-patent
 * cost); a patent whose pools and licences do not change over the series is solved once or twice (before and
 * after its expiry) however many dates are asked, against once per date when Coverage is asked per date.
 */
public final class CoverageSeriesQuestion {
    private CoverageSeriesQuestion() {}

    /** How one patent stands on one run of dates: covered or not, and the pools credited for it. */
    private record Standing(boolean covered, int[] pools) {}

    /** Per pool: how many members it is credited with on each date, and the dates on which it is listed. */
    private record PoolDates(long[] credited, BitSet listed) {}

    /** Unknown standard: NotFound("id"); unknown licensee: NotFound("licensee"). */
    public static CoverageSeries series(Snapshot s, CoverageSeriesRequest q) {
        int standard = s.requireStandard("id", q.standard());
        int licensee = -1;
        if (q.licensee() != null) {
            licensee = s.requireOrganization("licensee", q.licensee());
        }
        List<LocalDate> dates = q.series().dates();
        int n = dates.size();
        int[] days = dates.stream().mapToInt(Days::of).toArray();
        int[][] held = new int[n][];
        if (licensee >= 0) {
            for (int i = 0; i < n; i++) {
                held[i] = PatentRights.held(s, licensee, days[i]);
            }
        }
        Epochs epochs = new Epochs(s, days);
        int[] candidates = Essentials.declared(s, standard, ReachQuestion.codes(q.territories()));

        long[] essential = new long[n];
        long[] covered = new long[n];
        long[] unknown = new long[n];
        Map<Integer, PoolDates> pools = new HashMap<>();
        for (int[] member : MemberSet.grouped(s, q.unit(), candidates)) {
            int m = member.length;
            int[][] runs = new int[m][];
            for (int k = 0; k < m; k++) {
                runs[k] = epochs.runs(member[k]);
            }
            Standing[] standing = new Standing[m];
            int[] solvedRun = new int[m];
            java.util.Arrays.fill(solvedRun, -1);
            Map<Integer, Integer> holding = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int inForce = 0;
                boolean allCovered = true;
                holding.clear();
                for (int k = 0; k < m; k++) {
                    int x = member[k];
                    if (!s.inForce(x, days[i])) {
                        continue;
                    }
                    if (solvedRun[k] != runs[k][i]) {
                        standing[k] = solve(s, x, days[i], licensee, held[i]);
                        solvedRun[k] = runs[k][i];
                    }
                    inForce++;
                    allCovered &= standing[k].covered();
                    if (s.unknownExpiry(x)) {
                        unknown[i]++;
                    }
                    for (int p : standing[k].pools()) {
                        holding.merge(p, 1, Integer::sum);
                    }
                }
                if (inForce == 0) {
                    continue;
                }
                essential[i]++;
                if (allCovered) {
                    covered[i]++;
                }
                for (Map.Entry<Integer, Integer> h : holding.entrySet()) {
                    PoolDates pd = pools.computeIfAbsent(h.getKey(), p -> new PoolDates(new long[n], new BitSet(n)));
                    pd.listed().set(i);
                    if (h.getValue() == inForce) {
                        pd.credited()[i]++; // the family rule: the pool holds every patent of the member in E
                    }
                }
            }
        }

        List<CoveragePoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<PoolCount> byPool = new ArrayList<>();
            for (Map.Entry<Integer, PoolDates> e : pools.entrySet()) {
                if (e.getValue().listed().get(i)) {
                    byPool.add(new PoolCount(s.pools().id(e.getKey()), e.getValue().credited()[i]));
                }
            }
            byPool.sort(Comparator.comparingLong(PoolCount::covered).reversed().thenComparing(PoolCount::pool));
            points.add(new CoveragePoint(dates.get(i), essential[i], covered[i], essential[i] - covered[i],
                    essential[i] == 0 ? 0.0 : (double) covered[i] / essential[i], unknown[i], byPool));
        }
        return new CoverageSeries(q.standard(), q.series().from(), q.series().to(), q.series().step().toString(),
                q.territories(), q.licensee(), q.unit(), points);
    }

    /** Coverage's answer for one patent of E on one day: pools holding it, and covered as Coverage decides. */
    private static Standing solve(Snapshot s, int x, int day, int licensee, int[] held) {
        PatentRights rights = new PatentRights(s, x, day);
        if (licensee < 0) {
            int[] pools = rights.pools();
            return new Standing(pools.length > 0 || !rights.lawfulClasses(Params.COVERAGE_DEPTH).isEmpty(), pools);
        }
        Optional<Chain> chain = rights.chain(licensee, Params.COVERAGE_DEPTH, held);
        if (chain.isEmpty()) {
            return new Standing(false, new int[0]);
        }
        Chain c = chain.get();
        boolean pool = "IN_POOL".equals(c.path().get(c.path().size() - 1).via());
        return new Standing(true, pool ? new int[] {s.pools().find(c.root())} : new int[0]);
    }

}
