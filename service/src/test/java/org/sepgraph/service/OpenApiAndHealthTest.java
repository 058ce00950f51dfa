package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndHealthTest {
    @Test
    void everyCollectionIsDocumented() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"organizations", "alliances", "patents", "families", "standards", "pools",
                "pool-clusters", "licenses", "memberships", "affiliations", "ownerships", "declarations",
                "pool-patents", "licensors", "bindings", "cluster-pools"}) {
            doc.body("paths", hasKey("/api/v1/" + path));
        }
        doc.body("components.schemas", hasKey("License"));
        doc.body("paths.'/api/v1/licenses'.post.requestBody.content.'application/json'.example.grantor.organization",
                equalTo("orion"));
        doc.body("paths.'/api/v1/ownerships'.get.parameters.name", org.hamcrest.Matchers.hasItems("organization",
                "patent", "page", "size"));
    }

    @Test
    void theWebPageAsksTheThreeQuestions() {
        given().get("/").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"))
                .body(org.hamcrest.Matchers.containsString("/coverage"))
                .body(org.hamcrest.Matchers.containsString("/reach"))
                .body(org.hamcrest.Matchers.containsString("/binding"));
    }

    @Test
    void readyWhenTheStoreAnswers() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("graph-store"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
