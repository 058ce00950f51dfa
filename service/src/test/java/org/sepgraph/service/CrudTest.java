package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** Every CRUD path of the eight node collections and the eight relationship collections. */
@QuarkusTest
class CrudTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void clean() {
        TestStore.empty(store);
    }

    static void post(String path, String json) {
        given().contentType(ContentType.JSON).body(json).post(path).then().statusCode(201);
    }

    /** Each collection: one payload to create, one to replace it, and the field that the replacement changes. */
    record Case(String path, String id, String create, String replace, String field, Object newValue) {}

    @Test
    void everyNodeCollectionCreatesReadsListsReplacesAndDeletes() {
        post("/api/v1/organizations", """
                {"id": "owner", "name": "Owner"}""");
        post("/api/v1/pools", """
                {"id": "grantor-pool", "name": "Grantor pool"}""");
        post("/api/v1/families", """
                {"id": "EP-family"}""");
        List<Case> cases = List.of(
                new Case("organizations", "acme", """
                        {"id": "acme", "name": "Acme", "kind": "ENTERPRISE", "country": "CN"}""", """
                        {"id": "acme", "name": "Acme Group", "kind": "ENTERPRISE", "country": "CN"}""", "name", "Acme Group"),
                new Case("alliances", "avs", """
                        {"id": "avs", "name": "AVS Alliance", "form": "ASSOCIATION", "founded": "2002-06-01"}""", """
                        {"id": "avs", "name": "AVS Alliance", "form": "COMPANY", "founded": "2002-06-01"}""", "form", "COMPANY"),
                new Case("families", "F1", """
                        {"id": "F1"}""", """
                        {"id": "F1"}""", "id", "F1"),
                new Case("patents", "EP1000001B1", """
                        {"id": "EP 1,000,001 B1", "title": "Decoding", "filed": "2012-01-10", "expires": "2032-01-10",
                         "status": "GRANTED", "family": "EP-family"}""", """
                        {"id": "EP1000001B1", "title": "Decoding", "status": "LAPSED", "family": "EP-family"}""", "status", "LAPSED"),
                new Case("standards", "TS 38.331", """
                        {"id": "TS 38.331", "body": "3GPP", "title": "RRC"}""", """
                        {"id": "TS 38.331", "body": "3GPP", "title": "Radio Resource Control"}""", "title", "Radio Resource Control"),
                new Case("pools", "p1", """
                        {"id": "p1", "name": "Pool One", "administrator": "Admin"}""", """
                        {"id": "p1", "name": "Pool One", "administrator": "Other admin"}""", "administrator", "Other admin"),
                new Case("pool-clusters", "c1", """
                        {"id": "c1", "name": "Video"}""", """
                        {"id": "c1", "name": "Video codecs"}""", "name", "Video codecs"),
                new Case("licenses", "L1", """
                        {"id": "L1", "kind": "POOL", "grantor": {"pool": "grantor-pool"}, "grantees": ["owner"],
                         "granted": "2020-01-01", "expires": "2025-12-31", "territories": ["CN", "US"],
                         "sublicensable": false, "scope": {"pools": ["grantor-pool"]}}""", """
                        {"id": "L1", "kind": "POOL", "grantor": {"pool": "grantor-pool"}, "grantees": ["owner"],
                         "granted": "2020-01-01", "expires": "2030-12-31", "scope": {"pools": ["grantor-pool"]}}""",
                        "expires", "2030-12-31"));
        for (Case c : cases) {
            String base = "/api/v1/" + c.path();
            given().contentType(ContentType.JSON).body(c.create()).post(base)
                    .then().statusCode(201).header("Location", endsWith(base + "/" + c.id().replace(" ", "%20")))
                    .body("id", equalTo(c.id()));
            given().get(base + "/{id}", c.id()).then().statusCode(200).body("id", equalTo(c.id()));
            given().queryParam("q", c.id().substring(0, 2).toLowerCase()).get(base)
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(c.id()));
            given().contentType(ContentType.JSON).body(c.replace()).put(base + "/{id}", c.id())
                    .then().statusCode(200).body(c.field(), equalTo(c.newValue()));
            given().get(base + "/{id}", c.id()).then().statusCode(200).body(c.field(), equalTo(c.newValue()));
            given().delete(base + "/{id}", c.id()).then().statusCode(204);
            given().get(base + "/{id}", c.id()).then().statusCode(404);
        }
    }

    @Test
    void listsPageWithAnExactTotal() {
        for (int i = 0; i < 12; i++) {
            post("/api/v1/organizations", "{\"id\": \"org-%02d\", \"name\": \"Org %d\"}".formatted(i, i));
        }
        given().queryParam("page", 2).queryParam("size", 5).get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(12)).body("page", equalTo(2)).body("size", equalTo(5))
                .body("items.id", contains("org-10", "org-11"));
        given().get("/api/v1/organizations").then().body("size", equalTo(50)).body("items", hasSize(12));
    }

    @Test
    void aStandardIdWithASlashIsAddressable() {
        post("/api/v1/standards", """
                {"id": "ITU-T H.265", "body": "ITU-T"}""");
        post("/api/v1/standards", """
                {"id": "ITU-T H.265 Main/Main10", "partOf": ["ITU-T H.265"]}""");
        given().urlEncodingEnabled(false).get("/api/v1/standards/ITU-T%20H.265%20Main%2FMain10").then()
                .statusCode(200)
                .body("partOf", contains("ITU-T H.265"));
    }

    @Test
    void everyRelationshipCollectionCreatesListsReplacesAndDeletes() {
        post("/api/v1/organizations", """
                {"id": "acme", "name": "Acme"}""");
        post("/api/v1/organizations", """
                {"id": "acme-sub", "name": "Acme Subsidiary"}""");
        post("/api/v1/alliances", """
                {"id": "avs", "name": "AVS"}""");
        post("/api/v1/patents", """
                {"id": "CN101000001B"}""");
        post("/api/v1/standards", """
                {"id": "AVS3"}""");
        post("/api/v1/pools", """
                {"id": "p1", "name": "Pool"}""");
        post("/api/v1/pool-clusters", """
                {"id": "c1", "name": "Cluster"}""");

        record Rel(String path, String create, String replace, String filter, String field, Object value,
                   String delete) {}
        List<Rel> rels = List.of(
                new Rel("memberships", """
                        {"organization": "acme", "alliance": "avs", "role": "CHAIR", "since": "2020-01-01"}""", """
                        {"organization": "acme", "alliance": "avs", "role": "MEMBER", "since": "2020-01-01"}""",
                        "alliance=avs", "role", "MEMBER", "organization=acme&alliance=avs"),
                new Rel("affiliations", """
                        {"organization": "acme-sub", "affiliateOf": "acme"}""", """
                        {"organization": "acme-sub", "affiliateOf": "acme"}""",
                        "affiliateOf=acme", "organization", "acme-sub", "organization=acme-sub&affiliateOf=acme"),
                new Rel("ownerships", """
                        {"organization": "acme", "patent": "CN101000001B", "share": 1.0}""", """
                        {"organization": "acme", "patent": "CN101000001B", "share": 0.5}""",
                        "patent=CN101000001B", "share", 0.5f, "organization=acme&patent=CN101000001B"),
                new Rel("declarations", """
                        {"patent": "CN101000001B", "standard": "AVS3", "declarant": "Acme", "date": "2021-03-04",
                         "version": "1.0", "assessment": "DECLARED"}""", """
                        {"patent": "CN101000001B", "standard": "AVS3", "declarant": "Acme", "date": "2021-03-04",
                         "version": "1.0", "assessment": "CONFIRMED"}""",
                        "standard=AVS3", "assessment", "CONFIRMED", "patent=CN101000001B&standard=AVS3&version=1.0"),
                new Rel("pool-patents", """
                        {"pool": "p1", "patent": "CN101000001B", "since": "2021-01-01"}""", """
                        {"pool": "p1", "patent": "CN101000001B", "since": "2021-01-01", "until": "2022-12-31"}""",
                        "pool=p1", "until", "2022-12-31", "pool=p1&patent=CN101000001B"),
                new Rel("licensors", """
                        {"organization": "acme", "pool": "p1"}""", """
                        {"organization": "acme", "pool": "p1"}""",
                        "pool=p1", "organization", "acme", "organization=acme&pool=p1"),
                new Rel("bindings", """
                        {"pool": "p1", "standard": "AVS3"}""", """
                        {"pool": "p1", "standard": "AVS3"}""",
                        "standard=AVS3", "pool", "p1", "pool=p1&standard=AVS3"),
                new Rel("cluster-pools", """
                        {"cluster": "c1", "pool": "p1"}""", """
                        {"cluster": "c1", "pool": "p1"}""",
                        "cluster=c1", "pool", "p1", "cluster=c1&pool=p1"));
        for (Rel r : rels) {
            String base = "/api/v1/" + r.path();
            given().contentType(ContentType.JSON).body(r.create()).post(base).then().statusCode(201);
            given().contentType(ContentType.JSON).body(r.create()).post(base).then().statusCode(409);
            given().contentType(ContentType.JSON).body(r.replace()).put(base).then().statusCode(200);
            given().get(base + "?" + r.filter()).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0]." + r.field(), equalTo(r.value()));
            given().delete(base + "?" + r.delete()).then().statusCode(204);
            given().get(base + "?" + r.filter()).then().body("total", equalTo(0));
            given().delete(base + "?" + r.delete()).then().statusCode(404);
            given().contentType(ContentType.JSON).body(r.replace()).put(base).then().statusCode(201);
        }
    }
}
