package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportQueue;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ProgressListener;

/**
 * Issue 12's faults over HTTP: two overlapping imports at once (the HEVC list into two pools), and CRUD writes
 * while an import writes. Neither may answer 500 or lose a write.
 */
@QuarkusTest
class ImportFaultsTest {
    static final String H265 = "ITU-T H.265";

    @Inject
    GraphStore store;

    @Inject
    ImportQueue queue;

    @BeforeEach
    void clean() {
        TestStore.empty(store);
    }

    /** The published HEVC list, in the team's shared folder beside the checkout (tests run in service/). */
    static Path shared(String file) {
        for (Path base : List.of(Path.of("../../shared"), Path.of("../shared"), Path.of("/work/shared"))) {
            if (Files.isRegularFile(base.resolve(file))) {
                return base.resolve(file);
            }
        }
        throw new IllegalStateException("the shared folder with " + file + " is not beside this checkout");
    }

    /** The HEVC list's first {@code claims} rows (after its disclaimer and header). */
    static byte[] hevc(int claims) throws IOException {
        byte[] all = Files.readAllBytes(shared("data/hevc-advance-patent-list-2022-02-04.csv"));
        int lines = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' && ++lines == claims + 2) {
                return java.util.Arrays.copyOf(all, i + 1);
            }
        }
        return all;
    }

    static Response importInto(String pool, byte[] file) {
        return given().contentType("text/csv").body(file).queryParam("pool", pool).queryParam("standard", H265)
                .queryParam("listDate", "2022-02-04").post("/api/v1/imports/access-advance");
    }

    @Test
    void twoOverlappingImportsAtOnceBothImportAndLeaveWhatOneImportOfEachLeaves() throws Exception {
        byte[] file = hevc(3_000);
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> importInto("pool-a", file));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> importInto("pool-b", file));
        // one instance: the second waits for its turn (a fair lock), then finds the first's rows and adds its pool
        Response first = a.get(5, TimeUnit.MINUTES);
        Response second = b.get(5, TimeUnit.MINUTES);
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(200, second.statusCode(), second.asString());
        long patents = first.jsonPath().getLong("nodes.created") + second.jsonPath().getLong("nodes.created");
        String together = export();

        TestStore.empty(store);
        importInto("pool-a", file).then().statusCode(200);
        importInto("pool-b", file).then().statusCode(200);
        assertEquals(export(), together);
        // the pool nodes are the only nodes the second import adds: both created the nodes of one import
        assertEquals(given().get("/api/v1/patents?size=1").then().extract().jsonPath().getLong("total")
                + given().get("/api/v1/organizations?size=1").then().extract().jsonPath().getLong("total")
                + given().get("/api/v1/standards?size=1").then().extract().jsonPath().getLong("total")
                + given().get("/api/v1/families?size=1").then().extract().jsonPath().getLong("total")
                + given().get("/api/v1/pools?size=1").then().extract().jsonPath().getLong("total"), patents);
        assertEquals(given().get("/api/v1/pool-patents?size=1&pool=pool-a").then().extract().path("total"),
                (Object) given().get("/api/v1/pool-patents?size=1&pool=pool-b").then().extract().path("total"));
    }

    @Test
    void crudWritesWhileAnImportWritesAreKeptAndNothingAnswers500() throws Exception {
        given().contentType(ContentType.JSON).body("{\"id\": \"ITU-T H.265\", \"body\": \"ITU-T\"}")
                .post("/api/v1/standards").then().statusCode(201);
        CompletableFuture<Response> importing = CompletableFuture.supplyAsync(() -> importInto("pool-a", hevc3000()));
        while (!queue.isBusy() && !importing.isDone()) {
            Thread.onSpinWait(); // until the import holds its turn: it is comparing and writing
        }
        Response created = given().contentType(ContentType.JSON)
                .body("{\"id\": \"during-import\", \"name\": \"During Import\", \"kind\": \"ENTERPRISE\"}")
                .post("/api/v1/organizations");
        Response replaced = given().contentType(ContentType.JSON)
                .body("{\"id\": \"ITU-T H.265\", \"body\": \"ITU-T\", \"title\": \"High efficiency video coding\"}")
                .put("/api/v1/standards/{id}", H265);
        Response imported = importing.get(5, TimeUnit.MINUTES);
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals(200, replaced.statusCode(), replaced.asString());
        assertEquals(200, imported.statusCode(), imported.asString());
        given().get("/api/v1/organizations/during-import").then().statusCode(200)
                .body("name", equalTo("During Import"));
        // the title a person set stays, whichever committed first; the import's parts are there too
        given().get("/api/v1/standards/{id}", H265).then().statusCode(200)
                .body("title", equalTo("High efficiency video coding"));
        long version = Math.max(imported.jsonPath().getLong("version"),
                Long.parseLong(replaced.header("Sepgraph-Version")));
        // the questions answer on both writes
        assertTrue(given().queryParam("size", 1).queryParam("asOf", "2022-02-04").queryParam("minVersion", version)
                .get("/api/v1/standards/{id}/coverage", H265).then().statusCode(200).extract().jsonPath().getLong("covered") > 0);
        given().get("/api/v1/organizations/during-import/reach?size=1&minVersion=" + version).then().statusCode(200)
                .body("reached", equalTo(0));
    }

    /**
     * A file written in several transactions that fails after some committed: the store is put back, and so are the
     * engine's answers (the undo appends change entries the engine follows); the next import then succeeds.
     */
    @Test
    void aBatchedImportThatFailsIsUndoneInTheAnswersToo() throws Exception {
        byte[] file = hevc(3_000);
        importInto("pool-a", file).then().statusCode(200);
        String exported = export();
        String coverage = coverage(head());
        RuntimeException boom = new IllegalStateException("disk full, say");
        ProgressListener failLate = p -> {
            if (p.phase() == ProgressListener.Phase.WRITE && p.done() > 4_000) {
                throw boom;
            }
        };
        ImportOptions small = ImportOptions.of(java.util.Map.of("pool", "pool-b", "standard", H265,
                "listDate", "2022-02-04")).withTransactionSize(1_000);
        RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                new Imports(store, queue).run(ImportFormat.ACCESS_ADVANCE, new java.io.ByteArrayInputStream(file),
                        small, failLate, Origin.system("test")));
        assertTrue(thrown == boom || thrown.getCause() == boom, thrown.toString());
        assertEquals(exported, export());
        assertEquals(coverage, coverage(head()));

        ImportReport report = new Imports(store, queue).run(ImportFormat.ACCESS_ADVANCE,
                new java.io.ByteArrayInputStream(file), small, ProgressListener.NONE, Origin.system("test"));
        String both = export();
        String coverageOfBoth = coverage(report.version());
        TestStore.empty(store);
        importInto("pool-a", file).then().statusCode(200);
        importInto("pool-b", file).then().statusCode(200);
        assertEquals(both, export());
        assertEquals(coverageOfBoth, coverage(head()));
    }

    private long head() {
        return store.read(tx -> tx.run("MATCH (s:Sequence {name: 'changes'}) RETURN s.value AS v").single()
                .get("v").asLong());
    }

    /** Coverage of H.265 by every pool, all its items, on version {@code version} or later. */
    private static String coverage(long version) {
        return given().queryParam("size", 1000).queryParam("asOf", "2022-02-04").queryParam("minVersion", version)
                .get("/api/v1/standards/{id}/coverage", H265).then().statusCode(200).extract().asString();
    }

    private static byte[] hevc3000() {
        try {
            return hevc(3_000);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String export() {
        return given().get("/api/v1/export").then().statusCode(200).extract().asString();
    }
}
