package org.sepgraph.queries.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.kinds.RoyaltyTermsProperty;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.LicenseKind;
import org.sepgraph.graph.model.OrganizationKind;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.graph.model.Role;
import org.sepgraph.queries.engine.SnapshotBuilder.Type;

/**
 * Reads the store into a {@link SnapshotBuilder}: every node and relationship (a load, each kind streamed once,
 * nodes before relationships), or only those a batch of changes names (a node or relationship the store no longer
 * holds is removed). Each kind has one RETURN clause, used by both.
 */
final class GraphReader {
    /** How the engine reads one node label: the fields it keeps, and how they go into the builder. */
    private record NodeRead(Label label, String collection, String fields, Put put) {}

    /** How the engine reads one relationship type. */
    private record EdgeRead(Type type, String collection, String fields, Put put) {}

    @FunctionalInterface
    private interface Put {
        void into(SnapshotBuilder b, Record r);
    }

    /** Nodes in the order their references need: a licence names organisations, pools, patents and families. */
    private static final List<NodeRead> NODES = List.of(
            new NodeRead(Label.Organization, "organizations", "n.kind AS kind, n.country AS country, n.name AS name",
                    (b, r) -> b.putOrganization(id(r), ordinal(OrganizationKind.class, r.get("kind"),
                            OrganizationKind.OTHER), r.get("country").asString(null), r.get("name").asString(null))),
            new NodeRead(Label.Alliance, "alliances", "", (b, r) -> b.put(Label.Alliance, id(r))),
            new NodeRead(Label.Family, "families", "", (b, r) -> b.put(Label.Family, id(r))),
            new NodeRead(Label.Patent, "patents", """
                    n.jurisdiction AS jurisdiction, n.type AS type, n.status AS status, n.filed AS filed,
                    n.granted AS granted, n.expires AS expires, n.aliases AS aliases,
                    head([(n)-[:IN_FAMILY]->(f:Family) | f.id]) AS family""",
                    (b, r) -> b.putPatent(id(r), r.get("jurisdiction").asString(null),
                            ordinal(PatentType.class, r.get("type"), PatentType.INVENTION),
                            ordinal(PatentStatus.class, r.get("status"), PatentStatus.GRANTED),
                            r.get("filed").asLocalDate(null), r.get("granted").asLocalDate(null),
                            r.get("expires").asLocalDate(null), r.get("family").asString(null),
                            texts(r.get("aliases")))),
            new NodeRead(Label.Standard, "standards", "[(n)-[:PART_OF]->(p:Standard) | p.id] AS partOf",
                    (b, r) -> b.putStandard(id(r), texts(r.get("partOf")))),
            new NodeRead(Label.Pool, "pools", "n.royaltyTerms AS royaltyTerms",
                    (b, r) -> b.putPool(id(r), terms(r))),
            new NodeRead(Label.PoolCluster, "clusters", "", (b, r) -> b.put(Label.PoolCluster, id(r))),
            new NodeRead(Label.License, "licenses", """
                    n.kind AS kind, n.granted AS granted, n.expires AS expires, n.territories AS territories,
                    coalesce(n.sublicensable, false) AS sublicensable, coalesce(n.affiliates, true) AS affiliates,
                    head([(n)-[:GRANTED_BY]->(o:Organization) | o.id]) AS grantorOrganization,
                    head([(n)-[:GRANTED_BY]->(p:Pool) | p.id]) AS grantorPool,
                    [(n)-[:GRANTED_TO]->(o:Organization) | o.id] AS grantees,
                    [(n)-[:COVERS]->(p:Patent) | p.id] AS patents,
                    [(n)-[:COVERS]->(f:Family) | f.id] AS families,
                    [(n)-[:COVERS]->(p:Pool) | p.id] AS pools,
                    [(n)-[:COVERS]->(o:Organization) | o.id] AS portfolios,
                    n.royaltyTerms AS royaltyTerms""",
                    (b, r) -> b.putLicense(id(r), ordinal(LicenseKind.class, r.get("kind"), LicenseKind.BILATERAL),
                            r.get("granted").asLocalDate(null), r.get("expires").asLocalDate(null),
                            texts(r.get("territories")), r.get("sublicensable").asBoolean(),
                            r.get("affiliates").asBoolean(), r.get("grantorOrganization").asString(null),
                            r.get("grantorPool").asString(null), texts(r.get("grantees")),
                            texts(r.get("patents")), texts(r.get("families")), texts(r.get("pools")),
                            texts(r.get("portfolios")), terms(r))));

