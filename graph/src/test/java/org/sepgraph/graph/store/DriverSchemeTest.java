package org.sepgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Where sepgraph runs beyond one machine (Aura, TLS clusters): the driver's encryption follows the URI's scheme —
 * our config must not force one, or the driver would refuse +s and +ssc URIs — and the database name reaches every
 * session. The drivers below are built without connecting (no TLS server exists here).
 */
class DriverSchemeTest {
    @ParameterizedTest
    @CsvSource({
            "bolt://db.example.org:7687, false",
            "neo4j://db.example.org:7687, false",
            "bolt+s://db.example.org:7687, true",
            "neo4j+s://abcd1234.databases.neo4j.io, true",
            "bolt+ssc://db.example.org:7687, true",
            "neo4j+ssc://db.example.org:7687, true"})
    void encryptionFollowsTheScheme(String uri, boolean encrypted) {
        try (Driver driver = GraphStore.driver(uri, AuthTokens.basic("neo4j", "not-used-here"))) {
            assertEquals(encrypted, driver.isEncrypted(), uri);
        }
    }

    @Test
    void theConfiguredDatabaseIsTheOneSessionsUse() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "harness-db-");
        try (Neo4j server = Neo4jBuilders.newInProcessBuilder(dir).withDisabledServer().build()) {
            String uri = server.boltURI().toString();
            // Neo4j's default database named explicitly works ...
            try (GraphStore store = GraphStore.open(new StoreSettings(uri, null, null, null, 0, 0, "neo4j"))) {
                assertTrue(store.isReachable());
            }
            // ... and a name the server does not have is asked for, and refused by the server
            Neo4jException refused = assertThrows(Neo4jException.class,
                    () -> GraphStore.open(new StoreSettings(uri, null, null, null, 0, 0, "patents2026")).close());
            assertTrue(refused.getMessage().contains("patents2026"), refused.getMessage());
        }
    }
}
