package org.sepgraph.queries.reference;

import static org.sepgraph.queries.reference.Fragments.essentialSet;
import static org.sepgraph.queries.reference.Fragments.heldOn;
import static org.sepgraph.queries.reference.Fragments.inForce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.binding.ClusterShare;
import org.sepgraph.queries.binding.Overlap;
import org.sepgraph.queries.binding.PoolBinding;
import org.sepgraph.queries.binding.PoolBindingRequest;
import org.sepgraph.queries.binding.PoolShare;
import org.sepgraph.queries.binding.Reason;
import org.sepgraph.queries.binding.RedFlag;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.binding.StandardShare;
import org.sepgraph.queries.reference.EssentialSet.Essential;

/** The Binding question, of a standard and of a pool (DESIGN.md "Binding"). */
public final class BindingQueries {

    /*
     * Plan (EXPLAIN, Neo4j 5.26): NodeUniqueIndexSeek(Standard.id) -> Apply(Union(Expand(All) BINDS <- Pool;
     * NodeUniqueIndexSeek(Pool.id) per listed pool) -> Distinct) -> Projection with SemiApply for binds and
     * small expansions for LICENSOR_OF and IN_CLUSTER. Cost: O(pools × (licensors + clusters)).
     */
    /** Binding(S), pools: those that bind the standard or hold a member of E, with licensors and clusters. */
    public static final String POOLS = """
            // the pools that bind $standard or are in $pools (those holding a member of its essential set): whether
            // each binds $standard itself, its licensors and its clusters
            MATCH (s:Standard {id: $standard})
            CALL (s) {
              MATCH (p:Pool)-[:BINDS]->(s)
              RETURN p
              UNION
              UNWIND $pools AS id
              MATCH (p:Pool {id: id})
              USING INDEX p:Pool(id)
              RETURN p
            }
            RETURN p.id AS pool,
                   EXISTS { (p)-[:BINDS]->(s) } AS binds,
                   COLLECT { MATCH (o:Organization)-[:LICENSOR_OF]->(p) RETURN o.id } AS licensors,
                   COLLECT { MATCH (p)-[:IN_CLUSTER]->(c:PoolCluster) RETURN c.id } AS clusters
            """;

    /*
     * Plan: NodeUniqueIndexSeek(Pool.id) -> OptionalExpand(All) BINDS -> Apply(VarLengthExpand(Pruning, BFS)
     * PART_OF <- -> Expand(All) DECLARED_ESSENTIAL <- -> Filter -> Distinct) -> Projection with SemiApply over
     * IN_POOL(Into) for held. Cost: O(Σ over bound standards of their declarations).
     */
    /** Binding(P), standards: each standard the pool binds with the members of its E and whether the pool holds them. */
    public static final String STANDARDS = """
            // the standards $pool binds, and for each the members of its essential set on $asOf (any territory:
            // $territories is empty) with whether $pool holds them on $asOf
            MATCH (pool:Pool {id: $pool})
            OPTIONAL MATCH (pool)-[:BINDS]->(s:Standard)
            %1$s
            RETURN s.id AS standard,
                   x.id AS patent,
                   COLLECT { MATCH (x)-[:IN_FAMILY]->(f:Family) RETURN f.id } AS families,
                   x.expires IS NULL AS unknownExpiry,
                   EXISTS {
                     MATCH (x)-[r:IN_POOL]->(pool)
                     WHERE %2$s
                   } AS held
            """.formatted(essentialSet("s", "x", 0), heldOn("r"));