    private static final List<EdgeRead> EDGES = List.of(
            new EdgeRead(Type.MEMBER_OF, "memberships", "r.role AS role, r.since AS since, r.until AS until",
                    (b, r) -> b.putEdge(Type.MEMBER_OF, from(r), to(r),
                            ordinal(Role.class, r.get("role"), Role.MEMBER), day(r.get("since")), day(r.get("until")))),
            new EdgeRead(Type.AFFILIATE_OF, "affiliations", "", (b, r) -> b.putEdge(Type.AFFILIATE_OF, from(r), to(r))),
            new EdgeRead(Type.OWNS, "ownerships", "r.share AS share",
                    (b, r) -> b.putEdge(Type.OWNS, from(r), to(r), r.get("share").isNull() ? Days.NONE
                            : Float.floatToIntBits((float) r.get("share").asDouble()))),
            new EdgeRead(Type.DECLARED_ESSENTIAL, "declarations", """
                    r.assessment AS assessment, r.date AS date, r.declarant AS declarant, r.version AS version""",
                    (b, r) -> b.putEdge(Type.DECLARED_ESSENTIAL, from(r), to(r),
                            ordinal(Assessment.class, r.get("assessment"), Assessment.DECLARED), day(r.get("date")),
                            b.declarant(r.get("declarant").asString(null)),
                            b.version(r.get("version").asString(null)))),
            new EdgeRead(Type.IN_POOL, "poolPatents", "r.since AS since, r.until AS until",
                    (b, r) -> b.putEdge(Type.IN_POOL, from(r), to(r), day(r.get("since")), day(r.get("until")))),
            new EdgeRead(Type.LICENSOR_OF, "licensors", "", (b, r) -> b.putEdge(Type.LICENSOR_OF, from(r), to(r))),
            new EdgeRead(Type.BINDS, "bindings", "", (b, r) -> b.putEdge(Type.BINDS, from(r), to(r))),
            new EdgeRead(Type.IN_CLUSTER, "clusterPools", "", (b, r) -> b.putEdge(Type.IN_CLUSTER, from(r), to(r))));

    private static final int BATCH = 10_000;

    private GraphReader() {}

    /** Every node and relationship into {@code b}, kind by kind, each streamed once. */
    static void readAll(TransactionContext tx, SnapshotBuilder b) {
        for (NodeRead n : NODES) {
            stream(tx, "MATCH (n:%s)\nRETURN n.id AS id%s".formatted(n.label().name(), fields(n.fields())), Map.of(),
                    r -> n.put().into(b, r));
        }
        for (EdgeRead e : EDGES) {
            stream(tx, "MATCH (a:%s)-[r:%s]->(b:%s)\nRETURN a.id AS from, b.id AS to%s".formatted(e.type().from.name(),
                    e.type().name(), e.type().to.name(), fields(e.fields())), Map.of(), r -> e.put().into(b, r));
        }
    }

