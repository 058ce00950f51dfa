package org.sepgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded store's Bolt connector has authentication on: its password is generated at first start and kept
 * owner-only in the data directory, or set by configuration; nothing else opens it, the default neo4j/neo4j
 * included.
 */
class EmbeddedAuthTest {
    private static void opens(String uri, AuthToken token) {
        try (var driver = GraphDatabase.driver(uri, token)) {
            driver.verifyConnectivity();
        }
    }

    private static void refuses(String uri, AuthToken token) {
        try (var driver = GraphDatabase.driver(uri, token)) {
            assertThrows(AuthenticationException.class, driver::verifyConnectivity);
        }
    }

    @Test
    void aGeneratedPasswordIsKeptOwnerOnlyAndNothingElseOpensTheStore() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "auth-");
        Credentials first = Credentials.of(dir, null, null);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, 0, 32L * 1024 * 1024, first)) {
            Path kept = dir.resolve("neo4j.password");
            assertEquals(first.password(), Files.readString(kept).strip());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
            assertTrue(first.password().length() >= 32, "192 random bits");
            opens(neo4j.boltUri(), AuthTokens.basic("neo4j", first.password()));
            refuses(neo4j.boltUri(), AuthTokens.none());
            refuses(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
            refuses(neo4j.boltUri(), AuthTokens.basic("neo4j", first.password() + "x"));
        }
        // the next start finds the same password
        Credentials again = Credentials.of(dir, null, null);
        assertEquals(first, again);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, 0, 32L * 1024 * 1024, again)) {
            opens(neo4j.boltUri(), AuthTokens.basic("neo4j", first.password()));
        }
        // a configured user and password take over; the default user goes
        Credentials configured = Credentials.of(dir, "sepgraph", "configured-secret");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, 0, 32L * 1024 * 1024, configured)) {
            opens(neo4j.boltUri(), AuthTokens.basic("sepgraph", "configured-secret"));
            refuses(neo4j.boltUri(), AuthTokens.basic("neo4j", first.password()));
        }
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Credentials("neo4j", "short"));
        assertTrue(e.getMessage().contains("SEPGRAPH_NEO4J_PASSWORD"), e.getMessage());
    }

    @Test
    void theStoreOpensWithItsKeptPassword() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "auth-store-");
        try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
            assertTrue(store.isReachable());
        }
    }
}