    /*
     * Plan: NodeUniqueIndexSeek(Pool.id) -> Apply(the bound standards and their parts: Expand BINDS ->
     * VarLengthExpand(Pruning) PART_OF <- -> collect) -> Expand(All) IN_POOL <- Patent -> Filter(dates)
     * -> Projection with two COUNT subqueries over DECLARED_ESSENTIAL. Cost: O(patents held × declarations each).
     */
    /** Binding(P), red flags: each patent held on the date, its declarations to the bound standards, and whether in force. */
    public static final String RED_FLAGS = """
            // each patent $pool holds on $asOf: how many declarations it has to a standard $pool binds or a part of
            // one, how many of those are not REJECTED, and whether it is in force on $asOf
            MATCH (pool:Pool {id: $pool})
            CALL (pool) {
              OPTIONAL MATCH (pool)-[:BINDS]->(:Standard)<-[:PART_OF*0..]-(part:Standard)
              RETURN collect(DISTINCT part) AS parts
            }
            MATCH (pool)<-[r:IN_POOL]-(x:Patent)
            WHERE %2$s
            RETURN DISTINCT x.id AS patent,
                   COUNT { MATCH (x)-[d:DECLARED_ESSENTIAL]->(t:Standard) WHERE t IN parts } AS declared,
                   COUNT {
                     MATCH (x)-[d:DECLARED_ESSENTIAL]->(t:Standard)
                     WHERE t IN parts AND coalesce(d.assessment, 'DECLARED') <> 'REJECTED'
                   } AS accepted,
                   %1$s AS inForce
            """.formatted(inForce("x"), heldOn("r"));

    private final GraphStore store;

    public BindingQueries(GraphStore store) {
        this.store = store;
    }

    /**
     * Binding(S): the pools serving a standard on asOf, their overlaps and clusters. Unknown standard:
     * NotFound("id"). Cost: two round trips; O(|E| × pools per patent²) in Java.
     */
    public StandardBinding standard(StandardBindingRequest q) {
        String std = q.standard();
        LocalDate date = q.asOf();
        Unit u = q.unit();
        return store.read(tx -> {
            EssentialSet e = EssentialSet.load(tx, std, date, Set.of(), false);
            Set<String> holding = new TreeSet<>();
            e.patents().forEach(x -> holding.addAll(x.pools()));
            List<Record> pools = tx.run(POOLS, Map.of("standard", std, "pools", List.copyOf(holding))).list();
            return standardBinding(e, date, u, pools);
        });
    }

    private static StandardBinding standardBinding(EssentialSet e, LocalDate asOf, Unit unit, List<Record> poolRows) {
        Members members = e.members(unit);
        long essential = members.size();
        Map<String, Set<String>> heldBy = new TreeMap<>();
        Map<List<String>, Set<String>> shared = new TreeMap<>(
                (x, y) -> x.get(0).equals(y.get(0)) ? x.get(1).compareTo(y.get(1)) : x.get(0).compareTo(y.get(0)));
        for (Essential x : e.patents()) {
            List<String> pools = x.pools(); // sorted
            for (int i = 0; i < pools.size(); i++) {
                heldBy.computeIfAbsent(pools.get(i), k -> new HashSet<>()).add(x.patent());
                for (int j = i + 1; j < pools.size(); j++) {
                    shared.computeIfAbsent(List.of(pools.get(i), pools.get(j)), k -> new HashSet<>()).add(x.patent());
                }
            }
        }
        List<PoolShare> pools = new ArrayList<>();
        Map<String, List<String>> clusterPools = new TreeMap<>();
        Map<String, Boolean> binds = new TreeMap<>();
        Map<String, List<String>> licensors = new HashMap<>();
        for (Record r : poolRows) {
            String pool = r.get("pool").asString();
            binds.put(pool, r.get("binds").asBoolean(false));
            licensors.put(pool, List.copyOf(new TreeSet<>(r.get("licensors").asList(Value::asString))));
            for (String c : r.get("clusters").asList(Value::asString)) {
                clusterPools.computeIfAbsent(c, k -> new ArrayList<>()).add(pool);
            }
        }
        binds.forEach((pool, b) -> {
            long covered = members.count(heldBy.getOrDefault(pool, Set.of()));
            pools.add(new PoolShare(pool, b, covered, Members.share(covered, essential), licensors.get(pool)));
        });
        List<Overlap> overlaps = new ArrayList<>();
        shared.forEach((pair, patents) -> {
            // the family rule applies to each pool: a family is shared when both pools hold all its patents in E,
            // i.e. all of them are among the patents both hold. Counted from those patents alone: walking all of E
            // for each pair took minutes at the large bench tier (hundreds of pools hold patents of a hot standard)
            long both = members.count(patents);
            overlaps.add(new Overlap(pair.get(0), pair.get(1), both, patents.size()));
        });
        List<ClusterShare> clusters = new ArrayList<>();
        clusterPools.forEach((cluster, members0) -> {
            Set<String> union = new HashSet<>();
            List<String> sortedPools = members0.stream().sorted().toList();
            sortedPools.forEach(p -> union.addAll(heldBy.getOrDefault(p, Set.of())));
            long covered = members.count(union);
            clusters.add(new ClusterShare(cluster, covered, Members.share(covered, essential), sortedPools));
        });
        return new StandardBinding(e.standard(), asOf, unit, essential, e.unknownExpiry(), pools, overlaps, clusters);
    }