    /**
     * What {@code changes} name, as the store holds it now, into {@code b}: each node or relationship read again by
     * its key, and removed when the store no longer holds it.
     */
    static void readChanged(TransactionContext tx, SnapshotBuilder b, List<Change> changes) {
        Map<String, List<String>> nodeIds = new HashMap<>();
        Map<String, List<Change>> edgeKeys = new HashMap<>();
        for (Change c : changes) {
            if (c.isNode()) {
                nodeIds.computeIfAbsent(c.collection(), k -> new ArrayList<>()).add(c.id());
            } else {
                edgeKeys.computeIfAbsent(c.collection(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Runnable> removals = new ArrayList<>();
        for (NodeRead n : NODES) {
            List<String> ids = nodeIds.getOrDefault(n.collection(), List.of()).stream().distinct().toList();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
                java.util.Set<String> found = new java.util.HashSet<>();
                stream(tx, byIds(n), Map.of("ids", chunk), r -> {
                            found.add(id(r));
                            n.put().into(b, r);
                        });
                chunk.stream().filter(id -> !found.contains(id))
                        .forEach(id -> removals.add(() -> b.remove(n.label(), id)));
            }
        }
        removals.forEach(Runnable::run);
        for (EdgeRead e : EDGES) {
            List<Change> keys = edgeKeys.getOrDefault(e.collection(), List.of());
            for (int from = 0; from < keys.size(); from += BATCH) {
                List<Change> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
                List<Map<String, Object>> rows = chunk.stream().map(c -> Map.<String, Object>of("from", c.from(),
                        "to", c.to(), "key", c.key())).toList();
                java.util.Set<String> found = new java.util.HashSet<>();
                stream(tx, byKeys(e), Map.of("rows", rows), r -> {
                            found.add(from(r) + '\u0000' + to(r) + '\u0000'
                                    + (e.type().key < 0 ? "" : r.get("version").asString("")));
                            e.put().into(b, r);
                        });
                for (Change c : chunk) {
                    String key = c.from() + '\u0000' + c.to() + '\u0000' + (e.type().key < 0 ? "" : c.key());
                    if (!found.contains(key)) {
                        b.removeEdge(e.type(), c.from(), c.to(), e.type().key < 0 ? 0 : b.knownVersion(c.key()));
                    }
                }
            }
        }
    }

    /** One node kind by the ids in {@code $ids}: a seek on the id constraint's index per id. */
    static String byIds(NodeRead n) {
        return """
                UNWIND $ids AS key
                MATCH (n:%1$s {id: key})
                USING INDEX n:%1$s(id)
                RETURN n.id AS id%2$s""".formatted(n.label().name(), fields(n.fields()));
    }

    /** One relationship type by the ends (and key) in {@code $rows}: a seek on the start's id, then its edges. */
    static String byKeys(EdgeRead e) {
        String keyFilter = e.type().key < 0 ? "" : "\nWHERE r.version = row.key";
        return """
                UNWIND $rows AS row
                MATCH (a:%1$s {id: row.from})
                USING INDEX a:%1$s(id)
                MATCH (a)-[r:%2$s]->(b:%3$s {id: row.to})%4$s
                RETURN a.id AS from, b.id AS to%5$s""".formatted(e.type().from.name(), e.type().name(),
                e.type().to.name(), keyFilter, fields(e.fields()));
    }

    /** Every statement that reads changed keys, for plan checks: none may scan a label. */
    static List<String> keyedStatements() {
        List<String> out = new ArrayList<>();
        NODES.forEach(n -> out.add(byIds(n)));
        EDGES.forEach(e -> out.add(byKeys(e)));
        return out;
    }

    private static void stream(TransactionContext tx, String cypher, Map<String, Object> params,
                               Consumer<Record> each) {
        var result = tx.run(cypher, params);
        while (result.hasNext()) {
            each.accept(result.next());
        }
    }

    private static String fields(String fields) {
        return fields.isBlank() ? "" : ",\n       " + fields.strip().replace("\n", "\n       ");
    }

    private static String id(Record r) {
        return r.get("id").asString();
    }

    private static String from(Record r) {
        return r.get("from").asString();
    }

    private static String to(Record r) {
        return r.get("to").asString();
    }

    private static int day(Value v) {
        return Days.of(v.asLocalDate(null));
    }

    /** The royalty terms a pool's or licence's property holds, parsed here: once per read of the node. */
    private static List<RoyaltyTerms> terms(Record r) {
        return RoyaltyTermsProperty.read(r.get("royaltyTerms").asString(null));
    }

    private static List<String> texts(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static <E extends Enum<E>> int ordinal(Class<E> type, Value v, E absent) {
        return v.isNull() ? absent.ordinal() : Enum.valueOf(type, v.asString()).ordinal();
    }
}
