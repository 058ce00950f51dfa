package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * The questions over HTTP on a graph small enough to answer by hand (the query layer's own fixture covers the
 * rules in depth). Graph: standard S with part S1; patents US1 and CN1 (family F) and US2, all declared to S1 and
 * owned by acme, US3 declared but expired in 2020; pool P binds S and holds US1 and US2 since 2021; licence L from
 * P to buyer over P's holdings, 2021–2030.
 * <ul>
 * <li>Coverage of S on 2025-01-01, by patent: E = {US1, CN1, US2} (US3 expired), covered US1 and US2 (in P) → 2 of 3;
 * by family: F {US1, CN1} is not covered (CN1 is not), US2 is → 1 of 2; in territory US: 2 of 2.</li>
 * <li>Reach of buyer on 2025-01-01: US1 and US2, route POOL through L, root P.</li>
 * <li>Binding of S: P binds, covers 1 of 2 families; of P: red flag none (both in force and declared).</li>
 * </ul>
 */
@QuarkusTest
class QuestionsApiTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void build() {
        TestStore.empty(store);
        CrudTest.post("/api/v1/organizations", "{\"id\": \"acme\", \"name\": \"Acme\"}");
        CrudTest.post("/api/v1/organizations", "{\"id\": \"buyer\", \"name\": \"Buyer\"}");
        CrudTest.post("/api/v1/standards", "{\"id\": \"S\"}");
        CrudTest.post("/api/v1/standards", "{\"id\": \"S1\", \"partOf\": [\"S\"]}");
        CrudTest.post("/api/v1/families", "{\"id\": \"F\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"US1\", \"family\": \"F\", \"expires\": \"2035-01-01\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"CN1\", \"family\": \"F\", \"expires\": \"2035-01-01\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"US2\", \"expires\": \"2035-01-01\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"US3\", \"expires\": \"2020-01-01\"}");
        for (String p : new String[] {"US1", "CN1", "US2", "US3"}) {
            CrudTest.post("/api/v1/ownerships", "{\"organization\": \"acme\", \"patent\": \"" + p + "\"}");
            CrudTest.post("/api/v1/declarations", "{\"patent\": \"" + p + "\", \"standard\": \"S1\"}");
        }
        CrudTest.post("/api/v1/pools", "{\"id\": \"P\", \"name\": \"Pool\"}");
        CrudTest.post("/api/v1/bindings", "{\"pool\": \"P\", \"standard\": \"S\"}");
        CrudTest.post("/api/v1/pool-patents", "{\"pool\": \"P\", \"patent\": \"US1\", \"since\": \"2021-01-01\"}");
        CrudTest.post("/api/v1/pool-patents", "{\"pool\": \"P\", \"patent\": \"US2\", \"since\": \"2021-01-01\"}");
        CrudTest.post("/api/v1/licenses", """
                {"id": "L", "kind": "POOL", "grantor": {"pool": "P"}, "grantees": ["buyer"],
                 "granted": "2021-01-01", "expires": "2030-12-31", "scope": {"pools": ["P"]}}""");
    }

    @Test
    void coverageByPatentFamilyAndTerritory() {
        given().get("/api/v1/standards/S/coverage?asOf=2025-01-01&unit=PATENT").then().statusCode(200)
                .body("essential", equalTo(3)).body("covered", equalTo(2)).body("uncovered", equalTo(1))
                .body("uncoveredItems.items[0].id", equalTo("CN1"))
                .body("holdouts[0].holder", equalTo("acme")).body("holdouts[0].count", equalTo(1));
        given().get("/api/v1/standards/S/coverage?asOf=2025-01-01").then().statusCode(200)
                .body("essential", equalTo(2)).body("covered", equalTo(1));
        given().get("/api/v1/standards/S/coverage?asOf=2025-01-01&territory=US&unit=patent").then().statusCode(200)
                .body("essential", equalTo(2)).body("covered", equalTo(2)).body("ratio", equalTo(1.0f));
        given().get("/api/v1/standards/S/coverage?asOf=2019-06-01&unit=PATENT").then().statusCode(200)
                .body("essential", equalTo(4)).body("covered", equalTo(0));
    }

    @Test
    void reachPathAndPractitioners() {
        given().get("/api/v1/organizations/buyer/reach?asOf=2025-01-01&unit=PATENT").then().statusCode(200)
                .body("reached", equalTo(2)).body("byRoute.POOL", equalTo(2))
                .body("items.items.patent", contains("US1", "US2"))
                .body("items.items[0].licenses", contains("L")).body("items.items[0].root", equalTo("P"));
        given().get("/api/v1/reach/path?from=buyer&to=US2&asOf=2025-01-01").then().statusCode(200)
                .body("route", equalTo("POOL")).body("licenses", contains("L"));
        given().get("/api/v1/reach/path?from=buyer&to=CN1&asOf=2025-01-01").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/patents/US2/practitioners?asOf=2025-01-01").then().statusCode(200)
                .body("items.items.organization", contains("acme", "buyer"));
    }

    @Test
    void bindingOfTheStandardAndThePool() {
        given().get("/api/v1/standards/S/binding?asOf=2025-01-01").then().statusCode(200)
                .body("pools[0].pool", equalTo("P")).body("pools[0].binds", equalTo(true))
                .body("pools[0].covered", equalTo(1)).body("pools[0].share", equalTo(0.5f));
        given().get("/api/v1/pools/P/binding?asOf=2025-01-01&unit=PATENT").then().statusCode(200)
                .body("standards[0].standard", equalTo("S")).body("standards[0].covered", equalTo(2))
                .body("redFlags.size()", equalTo(0));
    }

    @Test
    void badParametersAreNamed() {
        problem("/api/v1/standards/S/coverage?asOf=2025-02-30", 400, "asOf");
        problem("/api/v1/standards/S/coverage?unit=CLAIM", 400, "unit");
        problem("/api/v1/standards/S/coverage?territory=USA", 400, "territory");
        problem("/api/v1/standards/S/coverage?size=5000", 400, "size");
        problem("/api/v1/standards/S/coverage?licensee=ghost", 404, "licensee");
        problem("/api/v1/standards/NOPE/coverage", 404, "id");
        problem("/api/v1/organizations/buyer/reach?maxDepth=7", 400, "maxDepth");
        problem("/api/v1/organizations/buyer/reach?maxDepth=deep", 400, "maxDepth");
        problem("/api/v1/organizations/ghost/reach", 404, "id");
        problem("/api/v1/reach/path?to=US1", 400, "from");
        problem("/api/v1/pools/NOPE/binding", 404, "id");
        problem("/api/v1/patents/NOPE/practitioners", 404, "id");
    }

    static void problem(String url, int status, String field) {
        given().get(url).then().statusCode(status).contentType("application/problem+json")
                .body("field", equalTo(field));
    }
}
