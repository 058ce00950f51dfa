package org.sepgraph.queries.reach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.engine.Adjacency;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Epochs;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.MemberSet;
import org.sepgraph.queries.engine.Snapshot;

/**
 * Reach over time (issue 14): for each date of the series, what {@link ReachQuestion#reach} answers for that date on
 * the same snapshot ({@code reached}, {@code unknownExpiry}, {@code byRoute}, in the unit), computed faster than
 * asking it once per date. The candidates are taken once for the whole series — what the organisation's group owns
 * and what the scope of any licence it holds on any date names on any date — a superset of each date's; each is
 * solved ({@link PatentRights#right}, as Reach solves it) once per run of dates on which nothing its rights depend on
 * changes ({@link Epochs}), and a date counts the ones in force with a chain, in the unit. A patent with a chain on
 * D is always among Reach's candidates on D (owned by the group, or in the scope of a licence held on D), so the
 * counts are Reach's.
 *
 * <p>Cost: O(Σ scope of the licences ever held + candidates × dates), plus one rights solution per candidate and run.
 */
public final class ReachSeriesQuestion {
    private ReachSeriesQuestion() {}

    /** Unknown organisation: NotFound("id"). */
    public static ReachSeries series(Snapshot s, ReachSeriesRequest q) {
        int org = s.requireOrganization("id", q.organization());
        List<LocalDate> dates = q.series().dates();
        int n = dates.size();
        int[] days = dates.stream().mapToInt(Days::of).toArray();
        int[][] held = new int[n][];
        for (int i = 0; i < n; i++) {
            held[i] = PatentRights.held(s, org, days[i]);
        }
        int[] territories = ReachQuestion.codes(q.territories());
        Epochs epochs = new Epochs(s, days);

        long[] reached = new long[n];
        long[] unknown = new long[n];
        long[][] byRoute = new long[n][Route.values().length];
        for (int[] member : MemberSet.grouped(s, q.unit(), candidates(s, org, q.maxDepth(), territories))) {
            int m = member.length;
            int[][] runs = new int[m][];
            for (int k = 0; k < m; k++) {
                runs[k] = epochs.runs(member[k]);
            }
            Route[] route = new Route[m];
            int[] solvedRun = new int[m];
            Arrays.fill(solvedRun, -1);
            for (int i = 0; i < n; i++) {
                Route best = null;
                for (int k = 0; k < m; k++) {
                    int x = member[k];
                    if (!s.inForce(x, days[i])) {
                        continue;
                    }
                    if (solvedRun[k] != runs[k][i]) {
                        // the route is all a point counts: no chain is explained
                        Optional<PatentRights.Right> right =
                                new PatentRights(s, x, days[i]).right(org, q.maxDepth(), held[i]);
                        route[k] = right.map(PatentRights.Right::route).orElse(null);
                        solvedRun[k] = runs[k][i];
                    }
                    if (route[k] == null) {
                        continue;
                    }
                    if (s.unknownExpiry(x)) {
                        unknown[i]++;
                    }
                    if (best == null || route[k].ordinal() < best.ordinal()) {
                        best = route[k];
                    }
                }
                if (best != null) {
                    reached[i]++;
                    byRoute[i][best.ordinal()]++; // a family once, under the best route of its reached patents
                }
            }
        }

        List<ReachPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EnumMap<Route, Long> routes = new EnumMap<>(Route.class);
            for (Route r : Route.values()) {
                routes.put(r, byRoute[i][r.ordinal()]);
            }
            points.add(new ReachPoint(dates.get(i), reached[i], unknown[i], routes));
        }
        return new ReachSeries(q.organization(), q.series().from(), q.series().to(), q.series().step().toString(),
                q.maxDepth(), q.territories(), q.unit(), points);
    }

    /**
     * Every patent the organisation may reach on some date: its group's, and (maxDepth > 0) what any licence its
     * group holds names on any date — patents, families' patents, every patent ever in a named pool, the portfolios
     * of named organisations' groups; alive, in the territories.
     */
    static int[] candidates(Snapshot s, int org, int maxDepth, int[] territories) {
        BitSet out = new BitSet();
        Adjacency members = s.groups().members();
        int group = s.groups().of(org);
        for (int q = members.begin(group); q < members.end(group); q++) {
            owned(s, members.value(q), out);
        }
        if (maxDepth > 0) {
            Adjacency byGrantee = s.licenseIndex().byGrantee();
            for (int q = members.begin(group); q < members.end(group); q++) {
                int m = members.value(q);
                for (int p = byGrantee.begin(m); p < byGrantee.end(m); p++) {
                    int l = byGrantee.value(p);
                    if (s.licenses().alive(l) && (m == org || s.affiliates(l))) {
                        ReachQuestion.scope(s, l, ReachQuestion.ANY_DAY, out);
                    }
                }
            }
        }
        Ints kept = new Ints();
        for (int x = out.nextSetBit(0); x >= 0; x = out.nextSetBit(x + 1)) {
            if (s.patents().alive(x)
                    && (territories.length == 0 || Arrays.binarySearch(territories, s.jurisdiction(x)) >= 0)) {
                kept.add(x);
            }
        }
        return kept.toArray();
    }

    private static void owned(Snapshot s, int organization, BitSet out) {
        EdgeTable owns = s.owns();
        for (int r = owns.out().begin(organization); r < owns.out().end(organization); r++) {
            out.set(owns.to(owns.out().value(r)));
        }
    }


}
