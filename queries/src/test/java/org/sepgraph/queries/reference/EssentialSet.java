package org.sepgraph.queries.reference;

import static org.sepgraph.queries.reference.Fragments.essentialSet;
import static org.sepgraph.queries.reference.Fragments.group;
import static org.sepgraph.queries.reference.Fragments.heldOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.coverage.Coverage;

/**
 * The essential set E of a standard on a date (DESIGN.md "Coverage"): patents in force, in the territories if
 * given, with a declaration that is not REJECTED to the standard or to a standard that is PART_OF it at any depth.
 * Each member comes with what Coverage and Binding need to know about it, so both questions start from one query.
 */
public record EssentialSet(String standard, List<Essential> patents) {

    /**
     * One member of E: its family (null if none), owners, whether its expiry is unknown, the pools holding it on the
     * date, and the organisations of its owners' groups (who may license it at depth 0, and whose portfolio
     * licences include it).
     */
    public record Essential(String patent, String jurisdiction, String family, List<String> owners,
                            boolean unknownExpiry, List<String> pools, List<String> portfolio) {}

    /*
     * Plan (EXPLAIN, Neo4j 5.26): NodeUniqueIndexSeek(Standard.id) -> Apply(VarLengthExpand(Pruning, BFS) PART_OF
     * <- (the parts, each once) -> Expand(All) DECLARED_ESSENTIAL <- -> Filter(assessment, status, dates,
     * territory) -> Distinct) -> Projection with small per-patent expansions (IN_FAMILY, OWNS, IN_POOL).
     * Cost: O(declarations to the parts + |E| × (relationships of a patent)).
     */
    /** The essential set of $standard on $asOf, one row per member (one row with a null patent when E is empty). */
    public static final String ESSENTIAL = """
            // the essential set of $standard on $asOf: patents in force (in $territories) declared, other than REJECTED,
            // to $standard or a part of it at any depth; with each member's family, owners and the pools holding it
            // on $asOf
            MATCH (s:Standard {id: $standard})
            %1$s
            RETURN x.id AS patent,
                   x.jurisdiction AS jurisdiction,
                   COLLECT { MATCH (x)-[:IN_FAMILY]->(f:Family) RETURN f.id } AS families,
                   COLLECT { MATCH (x)<-[:OWNS]-(w:Organization) RETURN w.id } AS owners,
                   x.expires IS NULL AS unknownExpiry,
                   COLLECT {
                     MATCH (x)-[r:IN_POOL]->(p:Pool)
                     WHERE %2$s
                     RETURN DISTINCT p.id
                   } AS pools
            """.formatted(essentialSet("s", "x", 0), heldOn("r"));

    /*
     * Plan: NodeUniqueIndexSeek(Organization.id) per owner -> VarLengthExpand(Pruning, BFS) AFFILIATE_OF.
     * Asked once per distinct owner of E rather than once per member: a few big holders own most of a standard's
     * essential patents, and walking a holder's group again for each of its thousands of patents was half the
     * cost of Coverage (PROFILE on the medium bench tier: 528k of 740k db hits).
     */
    /** The corporate group of each organisation of $owners (itself included). */
    public static final String GROUPS = """
            // the organisations of the corporate group of each owner of $owners, the owner itself included
            UNWIND $owners AS ownerId
            MATCH (w:Organization {id: ownerId})
            USING INDEX w:Organization(id)
            %s
            RETURN w.id AS owner, collect(m.id) AS group
            """.formatted(group("w", "m", 0));

    /**
     * Runs {@link #ESSENTIAL} and {@link #GROUPS} in the caller's transaction; each member's portfolio is the
     * union of its owners' groups. Unknown standard: NotFound("id"). Cost: two round trips; rows = |E| + owners.
     */
    public static EssentialSet load(TransactionContext tx, String standard, LocalDate asOf, Set<String> territories) {
        return load(tx, standard, asOf, territories, true);
    }

    /**
     * As {@link #load(TransactionContext, String, LocalDate, Set)}; without {@code portfolios} the members'
     * portfolios are left empty and the second round trip is saved (Binding does not need them).
     */
    public static EssentialSet load(TransactionContext tx, String standard, LocalDate asOf, Set<String> territories,
                                    boolean portfolios) {
        List<Record> rows = tx.run(ESSENTIAL, Map.of("standard", standard, "asOf", asOf,
                "territories", new ArrayList<>(new TreeSet<>(territories)))).list();
        if (rows.isEmpty()) {
            throw new NotFound("id", "no standard with id '" + standard + "'");
        }
        Map<String, List<String>> groups = new HashMap<>();
        if (portfolios) {
            Set<String> owners = new TreeSet<>();
            rows.forEach(r -> owners.addAll(r.get("owners").asList(Value::asString)));
            if (!owners.isEmpty()) {
                tx.run(GROUPS, Map.of("owners", List.copyOf(owners))).forEachRemaining(r ->
                        groups.put(r.get("owner").asString(), r.get("group").asList(Value::asString)));
            }
        }
        List<Essential> out = new ArrayList<>();
        for (Record r : rows) {
            if (r.get("patent").isNull()) {
                continue;
            }
            List<String> families = r.get("families").asList(Value::asString);
            List<String> owners = r.get("owners").asList(Value::asString);
            Set<String> portfolio = new TreeSet<>();
            owners.forEach(w -> portfolio.addAll(groups.getOrDefault(w, List.of())));
            out.add(new Essential(r.get("patent").asString(), r.get("jurisdiction").asString(null),
                    families.isEmpty() ? null : families.stream().sorted().findFirst().orElseThrow(),
                    sorted(owners), r.get("unknownExpiry").asBoolean(false),
                    sorted(r.get("pools").asList(Value::asString)), List.copyOf(portfolio)));
        }
        out.sort(java.util.Comparator.comparing(Essential::patent));
        return new EssentialSet(standard, out);
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    /** The members of E in {@code unit} (family rule). */
    public Members members(Unit unit) {
        Map<String, String> family = new HashMap<>();
        patents.forEach(e -> family.put(e.patent(), e.family()));
        return Members.of(unit, patents.stream().map(Essential::patent).toList(), family::get);
    }

    /** How many members of E have no expiry date (they count as in force). */
    public long unknownExpiry() {
        return patents.stream().filter(Essential::unknownExpiry).count();
    }
}
