package org.sepgraph.queries;

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
     * territory) -> Distinct) -> Projection with small per-patent expansions (IN_FAMILY, OWNS, IN_POOL,
     * OWNS->AFFILIATE_OF pruning expand). Cost: O(declarations to the parts + |E| × (owners' group size + pools)).
     */
    /** The essential set of $standard on $asOf, one row per member (one row with a null patent when E is empty). */
    public static final String ESSENTIAL = """
            // the essential set of $standard on $asOf: patents in force (in $territories) declared, other than REJECTED,
            // to $standard or a part of it at any depth; with each member's family, owners, the pools holding it on
            // $asOf and the organisations of its owners' groups
            MATCH (s:Standard {id: $standard})
            OPTIONAL CALL (s) {
              MATCH (s)<-[:PART_OF*0..]-(part:Standard)
              WITH DISTINCT part
              MATCH (part)<-[d:DECLARED_ESSENTIAL]-(x:Patent)
              WHERE coalesce(d.assessment, 'DECLARED') <> 'REJECTED'
                AND x.status IN ['GRANTED', 'PENDING']
                AND (x.filed IS NULL OR x.filed <= $asOf)
                AND (x.expires IS NULL OR $asOf <= x.expires)
                AND (size($territories) = 0 OR x.jurisdiction IN $territories)
              RETURN DISTINCT x
            }
            RETURN x.id AS patent,
                   x.jurisdiction AS jurisdiction,
                   COLLECT { MATCH (x)-[:IN_FAMILY]->(f:Family) RETURN f.id } AS families,
                   COLLECT { MATCH (x)<-[:OWNS]-(w:Organization) RETURN w.id } AS owners,
                   x.expires IS NULL AS unknownExpiry,
                   COLLECT {
                     MATCH (x)-[r:IN_POOL]->(p:Pool)
                     WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)
                     RETURN DISTINCT p.id
                   } AS pools,
                   COLLECT {
                     MATCH (x)<-[:OWNS]-(w:Organization)
                     CALL (w) {
                       MATCH (w)-[:AFFILIATE_OF*0..]-(m:Organization)
                       RETURN DISTINCT m
                     }
                     RETURN DISTINCT m.id
                   } AS portfolio
            """;

    /**
     * Runs {@link #ESSENTIAL} in the caller's transaction. Unknown standard: NotFound("id").
     * Cost: one round trip; rows = |E|.
     */
    public static EssentialSet load(TransactionContext tx, String standard, LocalDate asOf, Set<String> territories) {
        List<Record> rows = tx.run(ESSENTIAL, Map.of("standard", standard, "asOf", asOf,
                "territories", new ArrayList<>(new TreeSet<>(territories)))).list();
        if (rows.isEmpty()) {
            throw new NotFound("id", "no standard with id '" + standard + "'");
        }
        List<Essential> out = new ArrayList<>();
        for (Record r : rows) {
            if (r.get("patent").isNull()) {
                continue;
            }
            List<String> families = r.get("families").asList(Value::asString);
            out.add(new Essential(r.get("patent").asString(), r.get("jurisdiction").asString(null),
                    families.isEmpty() ? null : families.stream().sorted().findFirst().orElseThrow(),
                    sorted(r.get("owners").asList(Value::asString)), r.get("unknownExpiry").asBoolean(false),
                    sorted(r.get("pools").asList(Value::asString)), sorted(r.get("portfolio").asList(Value::asString))));
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
