package org.sepgraph.service.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sepgraph.service.web.PackagedService;

/**
 * Two instances of the packaged service on one Neo4j, as behind a load balancer: the first with its embedded store
 * on a known Bolt port and password, the second started with {@code SEPGRAPH_NEO4J_URI} pointing at that store.
 * What is written through one is in the other's answers: an import once the other is asked for the import's
 * version ({@code minVersion}), a CRUD write without asking, within a second (the follower's poll).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AS_OF = "2026-01-15";
    static final String PASSWORD = "two-instances-" + java.util.UUID.randomUUID();
    /** What a client may rely on without asking for a version (the default poll interval is 250 ms). */
    static final long WITHIN_NANOS = 1_000_000_000L;

    PackagedService first;
    PackagedService second;

    @BeforeAll
    void start() throws Exception {
        int bolt = PackagedService.freePort();
        first = PackagedService.start("first-instance", Map.of("SEPGRAPH_DEMO", "false",
                "SEPGRAPH_NEO4J_BOLT_PORT", Integer.toString(bolt), "SEPGRAPH_NEO4J_PASSWORD", PASSWORD));
        second = PackagedService.start("second-instance", Map.of("SEPGRAPH_DEMO", "false",
                "SEPGRAPH_NEO4J_URI", "bolt://127.0.0.1:" + bolt, "SEPGRAPH_NEO4J_USER", "neo4j",
                "SEPGRAPH_NEO4J_PASSWORD", PASSWORD));
    }

    @AfterAll
    void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    /** A standard with {@code essential} declared patents (no families: each counts as one), a pool holding the first {@code pooled}. */
    static ObjectNode bundle(String standard, String owner, String pool, int essential, int pooled) {
        ObjectNode b = JSON.createObjectNode().put("format", "sepgraph-bundle").put("version", 1);
        b.putArray("organizations").addObject().put("id", owner).put("name", owner.toUpperCase()).put("kind", "ENTERPRISE");
        b.putArray("standards").addObject().put("id", standard).put("body", "IT").put("title", standard);
        b.putArray("pools").addObject().put("id", pool).put("name", pool);
        b.putArray("bindings").addObject().put("pool", pool).put("standard", standard);
        ArrayNode patents = b.putArray("patents");
        ArrayNode owns = b.putArray("ownerships");
        ArrayNode declared = b.putArray("declarations");
        ArrayNode held = b.putArray("poolPatents");
        for (int i = 0; i < essential; i++) {
            String id = patent(standard, i);
            patents.addObject().put("id", id).put("jurisdiction", "EP").put("type", "INVENTION").put("status", "GRANTED")
                    .put("filed", "2015-03-01").put("expires", "2035-03-01");
            owns.addObject().put("organization", owner).put("patent", id);
            declared.addObject().put("patent", id).put("standard", standard).put("declarant", owner)
                    .put("assessment", "DECLARED");
            if (i < pooled) {
                held.addObject().put("pool", pool).put("patent", id).put("since", "2020-01-01");
            }
        }
        return b;
    }

    /** Patent ids of their own per standard (the two tests share the store). */
    static String patent(String standard, int i) {
        return "EP" + (3_100_000 + 1_000 * Math.floorMod(standard.hashCode(), 1_000) + i) + "B1";
    }

    @Test
    void aBundleImportedThroughOneIsInTheOthersAnswersAtItsVersion() {
        int essential = 7;
        int pooled = 4;
        String coverage = "/api/v1/standards/IT-CODEC/coverage?unit=PATENT&asOf=" + AS_OF;
        assertEquals(404, second.exchange(get(second, coverage)).statusCode(), "nothing imported yet");

        HttpResponse<String> imported = first.exchange(post(first, "/api/v1/imports/bundle",
                bundle("IT-CODEC", "nordwind", "it-codec-pool", essential, pooled)));
        assertEquals(200, imported.statusCode(), imported.body());
        long version = version(imported);

        HttpResponse<String> there = second.exchange(get(second, coverage + "&minVersion=" + version));
        assertEquals(200, there.statusCode(), there.body());
        assertTrue(version(there) >= version, "computed on the import's version or later");
        JsonNode answer = read(there);
        assertEquals(essential, answer.get("essential").asInt());
        assertEquals(pooled, answer.get("covered").asInt());
        assertEquals(essential - pooled, answer.get("uncovered").asInt());
        assertEquals("it-codec-pool", answer.at("/byPool/0/pool").asText());
        assertEquals(pooled, answer.at("/byPool/0/covered").asInt());
        assertEquals("nordwind", answer.at("/holdouts/0/holder").asText());
        assertEquals(essential - pooled, answer.at("/holdouts/0/count").asInt());
        // and the same answer, figure for figure, as the instance that imported it gives
        HttpResponse<String> here = first.exchange(get(first, coverage + "&minVersion=" + version));
        assertEquals(read(here), answer);
    }

    @Test
    void aWriteThroughOneIsInTheOthersAnswersWithinASecondWithoutAskingForItsVersion() {
        HttpResponse<String> imported = first.exchange(post(first, "/api/v1/imports/bundle",
                bundle("IT-AUDIO", "sudwind", "it-audio-pool", 3, 1)));
        assertEquals(200, imported.statusCode(), imported.body());
        String reach = "/api/v1/organizations/ostwind/reach?unit=PATENT&asOf=" + AS_OF;

        // a new organisation: the other instance's answers know it within a second
        HttpResponse<String> created = first.exchange(post(first, "/api/v1/organizations",
                JSON.createObjectNode().put("id", "ostwind").put("name", "Ostwind").put("kind", "STARTUP")));
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> known = untilWithin(reach, r -> r.statusCode() == 200, version(created));
        assertEquals(0, read(known).get("reached").asInt());

        // it co-owns a patent: the other's Reach counts it within a second
        String patent = patent("IT-AUDIO", 2);
        HttpResponse<String> owns = first.exchange(post(first, "/api/v1/ownerships",
                JSON.createObjectNode().put("organization", "ostwind").put("patent", patent)));
        assertEquals(201, owns.statusCode(), owns.body());
        HttpResponse<String> reached = untilWithin(reach, r -> r.statusCode() == 200 && read(r).get("reached").asInt() > 0,
                version(owns));
        JsonNode answer = read(reached);
        assertEquals(1, answer.get("reached").asInt());
        assertEquals(patent, answer.at("/items/items/0/patent").asText());
        assertEquals("OWNED", answer.at("/items/items/0/route").asText());
    }

    /**
     * Asks the second instance (no minVersion) until {@code seen}; fails unless it is seen before a second has
     * passed since the write answered, and on an answer computed on the write's version or later.
     */
    HttpResponse<String> untilWithin(String pathAndQuery, java.util.function.Predicate<HttpResponse<String>> seen,
                                     long written) {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> r = second.exchange(get(second, pathAndQuery));
            long elapsed = System.nanoTime() - start;
            if (seen.test(r)) {
                assertTrue(elapsed < WITHIN_NANOS, "seen after " + elapsed / 1_000_000 + " ms");
                assertTrue(version(r) >= written, "answered on version " + version(r) + ", written " + written);
                return r;
            }
            assertTrue(elapsed < WITHIN_NANOS, "not seen within a second: last answer " + r.statusCode() + " "
                    + r.body() + " on version " + r.headers().firstValue("Sepgraph-Version").orElse("?")
                    + ", written " + written);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static HttpRequest get(PackagedService to, String pathAndQuery) {
        return HttpRequest.newBuilder(to.uri(pathAndQuery)).header("Accept", "application/json").GET().build();
    }

    static HttpRequest post(PackagedService to, String pathAndQuery, JsonNode body) {
        return HttpRequest.newBuilder(to.uri(pathAndQuery)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    static long version(HttpResponse<String> r) {
        return Long.parseLong(r.headers().firstValue("Sepgraph-Version").orElseThrow(
                () -> new AssertionError("no Sepgraph-Version on " + r.uri())));
    }

    static JsonNode read(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
