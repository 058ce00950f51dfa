package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** /q/metrics (no key): the engine's version and lag, what it holds, and a latency histogram per question. */
@QuarkusTest
class MetricsTest {
    @Inject
    GraphStore store;

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.eE+-]+)$").matcher(metrics);
        assertTrue(m.find(), name + " in\n" + metrics.lines().filter(l -> l.startsWith("sepgraph")).toList());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theEngineAndEachQuestionAreMeasured() {
        TestStore.empty(store);
        long version = Long.parseLong(given().contentType("application/json")
                .body("{\"id\": \"metered\", \"name\": \"Metered\"}").post("/api/v1/organizations").then()
                .statusCode(201).extract().header("Sepgraph-Version"));
        given().get("/api/v1/organizations/metered/reach").then().statusCode(200);
        AdminByDefault.none();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(version, (long) value(metrics, "sepgraph_engine_version"));
        assertTrue(value(metrics, "sepgraph_store_version") >= version);
        assertEquals(1, (long) value(metrics, "sepgraph_engine_held{kind=\"organizations\"}"));
        // latency per question: one histogram per path template (the organisation's id is not a label)
        assertTrue(Pattern.compile("(?m)^http_server_requests_seconds_bucket\\{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/api/v1/organizations/\\{id[^}]*}/reach\",le=").matcher(metrics).find()
                        && !metrics.contains("uri=\"/api/v1/organizations/metered/reach\""),
                metrics.lines().filter(l -> l.contains("reach")).limit(5).toList().toString());
    }
}
