package org.sepgraph.graph.store;

import java.util.List;

/**
 * Constraints on every identity key and the indexes the questions use; every statement is idempotent
 * ({@code IF NOT EXISTS}), so applying the schema at each start is safe.
 */
public final class Schema {
    /** One uniqueness constraint per node label; it also gives the index every lookup by id uses. */
    static final List<String> CONSTRAINTS = List.of(
            "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT patent_id IF NOT EXISTS FOR (n:Patent) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT family_id IF NOT EXISTS FOR (n:Family) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT standard_id IF NOT EXISTS FOR (n:Standard) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT pool_id IF NOT EXISTS FOR (n:Pool) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT pool_cluster_id IF NOT EXISTS FOR (n:PoolCluster) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT license_id IF NOT EXISTS FOR (n:License) REQUIRE n.id IS UNIQUE");

    /** Filters the questions apply after reaching patents: jurisdiction (territory), status and expiry (as-of). */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX patent_jurisdiction IF NOT EXISTS FOR (n:Patent) ON (n.jurisdiction)",
            "CREATE INDEX patent_expires IF NOT EXISTS FOR (n:Patent) ON (n.expires)",
            "CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)",
            "CREATE INDEX declaration_assessment IF NOT EXISTS FOR ()-[d:DECLARED_ESSENTIAL]-() ON (d.assessment)",
            "CREATE INDEX license_expires IF NOT EXISTS FOR (n:License) ON (n.expires)");

    private Schema() {}

    public static void apply(GraphStore store) {
        try (var session = store.session()) {
            for (String statement : CONSTRAINTS) {
                session.run(statement).consume();
            }
            for (String statement : INDEXES) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    /** Names of every constraint and index sepgraph declares, for checks. */
    public static List<String> names() {
        return java.util.stream.Stream.concat(CONSTRAINTS.stream(), INDEXES.stream())
                .map(s -> s.split(" ")[2]).toList();
    }
}
