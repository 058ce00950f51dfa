package org.sepgraph.graph.store;

import java.util.List;

/**
 * Constraints on every identity key, whose indexes are the only ones the questions seek (every question starts
 * from ids and then traverses); every statement is idempotent, so applying the schema at each start is safe.
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

    /**
     * Indexes of earlier versions on properties the questions only filter on after reaching a node by traversal
     * (jurisdiction, expiry, assessment, name). Neo4j never seeks them there, so they only cost writes (every
     * imported patent, declaration and licence updated them at commit); they are dropped at start.
     */
    static final List<String> RETIRED = List.of("patent_jurisdiction", "patent_expires", "organization_name",
            "declaration_assessment", "license_expires");

    private Schema() {}

    public static void apply(GraphStore store) {
        try (var session = store.session()) {
            for (String statement : CONSTRAINTS) {
                session.run(statement).consume();
            }
            for (String index : RETIRED) {
                session.run("DROP INDEX " + index + " IF EXISTS").consume();
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    /** Names of every constraint and index sepgraph declares, for checks. */
    public static List<String> names() {
        return CONSTRAINTS.stream().map(s -> s.split(" ")[2]).toList();
    }
}
