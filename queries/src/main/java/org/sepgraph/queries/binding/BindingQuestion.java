package org.sepgraph.queries.binding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Essentials;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.MemberSet;
import org.sepgraph.queries.engine.Snapshot;

/**
 * Binding of a standard and of a pool (DESIGN.md "Binding") on a snapshot. Cost: O(|E| × pools per patent²) for a
 * standard (the overlapping pairs); O(Σ |E| of its standards + patents it holds) for a pool.
 */
public final class BindingQuestion {
    private static final int REJECTED = Assessment.REJECTED.ordinal();

    private BindingQuestion() {}

    /** Binding(S): every pool that binds S or holds a member of E on the date. Unknown standard: NotFound("id"). */
    public static StandardBinding standard(Snapshot s, StandardBindingRequest q) {
        int standard = s.requireStandard("id", q.standard());
        int day = Days.of(q.asOf());
        int[] e = Essentials.of(s, standard, day, new int[0]);
        MemberSet members = new MemberSet(s, q.unit(), e);
        long essential = members.size();
        EdgeTable inPool = s.inPool();
        Map<String, BitSet> heldBy = new TreeMap<>();
        // the patents each pair of pools shares: sparse (pairs are many, each shares few of E)
        Map<String, Ints> shared = new TreeMap<>();
        for (int x : e) {
            TreeSet<String> pools = new TreeSet<>();
            for (int p = inPool.out().begin(x); p < inPool.out().end(x); p++) {
                int edge = inPool.out().value(p);
                if (s.heldOn(edge, day) && s.pools().alive(inPool.to(edge))) {
                    pools.add(s.pools().id(inPool.to(edge)));
                }
            }
            List<String> sorted = List.copyOf(pools);
            for (int i = 0; i < sorted.size(); i++) {
                heldBy.computeIfAbsent(sorted.get(i), k -> new BitSet()).set(x);
                for (int j = i + 1; j < sorted.size(); j++) {
                    String pair = sorted.get(i) + '\u0000' + sorted.get(j);
                    shared.computeIfAbsent(pair, k -> new Ints()).add(x);
                }
            }
        }
        // the pools: those binding S itself, and those holding a member of E
        TreeMap<String, Boolean> binds = new TreeMap<>();
        EdgeTable bindsTable = s.binds();
        for (int p = bindsTable.in().begin(standard); p < bindsTable.in().end(standard); p++) {
            int pool = bindsTable.from(bindsTable.in().value(p));
            if (s.pools().alive(pool)) {
                binds.put(s.pools().id(pool), true);
            }
        }
        heldBy.keySet().forEach(pool -> binds.putIfAbsent(pool, false));
        List<PoolShare> pools = new ArrayList<>();
        Map<String, List<String>> clusterPools = new TreeMap<>();
        EdgeTable inCluster = s.inCluster();
        EdgeTable licensorOf = s.licensorOf();
        binds.forEach((poolId, b) -> {
            int pool = s.pools().find(poolId);
            long covered = members.count(heldBy.getOrDefault(poolId, new BitSet()));
            TreeSet<String> licensors = new TreeSet<>();
            for (int p = licensorOf.in().begin(pool); p < licensorOf.in().end(pool); p++) {
                int o = licensorOf.from(licensorOf.in().value(p));
                if (s.organizations().alive(o)) {
                    licensors.add(s.organizations().id(o));
                }
            }
            pools.add(new PoolShare(poolId, b, covered, share(covered, essential), List.copyOf(licensors)));
            for (int p = inCluster.out().begin(pool); p < inCluster.out().end(pool); p++) {
                int c = inCluster.to(inCluster.out().value(p));
                if (s.clusters().alive(c)) {
                    clusterPools.computeIfAbsent(s.clusters().id(c), k -> new ArrayList<>()).add(poolId);
                }
            }
        });
        List<Overlap> overlaps = new ArrayList<>();
        shared.forEach((pair, patents) -> {
            String[] ab = pair.split("\u0000");
            overlaps.add(new Overlap(ab[0], ab[1], members.count(patents), patents.size()));
        });
        List<ClusterShare> clusters = new ArrayList<>();
        clusterPools.forEach((cluster, ps) -> {
            BitSet union = new BitSet();
            List<String> sortedPools = ps.stream().sorted().toList();
            sortedPools.forEach(p -> union.or(heldBy.getOrDefault(p, new BitSet())));
            long covered = members.count(union);
            clusters.add(new ClusterShare(cluster, covered, share(covered, essential), sortedPools));
        });
        long unknown = java.util.Arrays.stream(e).filter(s::unknownExpiry).count();
        return new StandardBinding(q.standard(), q.asOf(), q.unit(), essential, unknown, pools, overlaps, clusters);
    }

    /** Binding(P): each standard P binds with its share, and P's red flags. Unknown pool: NotFound("id"). */
    public static PoolBinding pool(Snapshot s, PoolBindingRequest q) {
        int pool = s.pools().find(q.pool());
        if (pool < 0) {
            throw new NotFound("id", "no pool with id '" + q.pool() + "'");
        }
        int day = Days.of(q.asOf());
        EdgeTable binds = s.binds();
        EdgeTable inPool = s.inPool();
        TreeMap<String, Integer> bound = new TreeMap<>();
        for (int p = binds.out().begin(pool); p < binds.out().end(pool); p++) {
            int std = binds.to(binds.out().value(p));
            if (s.standards().alive(std)) {
                bound.put(s.standards().id(std), std);
            }
        }
        BitSet heldNow = new BitSet();
        for (int p = inPool.in().begin(pool); p < inPool.in().end(pool); p++) {
            int edge = inPool.in().value(p);
            if (s.heldOn(edge, day) && s.patents().alive(inPool.from(edge))) {
                heldNow.set(inPool.from(edge));
            }
        }
        List<StandardShare> standards = new ArrayList<>();
        BitSet parts = new BitSet();
        bound.forEach((id, std) -> {
            for (int part : Essentials.parts(s, std)) {
                parts.set(part);
            }
            int[] e = Essentials.of(s, std, day, new int[0]);
            MemberSet members = new MemberSet(s, q.unit(), e);
            BitSet held = new BitSet();
            for (int x : e) {
                if (heldNow.get(x)) {
                    held.set(x);
                }
            }
            long covered = members.count(held);
            long unknown = java.util.Arrays.stream(e).filter(s::unknownExpiry).count();
            standards.add(new StandardShare(id, members.size(), covered, share(covered, members.size()), unknown));
        });
        TreeMap<String, RedFlag> flags = new TreeMap<>();
        EdgeTable declared = s.declared();
        for (int x = heldNow.nextSetBit(0); x >= 0; x = heldNow.nextSetBit(x + 1)) {
            long any = 0;
            long accepted = 0;
            for (int p = declared.out().begin(x); p < declared.out().end(x); p++) {
                int edge = declared.out().value(p);
                if (parts.get(declared.to(edge))) {
                    any++;
                    if (declared.get(Snapshot.DECLARED_ASSESSMENT, edge) != REJECTED) {
                        accepted++;
                    }
                }
            }
            Reason reason = any == 0 ? Reason.NOT_DECLARED : accepted == 0 ? Reason.REJECTED
                    : !s.inForce(x, day) ? Reason.NOT_IN_FORCE : null;
            if (reason != null) {
                String id = s.patents().id(x);
                flags.put(id, new RedFlag(id, reason));
            }
        }
        return new PoolBinding(q.pool(), q.asOf(), q.unit(), standards, List.copyOf(flags.values()));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
