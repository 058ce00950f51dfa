package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.sepgraph.service.QuestionsApiTest.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * Landscape, declarants and the series over HTTP (issue 14), on a graph small enough to answer by hand (the query
 * layer's fixture covers the rules in depth). Graph: acme (member of alliance A since 2020) owns US1 and CN1
 * (family F, expiring 2035-01-01), US2 (2030-06-30) and US3 (expired 2020-01-01); all declared to S1, a part of S,
 * by "Acme" (CN1 CONFIRMED), US3 by "Someone Else", and US2 also to S, REJECTED; pool P binds S and holds US1 from
 * 2021 and US2 from 2021 to 2024-12-31; licence L from P to buyer over P's holdings, 2021–2030.
 * <ul>
 * <li>Landscape of S on 2025-01-01: E = {US1, CN1, US2} → members F, US2 = 2; acme holds both (share 1.0), its
 * pools [P] (US1), alliances [A], exposed 2 (CN1 and US2 in no pool); US 2 (F, US2), CN 1; expiries 2030: 1
 * (US2), 2035: 1 (F); outside pools F [CN1], US2 [US2]; outside alliances none.</li>
 * <li>Declarants of S: acme 4 (declared 2, confirmed 1, rejected 1; essentialRatio 1/2; 3 patents, 2 families),
 * "Someone Else" 1 (not an organisation: known false); 5 in all.</li>
 * <li>Coverage by patent, yearly from 2024-01-01: 3/2 (P holds US1, US2), then 3/1 twice (US2 left P); reach of
 * buyer by patent: 2 (US1, US2), then 1.</li>
 * </ul>
 */
@QuarkusTest
class LandscapeApiTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void build() {
        TestStore.empty(store);
        CrudTest.post("/api/v1/organizations", "{\"id\": \"acme\", \"name\": \"Acme\"}");
        CrudTest.post("/api/v1/organizations", "{\"id\": \"buyer\", \"name\": \"Buyer\"}");
        CrudTest.post("/api/v1/alliances", "{\"id\": \"A\", \"name\": \"Alliance\"}");
        CrudTest.post("/api/v1/memberships",
                "{\"organization\": \"acme\", \"alliance\": \"A\", \"since\": \"2020-01-01\"}");
        CrudTest.post("/api/v1/standards", "{\"id\": \"S\"}");
        CrudTest.post("/api/v1/standards", "{\"id\": \"S1\", \"partOf\": [\"S\"]}");
        CrudTest.post("/api/v1/families", "{\"id\": \"F\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"US1\", \"family\": \"F\", \"expires\": \"2035-01-01\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"CN1\", \"family\": \"F\", \"expires\": \"2035-01-01\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"US2\", \"expires\": \"2030-06-30\"}");
        CrudTest.post("/api/v1/patents", "{\"id\": \"US3\", \"expires\": \"2020-01-01\"}");
        for (String p : new String[] {"US1", "CN1", "US2", "US3"}) {
            CrudTest.post("/api/v1/ownerships", "{\"organization\": \"acme\", \"patent\": \"" + p + "\"}");
        }
        declare("US1", "S1", "Acme", "DECLARED");
        declare("CN1", "S1", "Acme", "CONFIRMED");
        declare("US2", "S1", "Acme", "DECLARED");
        declare("US2", "S", "Acme", "REJECTED");
        declare("US3", "S1", "Someone Else", "DECLARED");
        CrudTest.post("/api/v1/pools", "{\"id\": \"P\", \"name\": \"Pool\"}");
        CrudTest.post("/api/v1/bindings", "{\"pool\": \"P\", \"standard\": \"S\"}");
        CrudTest.post("/api/v1/pool-patents", "{\"pool\": \"P\", \"patent\": \"US1\", \"since\": \"2021-01-01\"}");
        CrudTest.post("/api/v1/pool-patents",
                "{\"pool\": \"P\", \"patent\": \"US2\", \"since\": \"2021-01-01\", \"until\": \"2024-12-31\"}");
        CrudTest.post("/api/v1/licenses", """
                {"id": "L", "kind": "POOL", "grantor": {"pool": "P"}, "grantees": ["buyer"],
                 "granted": "2021-01-01", "expires": "2030-12-31", "scope": {"pools": ["P"]}}""");
    }

    private static void declare(String patent, String standard, String declarant, String assessment) {
        CrudTest.post("/api/v1/declarations", "{\"patent\": \"" + patent + "\", \"standard\": \"" + standard
                + "\", \"declarant\": \"" + declarant + "\", \"assessment\": \"" + assessment + "\"}");
    }

    @Test
    void landscapeOfTheStandard() {
        given().get("/api/v1/standards/S/landscape?asOf=2025-01-01").then().statusCode(200)
                .body("essential", equalTo(2)).body("unknownExpiry", equalTo(0))
                .body("holders.total", equalTo(1))
                .body("holders.items[0].organization", equalTo("acme"))
                .body("holders.items[0].count", equalTo(2)).body("holders.items[0].share", equalTo(1.0f))
                .body("holders.items[0].pools", contains("P")).body("holders.items[0].alliances", contains("A"))
                .body("holders.items[0].exposed", equalTo(2))
                .body("byJurisdiction.jurisdiction", contains("US", "CN"))
                .body("byJurisdiction.count", contains(2, 1))
                .body("expiries.year[0]", equalTo(2025)).body("expiries.size()", equalTo(11))
                .body("expiries.find { it.year == 2030 }.count", equalTo(1))
                .body("expiries.find { it.year == 2035 }.count", equalTo(1))
                .body("outsidePools.items.id", contains("F", "US2"))
                .body("outsidePools.items[0].patents", contains("CN1"))
                .body("outsideAlliances.total", equalTo(0));
        given().get("/api/v1/standards/S/landscape?asOf=2025-01-01&unit=PATENT&territory=US&size=1").then()
                .statusCode(200).body("essential", equalTo(2)).body("holders.items[0].count", equalTo(2))
                .body("outsidePools.total", equalTo(1)).body("outsidePools.items.id", contains("US2"));
    }

    @Test
    void declarantsOfTheStandard() {
        given().get("/api/v1/standards/S/declarants?asOf=2025-01-01").then().statusCode(200)
                .body("declarations", equalTo(5)).body("confirmed", equalTo(1)).body("rejected", equalTo(1))
                .body("items.total", equalTo(2))
                .body("items.items.organization", contains("acme", "Someone Else"))
                .body("items.items.known", contains(true, false))
                .body("items.items[0].declarations", equalTo(4)).body("items.items[0].declared", equalTo(2))
                .body("items.items[0].essentialRatio", equalTo(0.5f))
                .body("items.items[0].patents", equalTo(3)).body("items.items[0].families", equalTo(2))
                .body("items.items[1].essentialRatio", nullValue());
        // US3 expired in 2020: only acme's declarations remain
        given().get("/api/v1/standards/S/declarants?asOf=2025-01-01&inForce=true").then().statusCode(200)
                .body("declarations", equalTo(4)).body("items.items.organization", contains("acme"));
    }

    @Test
    void seriesOfCoverageAndReach() {
        given().get("/api/v1/standards/S/coverage/series?from=2024-01-01&to=2026-01-01&step=P1Y&unit=PATENT")
                .then().statusCode(200)
                .body("step", equalTo("P1Y"))
                .body("points.asOf", contains("2024-01-01", "2025-01-01", "2026-01-01"))
                .body("points.essential", contains(3, 3, 3)).body("points.covered", contains(2, 1, 1))
                .body("points[0].byPool[0].pool", equalTo("P")).body("points[1].byPool[0].covered", equalTo(1));
        given().get("/api/v1/standards/S/coverage/series?from=2024-01-01&to=2024-01-01&step=P1M&licensee=buyer")
                .then().statusCode(200).body("points.covered", contains(1)); // F not whole; US2 via L
        given().get("/api/v1/organizations/buyer/reach/series?from=2024-01-01&to=2025-01-01&step=P1Y&unit=PATENT")
                .then().statusCode(200).body("points.reached", contains(2, 1))
                .body("points[0].byRoute.POOL", equalTo(2));
    }

    @Test
    void badParametersAreNamedAndUnknownIdsAreNotFound() {
        String series = "/api/v1/standards/S/coverage/series";
        problem(series + "?to=2025-01-01&step=P1M", 400, "from");
        problem(series + "?from=2025-01-01&step=P1M", 400, "to");
        problem(series + "?from=2025-01-01&to=2026-01-01", 400, "step");
        problem(series + "?from=2025-13-01&to=2026-01-01&step=P1M", 400, "from");
        problem(series + "?from=2025-01-01&to=2024-01-01&step=P1M", 400, "to");
        problem(series + "?from=2025-01-01&to=2026-01-01&step=monthly", 400, "step");
        problem(series + "?from=2025-01-01&to=2026-01-01&step=P0D", 400, "step");
        problem(series + "?from=2020-01-01&to=2026-01-01&step=P1D", 400, "step");      // 2,193 dates
        problem(series + "?from=2020-01-01&to=2026-01-01&step=P1Y&unit=CLAIM", 400, "unit");
        problem(series + "?from=2020-01-01&to=2026-01-01&step=P1Y&licensee=ghost", 404, "licensee");
        problem("/api/v1/standards/NOPE/coverage/series?from=2020-01-01&to=2026-01-01&step=P1Y", 404, "id");
        String reach = "/api/v1/organizations/buyer/reach/series";
        problem(reach + "?from=2025-01-01&to=2024-01-01&step=P1M", 400, "to");
        problem(reach + "?from=2020-01-01&to=2026-01-01&step=P1Y&maxDepth=9", 400, "maxDepth");
        problem("/api/v1/organizations/ghost/reach/series?from=2020-01-01&to=2026-01-01&step=P1Y", 404, "id");
        problem("/api/v1/standards/S/landscape?asOf=2025-02-30", 400, "asOf");
        problem("/api/v1/standards/S/landscape?territory=USA", 400, "territory");
        problem("/api/v1/standards/S/landscape?size=0", 400, "size");
        problem("/api/v1/standards/NOPE/landscape", 404, "id");
        problem("/api/v1/standards/S/declarants?inForce=maybe", 400, "inForce");
        problem("/api/v1/standards/S/declarants?page=-1", 400, "page");
        problem("/api/v1/standards/NOPE/declarants", 404, "id");
    }

    @Test
    void theNewQuestionsAreInOpenApi() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"/api/v1/standards/{id}/landscape", "/api/v1/standards/{id}/declarants",
                "/api/v1/standards/{id}/coverage/series", "/api/v1/organizations/{id}/reach/series"}) {
            doc.body("paths", hasKey(path));
        }
        doc.body("paths.'/api/v1/standards/{id}/coverage/series'.get.parameters.name",
                org.hamcrest.Matchers.hasItems("from", "to", "step", "territory", "licensee", "unit"));
    }
}
