package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.sepgraph.graph.store.Credentials;
import org.sepgraph.graph.store.EmbeddedNeo4j;

/**
 * With {@code sepgraph.neo4j.uri} set, the service starts no store of its own and works on that server: here a
 * Neo4j started separately, before the service, and checked afterwards through its own Bolt connection.
 */
@QuarkusTest
@TestProfile(ExternalNeo4jTest.External.class)
class ExternalNeo4jTest {
    static final Path UNUSED_DATA_DIR = Path.of("target/external-test-unused-data");

    @Test
    void theServiceWritesToTheServerNamedByUri() {
        given().contentType("application/json").body("{\"id\": \"remote\", \"name\": \"Remote Org\"}")
                .post("/api/v1/organizations").then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        // the server has authentication on: nobody gets in without the password
        try (var anonymous = GraphDatabase.driver(Server.uri, AuthTokens.none())) {
            assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
        }
        try (var driver = GraphDatabase.driver(Server.uri, AuthTokens.basic(Server.USER, Server.PASSWORD));
             var session = driver.session()) {
            assertEquals("Remote Org", session.run("MATCH (o:Organization {id: 'remote'}) RETURN o.name AS name")
                    .single().get("name").asString());
        }
        assertFalse(Files.exists(UNUSED_DATA_DIR), "no embedded store was started");
    }

    public static class External implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sepgraph.data-dir", UNUSED_DATA_DIR.toString());
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(Server.class));
        }
    }

    /** A Neo4j server of its own, on its own directory and Bolt port, started before the service. */
    public static class Server implements QuarkusTestResourceLifecycleManager {
        static final String USER = "sepgraph";
        static final String PASSWORD = "a-second-instance-knows-this";
        static String uri;
        private EmbeddedNeo4j neo4j;

        @Override
        public Map<String, String> start() {
            try {
                Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "external-neo4j-");
                neo4j = EmbeddedNeo4j.start(dir, 0, 32L * 1024 * 1024, new Credentials(USER, PASSWORD));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            uri = neo4j.boltUri();
            return Map.of("sepgraph.neo4j.uri", uri, "sepgraph.neo4j.user", USER, "sepgraph.neo4j.password", PASSWORD);
        }

        @Override
        public void stop() {
            if (neo4j != null) {
                neo4j.close();
            }
        }
    }
}
