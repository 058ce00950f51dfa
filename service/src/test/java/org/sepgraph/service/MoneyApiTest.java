package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * The money questions over HTTP, on a graph small enough to work out by hand, and royalty terms as data in the CRUD
 * payloads and the bundle.
 *
 * <p>Graph: standard S with part S1; organisations acme, beta, gamma, buyer. Patents (all GRANTED, expiring
 * 2035-01-01 unless said): US1 and CN1 in family F, US2, US3, CN2 — all five declared to S1; US5 in F too, expiring
 * 2025-03-31, and US4, neither declared. Owners: US1 acme 0.6 + beta 0.4; CN1 gamma; US2 acme; US3 beta; CN2 gamma;
 * US5 beta; US4 none. Pools, each holding since 2021-01-01 (open) unless said:
 * <ul>
 * <li>P — US1, CN1, US2, US5, and US4 since 2025-07-01; terms (Via LA's shape) from 2021: 100,000 units a year
 * free, then USD 0.20 a unit anywhere, cap USD 25M;</li>
 * <li>Q — US2, US3, CN2; terms: mobile USD 0.50 in US, USD 0.25 anywhere else;</li>
 * <li>R — US3; no terms.</li>
 * </ul>
 * Licence L: pool licence from P to buyer over P's holdings, 2021-01-01..2030-12-31.
 */
@QuarkusTest
class MoneyApiTest {
    /** Amounts compared as the exact decimals the service writes (235000.00), not as floats. */
    static final RestAssuredConfig DECIMALS = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    static final String P_TERMS = """
            [{"currency": "USD", "from": "2021-01-01", "rates": [{"perUnit": 0.20}], "freeUnits": 100000,
              "annualCap": 25000000}]""";
    static final String Q_TERMS = """
            [{"currency": "USD", "rates": [{"product": "mobile", "territories": ["US"], "perUnit": 0.50},
                                           {"product": "mobile", "perUnit": 0.25}]}]""";

    @Inject
    GraphStore store;

    @BeforeEach
    void build() {
        TestStore.empty(store);
        for (String org : new String[] {"acme", "beta", "gamma", "buyer"}) {
            CrudTest.post("/api/v1/organizations", "{\"id\": \"" + org + "\", \"name\": \"" + org + "\"}");
        }
        CrudTest.post("/api/v1/standards", "{\"id\": \"S\"}");
        CrudTest.post("/api/v1/standards", "{\"id\": \"S1\", \"partOf\": [\"S\"]}");
        CrudTest.post("/api/v1/families", "{\"id\": \"F\"}");
        patent("US1", "F", "2035-01-01");
        patent("CN1", "F", "2035-01-01");
        patent("US2", null, "2035-01-01");
        patent("US3", null, "2035-01-01");
        patent("CN2", null, "2035-01-01");
        patent("US5", "F", "2025-03-31");
        patent("US4", null, "2035-01-01");
        owns("acme", "US1", 0.6);
        owns("beta", "US1", 0.4);
        owns("gamma", "CN1", null);
        owns("acme", "US2", null);
        owns("beta", "US3", null);
        owns("gamma", "CN2", null);
        owns("beta", "US5", null);
        for (String p : new String[] {"US1", "CN1", "US2", "US3", "CN2"}) {
            CrudTest.post("/api/v1/declarations", "{\"patent\": \"" + p + "\", \"standard\": \"S1\"}");
        }
        CrudTest.post("/api/v1/pools", "{\"id\": \"P\", \"name\": \"Pool P\", \"royaltyTerms\": " + P_TERMS + "}");
        CrudTest.post("/api/v1/pools", "{\"id\": \"Q\", \"name\": \"Pool Q\", \"royaltyTerms\": " + Q_TERMS + "}");
        CrudTest.post("/api/v1/pools", "{\"id\": \"R\", \"name\": \"Pool R\"}");
        for (String p : new String[] {"US1", "CN1", "US2", "US5"}) {
            held("P", p, "2021-01-01");
        }
        held("P", "US4", "2025-07-01");
        for (String p : new String[] {"US2", "US3", "CN2"}) {
            held("Q", p, "2021-01-01");
        }
        held("R", "US3", "2021-01-01");
        CrudTest.post("/api/v1/licenses", """
                {"id": "L", "kind": "POOL", "grantor": {"pool": "P"}, "grantees": ["buyer"],
                 "granted": "2021-01-01", "expires": "2030-12-31", "scope": {"pools": ["P"]}}""");
    }

    static void patent(String id, String family, String expires) {
        CrudTest.post("/api/v1/patents", "{\"id\": \"" + id + "\"" + (family == null ? "" : ", \"family\": \""
                + family + "\"") + ", \"expires\": \"" + expires + "\"}");
    }

    static void owns(String org, String patent, Double share) {
        CrudTest.post("/api/v1/ownerships", "{\"organization\": \"" + org + "\", \"patent\": \"" + patent + "\""
                + (share == null ? "" : ", \"share\": " + share) + "}");
    }

    static void held(String pool, String patent, String since) {
        CrudTest.post("/api/v1/pool-patents", "{\"pool\": \"" + pool + "\", \"patent\": \"" + patent
                + "\", \"since\": \"" + since + "\"}");
    }

    static Response ask(String path, String body) {
        return given().config(DECIMALS).contentType(ContentType.JSON).body(body).post(path);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * Selling 300,000 mobiles a year in US and 100,000 in CN, on 2025-01-01, without a licence.
     * Essential families (E in US and CN): F {US1, CN1}, US2, US3, CN2 = 4 (US5 and US4 are not declared).
     * Costs: P — 0.20 everywhere, so the free 100,000 go to the tie's first country, CN (country code): CN 0.00,
     * US 300,000 × 0.20 = 60,000.00; below the cap. Q — US 300,000 × 0.50 = 150,000.00, CN 100,000 × 0.25 =
     * 25,000.00: 175,000.00. R has no terms: excluded, NO_TERMS.
     * Coverage: P holds F whole and US2 (2); Q holds US2, US3, CN2 (3); P+Q all 4 for 235,000.00, per unit
     * 235,000 / 400,000 = 0.5875; US2 is held whole by both (double paid). Frontier by cost: {} 0 (covers 0),
     * {P} 60,000 (2), {Q} 175,000 (3), {P, Q} 235,000 (4): each covers more than every cheaper one.
     */
    @Test
    void theCheapestPlanCoveringEverythingAndTheFrontier() {
        String before = snapshot();
        long version = version();
        ask("/api/v1/plans", """
                {"standards": ["S"], "asOf": "2025-01-01", "product": "mobile", "units": {"US": 300000, "CN": 100000}}""")
                .then().statusCode(200)
                .header("Sepgraph-Version", Long.toString(version))
                .body("essential", equalTo(4)).body("needed", equalTo(4)).body("targetMet", equalTo(true))
                .body("units", equalTo(400000)).body("currency", equalTo("USD")).body("method", equalTo("EXACT"))
                .body("plans.pools", equalTo(List.of(List.of("P", "Q"), List.of(), List.of("P"), List.of("Q"))))
                .body("plans.covered", equalTo(List.of(4, 0, 2, 3)))
                // the empty plan costs a plain 0 (a whole number in JSON)
                .body("plans.annualCost", equalTo(List.<Object>of(d("235000.00"), 0, d("60000.00"), d("175000.00"))))
                .body("plans[0].perUnit", equalTo(d("0.587500")))
                .body("plans[0].costByPool.pool", equalTo(List.of("P", "Q")))
                .body("plans[0].costByPool[0].countries.country", equalTo(List.of("CN", "US")))
                .body("plans[0].costByPool[0].countries.freeUnits", equalTo(List.of(100000, 0)))
                .body("plans[0].costByPool[0].countries.amount", equalTo(List.of(d("0.00"), d("60000.00"))))
                .body("plans[0].costByPool[1].countries.amount", equalTo(List.of(d("25000.00"), d("150000.00"))))
                .body("plans[0].doublePaid", equalTo(List.of(Map.of("family", "US2", "pools", List.of("P", "Q")))))
                .body("plans[2].uncoveredByHolder.holder", equalTo(List.of("beta", "gamma")))
                .body("excluded.pool", equalTo(List.of("R"))).body("excluded[0].reason", equalTo("NO_TERMS"));
        assertEquals(before, snapshot(), "a question writes nothing");
        assertEquals(version, version());
    }

    /**
     * With buyer as licensee: L reaches everything P holds — F whole and US2 — so 2 of the 4 families are covered by
     * every plan; P adds nothing (NOTHING_TO_ADD). Q completes US3 and CN2: {Q} covers 4 for 175,000.00; the empty
     * plan, covering 2 for nothing, is on the frontier too. With target 0.5 and no licensee, ⌈0.5 × 4⌉ = 2 families
     * are needed: {P} for 60,000.00. Only P offered (target 1): no plan reaches 4; the cheapest covering the most is
     * {P} (2 of 4).
     */
    @Test
    void aLicenseeReachesPartAndATargetAsksForLess() {
        ask("/api/v1/plans", """
                {"standards": ["S"], "asOf": "2025-01-01", "product": "mobile", "units": {"US": 300000, "CN": 100000},
                 "licensee": "buyer"}""")
                .then().statusCode(200)
                .body("plans.pools", equalTo(List.of(List.of("Q"), List.of())))
                .body("plans.covered", equalTo(List.of(4, 2)))
                .body("plans[0].annualCost", equalTo(d("175000.00")))
                .body("plans[1].uncoveredByHolder.holder", equalTo(List.of("beta", "gamma")))
                .body("excluded.pool", equalTo(List.of("P", "R")))
                .body("excluded.reason", equalTo(List.of("NOTHING_TO_ADD", "NO_TERMS")));
        ask("/api/v1/plans", """
                {"standards": ["S"], "asOf": "2025-01-01", "product": "mobile", "units": {"US": 300000, "CN": 100000},
                 "target": 0.5}""")
                .then().statusCode(200)
                .body("needed", equalTo(2)).body("plans[0].pools", equalTo(List.of("P")))
                .body("plans[0].annualCost", equalTo(d("60000.00"))).body("plans[0].share", equalTo(d("0.5")));
        ask("/api/v1/plans", """
                {"standards": ["S1"], "asOf": "2025-01-01", "product": "mobile", "units": {"US": 300000, "CN": 100000},
                 "pools": ["P"]}""")
                .then().statusCode(200)
                .body("targetMet", equalTo(false)).body("plans[0].pools", equalTo(List.of("P")))
                .body("plans[0].covered", equalTo(2));
    }

    /**
     * P's income over 2025 (365 days, USD from its terms: cents): US 1,000.00, CN 500.00, DE 100.00.
     * Days held and in force: US1 365, US2 365, US5 90 (to its expiry, 03-31: 31 + 28 + 31), US4 184 (07-01 to
     * 12-31), CN1 365; DE none.
     * <ul>
     * <li>PATENT, US: acme 0.6 × 365 + 365 = 584, beta 0.4 × 365 + 90 = 236, no owner 184; total 1,004. In cents of
     * 100,000: acme 58,400,000 / 1,004 = 58,167.33, beta 23,505.98, unknown 18,326.69; floors 99,998, the two cents
     * left go to the largest remainders, beta (.98) and unknown (.69): acme 581.67, beta 235.06, unallocated
     * 183.27.</li>
     * <li>FAMILY, US: F counts once, on its best US patent, US1 (365 days, US5 has 90): acme 584, beta 146, unknown
     * 184; total 914: acme 63,894.97, beta 15,973.74, unknown 20,131.29; two cents left to acme (.97) and beta
     * (.74): acme 638.95, beta 159.74, unallocated 201.31.</li>
     * <li>CN: CN1 alone, gamma's: 500.00. DE: nothing in force: 100.00 unallocated.</li>
     * </ul>
     */
    @Test
    void thePoolIncomeSharedByPatentDays() {
        String before = snapshot();
        String income = """
                {"from": "2025-01-01", "to": "2025-12-31", "income": {"US": 1000.00, "CN": 500.00, "DE": 100.00},
                 "unit": "%s"}""";
        ask("/api/v1/pools/P/distribution", income.formatted("PATENT")).then().statusCode(200)
                .header("Sepgraph-Version", notNullValue())
                .body("currency", equalTo("USD")).body("income", equalTo(d("1600.00")))
                .body("unknownExpiry", equalTo(0))
                .body("licensors.organization", equalTo(List.of("acme", "gamma", "beta")))
                .body("licensors.amount", equalTo(List.of(d("581.67"), d("500.00"), d("235.06"))))
                .body("licensors[0].points.US", equalTo(d("584.000000")))
                .body("licensors[2].points.US", equalTo(d("236.000000")))
                .body("unallocated", equalTo(List.of(
                        Map.of("country", "DE", "amount", d("100.00"), "reason", "NOTHING_IN_FORCE"),
                        Map.of("country", "US", "amount", d("183.27"), "reason", "OWNER_UNKNOWN"))));
        ask("/api/v1/pools/P/distribution", income.formatted("FAMILY")).then().statusCode(200)
                .body("unit", equalTo("FAMILY"))
                .body("licensors.organization", equalTo(List.of("acme", "gamma", "beta")))
                .body("licensors.amount", equalTo(List.of(d("638.95"), d("500.00"), d("159.74"))))
                .body("licensors[0].amounts", equalTo(Map.of("US", d("638.95"))))
                .body("unallocated.amount", equalTo(List.of(d("100.00"), d("201.31"))));
        // FAMILY is the default unit
        ask("/api/v1/pools/P/distribution", """
                {"from": "2025-01-01", "to": "2025-12-31", "income": {"US": 1000.00}}""").then().statusCode(200)
                .body("unit", equalTo("FAMILY")).body("licensors[0].amount", equalTo(d("638.95")));
        assertEquals(before, snapshot(), "a question writes nothing");
    }

    @Test
    void badPlanRequestsAreNamedAndChangeNothing() {
        String units = "\"units\": {\"US\": 1000}";
        refused("/api/v1/plans", "{\"standards\": [\"S\", \"NOPE\"], " + units + "}", 404, "standards[1]");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], " + units + ", \"licensee\": \"ghost\"}", 404, "licensee");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], " + units + ", \"pools\": [\"P\", \"NOPE\"]}", 404,
                "pools[1]");
        refused("/api/v1/plans", "{\"standards\": [], " + units + "}", 400, "standards");
        refused("/api/v1/plans", "{" + units + "}", 400, "standards");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], \"units\": {\"US\": -5}}", 400, "units.US");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], \"units\": {\"US\": 1.5}}", 400, "units.US");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], \"units\": {\"USA\": 5}}", 400, "units.USA");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], \"units\": {}}", 400, "units");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], \"units\": {\"US\": 0}}", 400, "units");
        refused("/api/v1/plans", "{\"standards\": [\"S\"]}", 400, "units");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], " + units + ", \"target\": 1.5}", 400, "target");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], " + units + ", \"asOf\": \"2025-02-30\"}", 400, "asOf");
        refused("/api/v1/plans", "{\"standards\": [\"S\"], " + units + ", \"territory\": \"US\"}", 400, "territory");
        refused("/api/v1/plans", "", 400, "body");
    }

    @Test
    void badDistributionRequestsAreNamedAndChangeNothing() {
        String period = "\"from\": \"2025-01-01\", \"to\": \"2025-12-31\"";
        refused("/api/v1/pools/NOPE/distribution", "{" + period + ", \"income\": {\"US\": 1}}", 404, "id");
        refused("/api/v1/pools/P/distribution", """
                {"from": "2025-12-31", "to": "2025-01-01", "income": {"US": 1}}""", 400, "to");
        refused("/api/v1/pools/P/distribution", "{\"to\": \"2025-12-31\", \"income\": {\"US\": 1}}", 400, "from");
        refused("/api/v1/pools/P/distribution", "{" + period + ", \"income\": {}}", 400, "income");
        refused("/api/v1/pools/P/distribution", "{" + period + "}", 400, "income");
        refused("/api/v1/pools/P/distribution", "{" + period + ", \"income\": {\"US\": -1}}", 400, "income.US");
        refused("/api/v1/pools/P/distribution", "{" + period + ", \"income\": {\"ZZ\": 1}}", 400, "income.ZZ");
        refused("/api/v1/pools/P/distribution", "{" + period + ", \"income\": {\"US\": \"1\"}}", 400, "income.US");
        // P's terms are in USD: cents, not tenths of a cent
        refused("/api/v1/pools/P/distribution", "{" + period + ", \"income\": {\"US\": 1.005}}", 400, "income.US");
        refused("/api/v1/pools/P/distribution", "{" + period + ", \"income\": {\"US\": 1}, \"unit\": \"CLAIM\"}",
                400, "unit");
    }

    /** Two candidate pools that could each add something, priced in two currencies: refused, naming pools. */
    @Test
    void costsInTwoCurrenciesAreNotAddedUp() {
        given().contentType(ContentType.JSON).body("""
                {"id": "R", "name": "Pool R", "royaltyTerms": [{"currency": "EUR", "rates": [{"perUnit": 0.10}]}]}""")
                .put("/api/v1/pools/R").then().statusCode(200);
        refused("/api/v1/plans", """
                {"standards": ["S"], "asOf": "2025-01-01", "product": "mobile", "units": {"US": 1000},
                 "pools": ["P", "R"]}""", 400, "pools").body("detail", containsString("EUR"));
    }

    @Test
    void termsRoundTripThroughCrudAndTheBundle() {
        given().config(DECIMALS).get("/api/v1/pools/P").then().statusCode(200)
                .body("royaltyTerms[0].currency", equalTo("USD"))
                .body("royaltyTerms[0].from", equalTo("2021-01-01"))
                .body("royaltyTerms[0].rates[0].perUnit", equalTo(d("0.20")))
                .body("royaltyTerms[0].freeUnits", equalTo(100000))
                .body("royaltyTerms[0].annualCap", equalTo(25000000));
        given().contentType(ContentType.JSON).body("""
                {"id": "L", "kind": "POOL", "grantor": {"pool": "P"}, "grantees": ["buyer"],
                 "granted": "2021-01-01", "expires": "2030-12-31", "scope": {"pools": ["P"]},
                 "royalty": "EUR 2M a year", "royaltyTerms": [{"currency": "eur", "until": "2030-12-31", "lumpSum": 2000000.00}]}""")
                .put("/api/v1/licenses/L").then().statusCode(200)
                .body("royaltyTerms[0].currency", equalTo("EUR"));
        given().config(DECIMALS).get("/api/v1/licenses/L").then().statusCode(200)
                .body("royaltyTerms[0].lumpSum", equalTo(d("2000000.00")))
                .body("royaltyTerms[0].until", equalTo("2030-12-31"));

        String first = given().get("/api/v1/export").then().statusCode(200).extract().asString();
        assertEquals(true, first.contains("\"royaltyTerms\":[{\"currency\":\"USD\",\"from\":\"2021-01-01\","
                + "\"rates\":[{\"perUnit\":0.20}],\"freeUnits\":100000,\"annualCap\":25000000}]"), first);
        assertEquals(true, first.contains("\"lumpSum\":2000000.00"), first);
        TestStore.empty(store);
        given().contentType(ContentType.JSON).body(first).post("/api/v1/imports/bundle").then().statusCode(200)
                .body("errors.size()", equalTo(0));
        assertEquals(first, given().get("/api/v1/export").then().statusCode(200).extract().asString());
        given().config(DECIMALS).get("/api/v1/pools/Q").then().statusCode(200)
                .body("royaltyTerms[0].rates.product", equalTo(List.of("mobile", "mobile")))
                .body("royaltyTerms[0].rates[0].territories", equalTo(List.of("US")))
                .body("royaltyTerms[0].rates.perUnit", equalTo(List.of(d("0.50"), d("0.25"))));
    }

    @Test
    void badTermsInPayloadsAreNamedByTheirJsonPath() {
        refused("/api/v1/pools", """
                {"id": "X", "name": "X", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1}, {"perUnit": -0.5}]}]}""",
                400, "royaltyTerms[0].rates[1].perUnit");
        refused("/api/v1/pools", """
                {"id": "X", "name": "X", "royaltyTerms": [{"currency": "USD", "from": "2020-01-01", "rates": [{"perUnit": 1}]},
                                                         {"currency": "USD", "until": "2020-06-30", "lumpSum": 5}]}""",
                400, "royaltyTerms[1].from");
        refused("/api/v1/pools", """
                {"id": "X", "name": "X", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": "0.20"}]}]}""",
                400, "royaltyTerms[0].rates[0].perUnit");
        refused("/api/v1/pools", """
                {"id": "X", "name": "X", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1, "territories": ["ZZ"]}]}]}""",
                400, "royaltyTerms[0].rates[0].territories[0]");
        refused("/api/v1/pools", """
                {"id": "X", "name": "X", "royaltyTerms": [{"currency": "USD"}]}""", 400, "royaltyTerms[0].rates");
        refused("/api/v1/licenses", """
                {"id": "L2", "grantor": {"pool": "P"}, "grantees": ["buyer"],
                 "royaltyTerms": [{"currency": "DOLLARS", "rates": [{"perUnit": 1}]}]}""", 400,
                "royaltyTerms[0].currency");
        refused("/api/v1/licenses", """
                {"id": "L2", "grantor": {"pool": "P"}, "grantees": ["buyer"],
                 "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1}], "freeUnits": 1.5}]}""", 400,
                "royaltyTerms[0].freeUnits");
    }

    @Test
    void bothQuestionsAreDocumentedWithExampleBodies() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        doc.body("paths.'/api/v1/plans'.post.summary", containsString("Licensing plans"))
                .body("paths.'/api/v1/plans'.post.requestBody.content.'application/json'.example.standards",
                        equalTo(List.of("AVS3")))
                .body("paths.'/api/v1/pools/{id}/distribution'.post.summary", containsString("licensors"))
                .body("paths.'/api/v1/pools/{id}/distribution'.post.requestBody.content.'application/json'.example.from",
                        equalTo("2025-01-01"))
                .body("paths.'/api/v1/pools'.post.requestBody.content.'application/json'.example.royaltyTerms[0].currency",
                        equalTo("USD"));
    }

    /** Posts a body, checks the problem, and checks that the graph is exactly as it was. */
    io.restassured.response.ValidatableResponse refused(String path, String body, int status, String field) {
        String before = snapshot();
        var response = given().contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("field", equalTo(field))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("org.sepgraph")));
        assertEquals(before, snapshot(), "a refused request changes nothing");
        return response;
    }

    String snapshot() {
        return store.query("""
                MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
                WITH n, collect([type(r), m.id, properties(r)]) AS out
                RETURN collect([labels(n), properties(n), out]) AS all""", Map.of()).get(0).get("all").toString();
    }

    static long version() {
        return Long.parseLong(given().get("/api/v1/organizations?size=1").then().statusCode(200).extract()
                .header("Sepgraph-Version"));
    }
}
