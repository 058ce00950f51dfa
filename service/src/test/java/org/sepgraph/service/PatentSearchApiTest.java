package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * {@code GET /api/v1/patents?q=} over HTTP, now answered from the full-text indexes: a patent is found by its
 * normalised number in any case, by another publication number (alias) written as stored or in lower case, by a
 * prefix or any part of a number, and by a word of its title; the totals are exact and pages follow the ids.
 */
@QuarkusTest
class PatentSearchApiTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void clean() {
        TestStore.empty(store);
        post("{\"id\": \"jp 5,781,016 b2\", \"title\": \"Image coding apparatus\", \"aliases\": [\"JP2013251859 A\"]}");
        post("{\"id\": \"JP5781099B2\", \"title\": \"Entropy decoding\"}");
        post("{\"id\": \"US10000433B2\", \"title\": \"Video encoding with MPEG-H parts\", \"aliases\": [\"US2016/0100433 A1\"]}");
        post("{\"id\": \"DK-EP2903273\", \"title\": \"Video decoding\"}");
    }

    private static void post(String patent) {
        given().contentType(ContentType.JSON).body(patent).post("/api/v1/patents").then().statusCode(201);
    }

    private static List<String> search(String q) {
        return given().queryParam("q", q).get("/api/v1/patents").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void byTheNormalisedNumberInAnyCase() {
        for (String q : List.of("JP5781016B2", "jp5781016b2", "Jp5781016B2")) {
            org.junit.jupiter.api.Assertions.assertEquals(List.of("JP5781016B2"), search(q), q);
        }
    }

    @Test
    void byAnotherPublicationNumber() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("JP5781016B2"), search("JP2013251859A"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("JP5781016B2"), search("jp2013251859"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("US10000433B2"), search("US2016/0100433"));
    }

    @Test
    void byAPrefixOrAnyPartOfANumber() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("JP5781016B2", "JP5781099B2"), search("JP5781"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("DK-EP2903273"), search("dk-ep"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("US10000433B2"), search("10000433"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("DK-EP2903273", "JP5781016B2", "JP5781099B2"), search("7"));
    }

    @Test
    void byAWordOfTheTitleWithExactTotalsAndPages() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("DK-EP2903273", "US10000433B2"), search("VIDEO"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("US10000433B2"), search("mpeg-h"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("DK-EP2903273", "JP5781099B2"), search("decoding"));
        given().queryParam("q", "o").queryParam("size", 1).queryParam("page", 1).get("/api/v1/patents").then()
                .statusCode(200).body("total", equalTo(4)).body("items.id", equalTo(List.of("JP5781016B2")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search("no such thing"));
    }
}
