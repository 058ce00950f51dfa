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
            "CREATE CONSTRAINT license_id IF NOT EXISTS FOR (n:License) REQUIRE n.id IS UNIQUE",
            // the change log: one entry per version, one counter
            "CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE",
            "CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (n:Sequence) REQUIRE n.name IS UNIQUE",
            // API keys, found by id (a secret names its key)
            "CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE");

    /** The parts of large change entries, found by their version. */
    static final String CHANGE_PARTS = "CREATE INDEX change_part_seq IF NOT EXISTS FOR (n:ChangePart) ON (n.seq)";

    /**
     * The counter of versions, created once (0: no write yet). Bookkeeping nodes carry the label {@code Meta}, so
     * that counts and comparisons of the graph leave them out ({@link #DATA}).
     */
    static final String SEQUENCE = "MERGE (s:Sequence:Meta {name: 'changes'}) ON CREATE SET s.value = 0";

    /** A predicate for node {@code n} that keeps the graph's own nodes and leaves out the bookkeeping. */
    public static final String DATA = "NOT n:Meta";

    /**
     * Patents by any publication number: a full-text index whose keyword analyzer keeps each number whole, over the
     * id and the list of aliases (a range index cannot seek an element of a list, so a look-up by alias would scan
     * every patent).
     */
    static final String PATENT_NUMBERS = """
            CREATE FULLTEXT INDEX patent_numbers IF NOT EXISTS
            FOR (n:Patent) ON EACH [n.id, n.aliases]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}""";

    /**
     * Patents by the words of their titles: a full-text index whose analyzer splits a title into lower-case words
     * (stop words kept), so that a search of patents ({@code q}) finds titles through the index, not by reading every
     * patent (see {@code Nodes}).
     */
    static final String PATENT_TITLES = """
            CREATE FULLTEXT INDEX patent_titles IF NOT EXISTS
            FOR (n:Patent) ON EACH [n.title]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}""";

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
            // the full-text indexes first: they are populated in the background while each constraint's index is
            // populated before its statement returns (a store built offline has all of them to fill at once)
            session.run(PATENT_NUMBERS).consume();
            session.run(PATENT_TITLES).consume();
            session.run(CHANGE_PARTS).consume();
            for (String statement : CONSTRAINTS) {
                session.run(statement).consume();
            }
            try {
                session.run(SEQUENCE).consume();
            } catch (org.neo4j.driver.exceptions.ClientException e) {
                // another instance created the counter at the same moment: it exists, which is all we need
                if (!e.code().contains("ConstraintValidationFailed")) {
                    throw e;
                }
            }
            for (String index : RETIRED) {
                session.run("DROP INDEX " + index + " IF EXISTS").consume();
            }
            // a store built offline populates its indexes at the first start: at a million patents that takes minutes
            session.run("CALL db.awaitIndexes(1800)").consume();
        }
    }

    /** Names of the uniqueness constraints sepgraph declares, for checks. */
    public static List<String> constraintNames() {
        return CONSTRAINTS.stream().map(s -> s.split(" ")[2]).toList();
    }

    /** Names of the indexes sepgraph declares besides those of its constraints. */
    public static List<String> indexNames() {
        return List.of("patent_numbers", "patent_titles", "change_part_seq");
    }
}
