package org.sepgraph.service.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * Questions take turns: with one turn and no wait, a question asked while the turn is taken is a 503 problem with
 * Retry-After, and answers again once it is given back; reads of the store and writes take no turn.
 */
@QuarkusTest
@TestProfile(QuestionTurnsTest.OneTurn.class)
class QuestionTurnsTest {
    public static class OneTurn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sepgraph.engine.questions", "1", "sepgraph.engine.question-wait", "0s");
        }
    }

    @Inject
    Turns turns;
    @Inject
    GraphStore store;

    @Test
    void aQuestionWithoutATurnIsBusyAndOnlyQuestionsWait() throws InterruptedException {
        TestStore.empty(store);
        given().contentType("application/json").body("{\"id\": \"waiting\", \"name\": \"Waiting\"}")
                .post("/api/v1/organizations").then().statusCode(201);
        given().get("/api/v1/organizations/waiting/reach").then().statusCode(200);
        turns.take(); // the one turn, as a long question would hold it
        try {
            given().get("/api/v1/organizations/waiting/reach").then().statusCode(503)
                    .contentType(containsString("application/problem+json")).header("Retry-After", equalTo("2"))
                    .body("title", equalTo("Busy"));
            given().get("/api/v1/organizations/waiting").then().statusCode(200);
            given().contentType("application/json").body("{\"id\": \"waiting\", \"name\": \"Still waiting\"}")
                    .put("/api/v1/organizations/waiting").then().statusCode(200);
        } finally {
            turns.give();
        }
        given().get("/api/v1/organizations/waiting/reach").then().statusCode(200).body("organization",
                equalTo("waiting"));
    }
}
