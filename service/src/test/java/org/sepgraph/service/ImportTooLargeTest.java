package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An import larger than one transaction may hold: Neo4j's own limit ({@code db.memory.transaction.max}, set small
 * here instead of giving the JVM a small heap) stops it early with a 413 that says what to do; nothing of it stays,
 * and the next import and the questions work at once.
 */
@QuarkusTest
@TestProfile(ImportTooLargeTest.SmallTransactions.class)
class ImportTooLargeTest {
    public static class SmallTransactions implements QuarkusTestProfile {
        static final Path DATA = Path.of("target/test-data-small-transactions");

        /** A store of its own, empty at start: emptying a used one would not fit into such transactions either. */
        @Override
        public Map<String, String> getConfigOverrides() {
            try (var paths = Files.exists(DATA) ? Files.walk(DATA) : java.util.stream.Stream.<Path>empty()) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("sepgraph.neo4j.transaction-memory-mib", "8", "sepgraph.data-dir", DATA.toString());
        }
    }

    @Test
    void anImportTooLargeForItsTransactionIsA413SayingWhatToDoAndTheNextImportSucceeds() throws IOException {
        // the whole HEVC list: ~70,000 nodes and relationships in one transaction, far beyond 8 MiB
        ImportFaultsTest.importInto("hevc-advance", ImportFaultsTest.hevc(Integer.MAX_VALUE))
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("Import too large"))
                .body("detail", containsString("db.memory.transaction.max"))
                .body("detail", containsString("--initial-load"))
                .body("detail", containsString("heap"))
                .body("detail", containsString("nothing was written"));
        given().get("/api/v1/patents?size=1").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/imports?size=1").then().statusCode(200).body("items[0].status", equalTo("FAILED"));

        given().contentType("application/json").body(ImportApiTest.demo()).post("/api/v1/imports/bundle")
                .then().statusCode(200).body("nodes.created", equalTo(112));
        given().get("/api/v1/patents?size=1").then().body("total", equalTo(59));
        given().get("/api/v1/standards/AVS3/coverage?size=1").then().statusCode(200);
        given().get("/api/v1/organizations/lumina/reach?size=1").then().statusCode(200);
        given().get("/api/v1/pools/avs3-pool/binding").then().statusCode(200);
    }
}
