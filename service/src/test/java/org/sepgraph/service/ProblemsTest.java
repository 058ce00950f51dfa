package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** Every class of user mistake: a 4xx problem+json that names the field, and nothing written. */
@QuarkusTest
class ProblemsTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void seed() {
        TestStore.empty(store);
        CrudTest.post("/api/v1/organizations", """
                {"id": "acme", "name": "Acme"}""");
        CrudTest.post("/api/v1/patents", """
                {"id": "US7000001B2"}""");
        CrudTest.post("/api/v1/ownerships", """
                {"organization": "acme", "patent": "US7000001B2"}""");
    }

    /** Posts a body, checks the problem, and checks that the graph is exactly as it was. */
    ValidatableResponse refused(String path, String body, int status, String field) {
        String before = snapshot();
        ValidatableResponse response = given().contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("org.sepgraph")));
        response.body("field", field == null ? nullValue() : equalTo(field));
        assertEquals(before, snapshot(), "a refused request changes nothing");
        return response;
    }

    String snapshot() {
        return store.query("""
                MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
                WITH n, collect([type(r), m.id, properties(r)]) AS out
                RETURN collect([labels(n), properties(n), out]) AS all""", Map.of()).get(0).get("all").toString();
    }

    @Test
    void malformedJson() {
        refused("/api/v1/organizations", "{\"id\": \"x\", ", 400, null).body("title", equalTo("Malformed JSON"));
    }

    @Test
    void missingField() {
        refused("/api/v1/organizations", "{\"id\": \"x\"}", 400, "name");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme"}}""", 400, "grantees");
    }

    @Test
    void wrongType() {
        refused("/api/v1/organizations", "{\"id\": \"x\", \"name\": 42}", 400, "name");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme"}, "grantees": "acme"}""", 400, "grantees");
        refused("/api/v1/ownerships", """
                {"organization": "acme", "patent": "US7000001B2", "share": "half"}""", 400, "share");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme"}, "grantees": ["acme"], "sublicensable": "yes"}""",
                400, "sublicensable");
    }

    @Test
    void unknownFieldAndUnknownEnumValue() {
        refused("/api/v1/organizations", "{\"id\": \"x\", \"name\": \"X\", \"knd\": \"OTHER\"}", 400, "knd");
        refused("/api/v1/organizations", "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"PIRATE\"}", 400, "kind")
                .body("detail", containsString("ENTERPRISE"));
        refused("/api/v1/memberships", """
                {"organization": "acme", "alliance": "a", "role": "KING"}""", 400, "role");
    }

    @Test
    void badDates() {
        refused("/api/v1/patents", "{\"id\": \"US1\", \"expires\": \"2030-02-30\"}", 400, "expires");
        refused("/api/v1/patents", "{\"id\": \"US1\", \"expires\": 20300101}", 400, "expires");
        refused("/api/v1/patents", "{\"id\": \"US1\", \"filed\": \"2020-01-01\", \"expires\": \"2019-01-01\"}",
                400, "expires");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme"}, "grantees": ["acme"], "granted": "01/02/2020"}""",
                400, "granted");
    }

    @Test
    void badCodesAndNestedFields() {
        refused("/api/v1/organizations", "{\"id\": \"x\", \"name\": \"X\", \"country\": \"CHN\"}", 400, "country");
        // two letters, but no country: the one rule of payloads, parameters and imports alike
        refused("/api/v1/organizations", "{\"id\": \"x\", \"name\": \"X\", \"country\": \"ZZ\"}", 400, "country");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme"}, "grantees": ["acme"], "territories": ["US", "Z"]}""",
                400, "territories[1]");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme", "pool": "p"}, "grantees": ["acme"]}""", 400, "grantor");
        refused("/api/v1/ownerships", """
                {"organization": "acme", "patent": "US7000001B2", "share": 1.5}""", 400, "share");
    }

    @Test
    void unknownIds() {
        given().get("/api/v1/patents/US999").then().statusCode(404).contentType("application/problem+json")
                .body("field", equalTo("id"));
        refused("/api/v1/patents", "{\"id\": \"US1\", \"family\": \"nope\"}", 422, "family");
        refused("/api/v1/licenses", """
                {"id": "L", "grantor": {"organization": "acme"}, "grantees": ["acme"],
                 "scope": {"patents": ["US7000001B2", "US404"]}}""", 422, "scope.patents");
        refused("/api/v1/ownerships", """
                {"organization": "ghost", "patent": "US7000001B2"}""", 422, "organization");
        String before = snapshot();
        given().contentType(ContentType.JSON).body("{\"id\": \"ghost\", \"name\": \"G\"}")
                .put("/api/v1/organizations/ghost").then().statusCode(404);
        given().delete("/api/v1/organizations/ghost").then().statusCode(404);
        assertEquals(before, snapshot());
    }

    @Test
    void duplicateIds() {
        refused("/api/v1/organizations", "{\"id\": \"acme\", \"name\": \"Another Acme\"}", 409, "id");
        refused("/api/v1/ownerships", """
                {"organization": "acme", "patent": "US7000001B2", "share": 0.5}""", 409, "patent");
    }

    @Test
    void pathAndBodyIdMustAgree() {
        String before = snapshot();
        given().contentType(ContentType.JSON).body("{\"id\": \"other\", \"name\": \"Acme\"}")
                .put("/api/v1/organizations/acme").then().statusCode(400).body("field", equalTo("id"));
        assertEquals(before, snapshot());
    }

    @Test
    void deletingWhatOthersDependOnNeedsCascade() {
        String before = snapshot();
        given().delete("/api/v1/organizations/acme").then().statusCode(409)
                .contentType("application/problem+json").body("dependants.OWNS", equalTo(1));
        assertEquals(before, snapshot());
        given().delete("/api/v1/organizations/acme?cascade=maybe").then().statusCode(400)
                .body("field", equalTo("cascade"));
        given().delete("/api/v1/organizations/acme?cascade=true").then().statusCode(204);
        given().get("/api/v1/organizations/acme").then().statusCode(404);
        given().get("/api/v1/patents/US7000001B2").then().statusCode(200);
    }

    @Test
    void badPaging() {
        given().get("/api/v1/organizations?size=1001").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
        given().get("/api/v1/organizations?page=-1").then().statusCode(400).body("field", equalTo("page"));
        given().get("/api/v1/organizations?page=first").then().statusCode(400).body("field", equalTo("page"));
    }

    @Test
    void wrongMethodMediaTypeAndPath() {
        given().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("acme").post("/api/v1/organizations").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/v1/organizations").then().statusCode(400)
                .body("field", equalTo("body"));
    }
}
