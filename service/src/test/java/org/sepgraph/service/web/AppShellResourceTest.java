package org.sepgraph.service.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every page address answers the application shell; the API and its problems are untouched. */
@QuarkusTest
class AppShellResourceTest {
    @Test
    void everyPageAddressAnswersTheShell() {
        for (String path : new String[] {"/", "/standards/AVS3", "/standards/ITU-T%20H.265%2FMain%2010", "/pools/avs3-pool",
                "/organizations/kestrel", "/patents/US10000433B2", "/licenses/B-ORION-KESTREL", "/paths", "/imports", "/keys",
                "/standards/AVS3?asOf=2026-11-28&territory=CN"}) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", "no-cache")
                    .body(containsString("<script type=\"module\" src=\"/app/main.js\"></script>"))
                    .body(containsString("<link rel=\"icon\" href=\"data:,\">"))
                    .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        }
    }

    @Test
    void theApplicationsFilesAndEChartsAreServedByTheServiceItself() {
        for (String path : new String[] {"/app/main.js", "/app/api.js", "/app/ui.js", "/app/pages/standard.js", "/app/pages/keys.js",
                "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
            given().get(path).then().statusCode(200).contentType(containsString("javascript"));
        }
        given().get("/app/app.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void theApiStillAnswersJsonAndProblems() {
        given().get("/api/v1/standards/NO-SUCH").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", equalTo("no standard 'NO-SUCH'"));
        given().get("/standards").then().statusCode(404); // not a page: lists live on the overview
    }

    @Test
    void thePagesAreNotPartOfTheApiDocumentation() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(not(containsString("\"/standards/{id}\"")))
                .body(not(containsString("\"/paths\"")));
    }
}
