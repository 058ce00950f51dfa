package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** Imports over HTTP: the demo bundle, idempotence, a refused file, and export → import reproducing the graph. */
@QuarkusTest
class ImportApiTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void clean() {
        TestStore.empty(store);
    }

    static String demo() throws IOException {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/demo/avc-alliance.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDemoBundleImportsOnceAndThenChangesNothing() throws IOException {
        // counted in the demo file: 11 organisations, 1 alliance, 22 families, 59 patents, 7 standards,
        // 2 pools, 1 cluster, 9 licences = 112 nodes
        given().contentType("application/json").body(demo()).post("/api/v1/imports/bundle").then().statusCode(200)
                .body("nodes.created", equalTo(112)).body("errors.size()", equalTo(0));
        given().get("/api/v1/patents?size=1").then().body("total", equalTo(59));
        given().get("/api/v1/licenses/B-ORION-KESTREL").then().statusCode(200)
                .body("scope.portfolios[0]", equalTo("lumina"));
        given().contentType("application/json").body(demo()).post("/api/v1/imports/bundle").then().statusCode(200)
                .body("nodes.created", equalTo(0)).body("nodes.updated", equalTo(0))
                .body("relationships.created", equalTo(0)).body("relationships.updated", equalTo(0))
                .body("nodes.unchanged", equalTo(112));
    }

    @Test
    void exportThenImportIntoAnEmptyStoreReproducesTheGraph() throws IOException {
        given().contentType("application/json").body(demo()).post("/api/v1/imports/bundle").then().statusCode(200);
        String first = given().get("/api/v1/export").then().statusCode(200).extract().asString();
        TestStore.empty(store);
        given().get("/api/v1/organizations").then().body("total", equalTo(0));
        given().contentType("application/json").body(first).post("/api/v1/imports/bundle").then().statusCode(200);
        String second = given().get("/api/v1/export").then().statusCode(200).extract().asString();
        assertEquals(first, second);
    }

    @Test
    void aBadFileIsRefusedWithItsLinesAndWritesNothing() {
        String bad = """
                {"format": "sepgraph-bundle", "version": 1,
                 "organizations": [{"id": "acme", "name": "Acme"}],
                 "patents": [{"id": "US1", "expires": "2030-02-31"},
                             {"id": "US2", "family": "missing-family"}]}""";
        given().contentType("application/json").body(bad).post("/api/v1/imports/bundle").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.size()", greaterThan(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("$.patents[0].expires"))
                .body("errors[0].message", equalTo("expires must be a date YYYY-MM-DD; got \"2030-02-31\""))
                .body("errors.message", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("java."))));
        given().get("/api/v1/organizations").then().body("total", equalTo(0));
    }

    @Test
    void unknownFormatAndMissingParametersAreNamed() {
        given().contentType("text/csv").body("x").post("/api/v1/imports/excel").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("format"));
        given().contentType("text/csv").body("x").post("/api/v1/imports/access-advance?standard=S").then()
                .statusCode(400).body("field", equalTo("pool"));
    }

    @Test
    void aPatentIsFoundByAnyOfItsPublicationNumbersInQuestionsToo() throws IOException {
        byte[] sample = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../import/src/test/resources/etsi-isld-sample.csv"));
        given().contentType("text/csv").body(sample).post("/api/v1/imports/etsi-isld").then().statusCode(200);
        // the sample's row 2: application JP2013251859 published as JP2013251859 A and granted as JP5781016 B2,
        // declared by Sharp (its owner); NTT DOCOMO holds no right to it
        String byGrant = given().get("/api/v1/reach/path?from=sharp-corporation&to=JP5781016B2&asOf=2020-01-01")
                .then().statusCode(200).body("patent", equalTo("JP5781016B2")).body("route", equalTo("OWNED"))
                .extract().asString();
        String byPublication = given()
                .get("/api/v1/reach/path?from=sharp-corporation&to=JP2013251859A&asOf=2020-01-01")
                .then().statusCode(200).extract().asString();
        assertEquals(byGrant, byPublication);
        String none = given().get("/api/v1/reach/path?from=ntt-docomo-inc&to=JP5781016B2&asOf=2020-01-01")
                .then().statusCode(404).body("field", equalTo("to")).extract().path("detail");
        given().get("/api/v1/reach/path?from=ntt-docomo-inc&to=jp 2013251859 a&asOf=2020-01-01")
                .then().statusCode(404).body("detail", equalTo(none));
        given().get("/api/v1/patents/jp2013251859a/practitioners?asOf=2020-01-01").then().statusCode(200)
                .body("patent", equalTo("JP5781016B2"));
        given().get("/api/v1/patents/JP2013251859A").then().statusCode(200).body("id", equalTo("JP5781016B2"));
    }

    @Test
    void theDemoLoaderFillsOnlyAnEmptyStore() {
        assertEquals(112, org.sepgraph.service.store.DemoAlliance.loadInto(store).nodes().created());
        assertEquals(null, org.sepgraph.service.store.DemoAlliance.loadInto(store));
    }
}