    /**
     * Binding(P): the standards a pool binds with the share of each one's E it holds on asOf, and its red flags.
     * Unknown pool: NotFound("id"). Cost: two round trips; rows = Σ |E| of the bound standards + patents held.
     */
    public PoolBinding pool(PoolBindingRequest q) {
        String id = q.pool();
        LocalDate date = q.asOf();
        Unit u = q.unit();
        return store.read(tx -> {
            Map<String, Object> params = Map.of("pool", id, "asOf", date, "territories", List.of());
            List<Record> standardRows = tx.run(STANDARDS, params).list();
            if (standardRows.isEmpty()) {
                throw new NotFound("id", "no pool with id '" + id + "'");
            }
            List<Record> flagRows = tx.run(RED_FLAGS, params).list();
            return poolBinding(id, date, u, standardRows, flagRows);
        });
    }

    private static PoolBinding poolBinding(String pool, LocalDate asOf, Unit unit, List<Record> standardRows,
                                           List<Record> flagRows) {
        Map<String, Map<String, String>> familyOf = new TreeMap<>();
        Map<String, Set<String>> held = new HashMap<>();
        Map<String, Long> unknown = new HashMap<>();
        for (Record r : standardRows) {
            String standard = r.get("standard").asString(null);
            if (standard == null) {
                continue;
            }
            Map<String, String> patents = familyOf.computeIfAbsent(standard, k -> new HashMap<>());
            String patent = r.get("patent").asString(null);
            if (patent == null) {
                continue;
            }
            List<String> families = r.get("families").asList(Value::asString);
            patents.put(patent, families.isEmpty() ? null : new TreeSet<>(families).first());
            if (r.get("held").asBoolean(false)) {
                held.computeIfAbsent(standard, k -> new HashSet<>()).add(patent);
            }
            if (r.get("unknownExpiry").asBoolean(false)) {
                unknown.merge(standard, 1L, Long::sum);
            }
        }
        List<StandardShare> standards = new ArrayList<>();
        familyOf.forEach((standard, patents) -> {
            Members members = Members.of(unit, new TreeSet<>(patents.keySet()), patents::get);
            long covered = members.count(held.getOrDefault(standard, Set.of()));
            standards.add(new StandardShare(standard, members.size(), covered,
                    Members.share(covered, members.size()), unknown.getOrDefault(standard, 0L)));
        });
        Map<String, RedFlag> flags = new TreeMap<>();
        for (Record r : flagRows) {
            String patent = r.get("patent").asString();
            Reason reason = r.get("declared").asLong() == 0 ? Reason.NOT_DECLARED
                    : r.get("accepted").asLong() == 0 ? Reason.REJECTED
                    : !r.get("inForce").asBoolean(false) ? Reason.NOT_IN_FORCE
                    : null;
            if (reason != null) {
                flags.put(patent, new RedFlag(patent, reason));
            }
        }
        return new PoolBinding(pool, asOf, unit, standards, List.copyOf(flags.values()));
    }
}
