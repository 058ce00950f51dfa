package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * Versions over HTTP: every write answers with the version it created, every answer with the version it was
 * computed on; a client reads its own writes; {@code minVersion} waits for a version and answers 503 when it does
 * not come; a write made around this instance (as another instance on the same store makes it) reaches the answers.
 */
@QuarkusTest
class VersionsApiTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void clean() {
        TestStore.empty(store);
    }

    static long version(Response r) {
        return Long.parseLong(r.getHeader("Sepgraph-Version"));
    }

    @Test
    void aWriteAnswersWithItsVersionAndTheNextAnswerIncludesIt() {
        long created = version(given().contentType("application/json").body("{\"id\": \"acme\", \"name\": \"Acme\"}")
                .post("/api/v1/organizations").then().statusCode(201).extract().response());
        Response reach = given().get("/api/v1/organizations/acme/reach").then().statusCode(200).extract().response();
        assertTrue(version(reach) >= created, "read your own write");
        long next = version(given().contentType("application/json").body("{\"id\": \"beta\", \"name\": \"Beta\"}")
                .post("/api/v1/organizations").then().statusCode(201).extract().response());
        assertEquals(created + 1, next, "one version per write");
        given().get("/api/v1/organizations/beta/reach?minVersion=" + next).then().statusCode(200)
                .header("Sepgraph-Version", Long.toString(next));
        // a store read says the version it began on
        assertTrue(version(given().get("/api/v1/organizations").then().statusCode(200).extract().response()) >= next);
    }

    @Test
    void aVersionThatDoesNotComeIs503AndABadOneIs400() {
        long head = version(given().contentType("application/json").body("{\"id\": \"acme\", \"name\": \"Acme\"}")
                .post("/api/v1/organizations").then().statusCode(201).extract().response());
        given().get("/api/v1/organizations/acme/reach?minVersion=" + (head + 1000)).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1").body("field", equalTo("minVersion"));
        given().get("/api/v1/organizations/acme/reach?minVersion=soon").then().statusCode(400)
                .body("field", equalTo("minVersion"));
        given().get("/api/v1/organizations/acme/reach?minVersion=-1").then().statusCode(400)
                .body("field", equalTo("minVersion"));
    }

    @Test
    void aWriteMadeAroundThisInstanceReachesItsAnswers() throws InterruptedException {
        // what another instance (or the command line) does: write to the store, not through this service
        long version = new Nodes<>(store, NodeKinds.ORGANIZATION)
                .create(new Organization("elsewhere", "Elsewhere", null, null), Origin.system("other instance"))
                .version();
        // asked for, it is waited for
        given().get("/api/v1/organizations/elsewhere/reach?minVersion=" + version).then().statusCode(200)
                .header("Sepgraph-Version", Long.toString(version));
        // not asked for, the follower brings it within a second
        Nodes<Organization> orgs = new Nodes<>(store, NodeKinds.ORGANIZATION);
        long later = orgs.create(new Organization("later", "Later", null, null), Origin.system("other instance"))
                .version();
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = given().get("/api/v1/organizations/later/reach").statusCode();
            Thread.sleep(20);
        }
        assertEquals(200, status, "version " + later + " reached this instance's answers within 1 s");
    }
}
