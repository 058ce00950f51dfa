package org.sepgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Pool;

/** With a URI, sepgraph connects to that server (here a Neo4j Harness server) and starts nothing itself. */
class ExternalServerTest {
    @Test
    void connectsToAServerStartedSeparately() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "harness-");
        try (Neo4j server = Neo4jBuilders.newInProcessBuilder(dir).withDisabledServer().build()) {
            StoreSettings settings = StoreSettings.external(server.boltURI().toString(), null, null);
            Pool pool = new Pool("hevc", "HEVC Advance", "Access Advance", null);
            try (GraphStore store = GraphStore.open(settings)) {
                assertFalse(store.isEmbedded());
                new Nodes<>(store, NodeKinds.POOL).create(pool);
            }
            // the write went to the separate server, seen through its own API
            try (var tx = server.defaultDatabaseService().beginTx()) {
                assertEquals("HEVC Advance", tx.findNode(org.neo4j.graphdb.Label.label("Pool"), "id", "hevc")
                        .getProperty("name"));
                assertEquals(1L, tx.execute("SHOW CONSTRAINTS YIELD name WHERE name = 'patent_id' RETURN count(*) AS c")
                        .next().get("c"));
            }
        }
    }
}
