package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.junit.jupiter.api.Test;

/**
 * A public deployment ({@code sepgraph.auth.anonymous-read=true}): callers without a key read and ask questions,
 * and see no licence terms; every write still needs a key, and a wrong key is still refused.
 */
@QuarkusTest
@TestProfile(AnonymousReadTest.Public.class)
class AnonymousReadTest {
    public static class Public implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sepgraph.auth.anonymous-read", "true");
        }
    }

    @Inject
    GraphStore store;

    @Test
    void anonymousCallersReadButNeverWriteNorSeeTerms() {
        TestStore.empty(store);
        given().contentType(ContentType.JSON).body("{\"id\": \"public-co\", \"name\": \"Public Co\"}")
                .post("/api/v1/organizations").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"id": "L-PUBLIC", "grantor": {"organization": "public-co"}, "grantees": ["public-co"],
                 "royalty": "secret rate", "scope": {"portfolios": ["public-co"]}}""")
                .post("/api/v1/licenses").then().statusCode(201);
        AdminByDefault.none();
        given().get("/api/v1/organizations/public-co").then().statusCode(200).body("name", equalTo("Public Co"));
        given().get("/api/v1/organizations/public-co/reach").then().statusCode(200);
        given().get("/api/v1/licenses/L-PUBLIC").then().statusCode(200).body("royalty", nullValue());
        given().get("/api/v1/keys/me").then().statusCode(200).body("role", equalTo("reader"))
                .body("id", nullValue());
        given().contentType(ContentType.JSON).body("{\"id\": \"anon\", \"name\": \"Anon\"}")
                .post("/api/v1/organizations").then().statusCode(401).body("field", equalTo("Authorization"));
        given().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", "Bearer sgk_000000000000_wrong").get("/api/v1/organizations")
                .then().statusCode(401);
    }
}
