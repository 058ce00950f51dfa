package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * Who may do what, over HTTP: every kind of endpoint against no key, a wrong key, and each role; keys stored only
 * as hashes; confidential licence terms shown to admins and the parties' keys only; the audit trail naming each
 * write's key.
 */
@QuarkusTest
class AccessApiTest {
    @Inject
    GraphStore store;

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @BeforeEach
    void fixture() {
        TestStore.empty(store);
        // made with the tests' admin key (AdminByDefault)
        post("/api/v1/organizations", "{\"id\": \"grantor-co\", \"name\": \"Grantor Co\"}");
        post("/api/v1/organizations", "{\"id\": \"grantor-sub\", \"name\": \"Grantor Subsidiary\"}");
        post("/api/v1/affiliations", "{\"organization\": \"grantor-sub\", \"affiliateOf\": \"grantor-co\"}");
        post("/api/v1/organizations", "{\"id\": \"grantee-co\", \"name\": \"Grantee Co\"}");
        post("/api/v1/organizations", "{\"id\": \"pool-licensor\", \"name\": \"Pool Licensor\"}");
        post("/api/v1/organizations", "{\"id\": \"outsider\", \"name\": \"Outsider\"}");
        post("/api/v1/pools", "{\"id\": \"p1\", \"name\": \"Pool One\"}");
        post("/api/v1/licensors", "{\"organization\": \"pool-licensor\", \"pool\": \"p1\"}");
        post("/api/v1/standards", "{\"id\": \"S1\", \"body\": \"ITU-T\", \"title\": \"A codec\"}");
        post("/api/v1/licenses", """
                {"id": "L-BILATERAL", "grantor": {"organization": "grantor-co"}, "grantees": ["grantee-co"],
                 "granted": "2020-01-01", "royalty": "1.2% of net sales", "fieldOfUse": "set-top boxes",
                 "royaltyTerms": [{"currency": "USD", "lumpSum": 500000}],
                 "scope": {"portfolios": ["grantor-co"]}}""");
        post("/api/v1/licenses", """
                {"id": "L-POOL", "kind": "POOL", "grantor": {"pool": "p1"}, "grantees": ["outsider"],
                 "granted": "2020-01-01", "royalty": "USD 0.40 per unit", "scope": {"pools": ["p1"]}}""");
        post("/api/v1/licenses", """
                {"id": "L-PLAIN", "grantor": {"organization": "outsider"}, "grantees": ["grantee-co"],
                 "granted": "2020-01-01", "scope": {"portfolios": ["outsider"]}}""");
    }

    private static void post(String path, String json) {
        given().contentType(ContentType.JSON).body(json).post(path).then().statusCode(201);
    }

    /** A new key of {@code role}, bound to {@code organization} when not null: its secret. */
    private static String key(String role, String organization) {
        String body = organization == null
                ? "{\"name\": \"" + role + " key\", \"role\": \"" + role + "\"}"
                : "{\"name\": \"" + role + " of " + organization + "\", \"role\": \"" + role
                        + "\", \"organization\": \"" + organization + "\"}";
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/keys").then().statusCode(201)
                .body("role", equalTo(role)).body("organization", equalTo(organization))
                .extract().path("key");
    }

    private static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    /** One kind of endpoint: how to call it with a request, and the least role that may. */
    record Endpoint(String name, String least, java.util.function.Function<RequestSpecification, Response> call) {}

    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("read a list", "reader", r -> r.get("/api/v1/organizations")),
                new Endpoint("read one", "reader", r -> r.get("/api/v1/standards/S1")),
                new Endpoint("coverage", "reader", r -> r.get("/api/v1/standards/S1/coverage")),
                new Endpoint("reach", "reader", r -> r.get("/api/v1/organizations/grantee-co/reach")),
                new Endpoint("path", "reader",
                        r -> r.get("/api/v1/reach/path?from=grantee-co&to=NO-SUCH-PATENT")), // 404 once allowed
                new Endpoint("binding", "reader", r -> r.get("/api/v1/pools/p1/binding")),
                new Endpoint("licences of a party", "reader", r -> r.get("/api/v1/organizations/outsider/licenses")),
                new Endpoint("landscape", "reader", r -> r.get("/api/v1/standards/S1/landscape")),
                new Endpoint("declarants", "reader", r -> r.get("/api/v1/standards/S1/declarants")),
                new Endpoint("coverage series", "reader",
                        r -> r.get("/api/v1/standards/S1/coverage/series?from=2024-01-01&to=2025-01-01&step=P6M")),
                new Endpoint("reach series", "reader", r -> r.get(
                        "/api/v1/organizations/grantee-co/reach/series?from=2024-01-01&to=2025-01-01&step=P6M")),
                new Endpoint("plan", "reader", r -> r.contentType(ContentType.JSON).body(
                        "{\"standards\": [\"S1\"], \"asOf\": \"2025-01-01\", \"units\": {\"US\": 1000}}")
                        .post("/api/v1/plans")),
                new Endpoint("distribution", "reader", r -> r.contentType(ContentType.JSON).body(
                        "{\"from\": \"2024-01-01\", \"to\": \"2024-12-31\", \"income\": {\"US\": 1000}}")
                        .post("/api/v1/pools/p1/distribution")),
                new Endpoint("own key", "reader", r -> r.get("/api/v1/keys/me")),
                new Endpoint("create", "editor", r -> r.contentType(ContentType.JSON)
                        .body("{\"id\": \"new-" + SERIAL.incrementAndGet() + "\", \"name\": \"New\"}")
                        .post("/api/v1/organizations")),
                new Endpoint("replace", "editor", r -> r.contentType(ContentType.JSON)
                        .body("{\"id\": \"outsider\", \"name\": \"Outsider Ltd\"}").put("/api/v1/organizations/outsider")),
                new Endpoint("relate", "editor", r -> r.contentType(ContentType.JSON)
                        .body("{\"organization\": \"" + fresh() + "\", \"pool\": \"p1\"}").post("/api/v1/licensors")),
                new Endpoint("import", "editor", r -> r.contentType(ContentType.JSON)
                        .body("{\"format\": \"sepgraph-bundle\", \"version\": 1, \"organizations\": "
                                + "[{\"id\": \"imported\", \"name\": \"Imported\"}]}")
                        .post("/api/v1/imports/bundle")),
                new Endpoint("import history", "editor", r -> r.get("/api/v1/imports")),
                new Endpoint("list keys", "admin", r -> r.get("/api/v1/keys")),
                new Endpoint("create a key", "admin", r -> r.contentType(ContentType.JSON)
                        .body("{\"name\": \"made\", \"role\": \"reader\"}").post("/api/v1/keys")),
                new Endpoint("audit", "admin", r -> r.get("/api/v1/audit")),
                new Endpoint("export", "admin", r -> r.get("/api/v1/export")),
                new Endpoint("delete", "editor", r -> r.delete("/api/v1/organizations/" + fresh())));
    }

    /** A new organisation, made by the admin: what a write may name without a conflict. */
    private static String fresh() {
        String id = "fresh-" + SERIAL.incrementAndGet();
        as(AdminByDefault.ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"name\": \"Fresh\"}").post("/api/v1/organizations")
                .then().statusCode(201);
        return id;
    }

    private static final List<String> ROLES = List.of("reader", "editor", "admin");

    @Test
    void eachRoleAgainstEachKindOfEndpoint() {
        Map<String, String> keys = Map.of("reader", key("reader", null), "editor", key("editor", null),
                "admin", key("admin", null));
        AdminByDefault.none();
        for (Endpoint e : endpoints()) {
            e.call().apply(given()).then().statusCode(401)
                    .contentType(containsString("application/problem+json"))
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401)).body("field", equalTo("Authorization"));
            e.call().apply(as("sgk_0123456789ab_notASecretThatExists")).then().statusCode(401)
                    .contentType(containsString("application/problem+json"));
            for (String role : ROLES) {
                int status = e.call().apply(as(keys.get(role))).then().extract().statusCode();
                boolean may = ROLES.indexOf(role) >= ROLES.indexOf(e.least());
                if (may) {
                    assertTrue(status / 100 == 2 || (e.name().equals("path") && status == 404),
                            e.name() + " as " + role + ": " + status);
                } else {
                    assertEquals(403, status, e.name() + " as " + role);
                    e.call().apply(as(keys.get(role))).then()
                            .contentType(containsString("application/problem+json")).body("status", equalTo(403));
                }
            }
        }
    }

    @Test
    void aKeyMustBeBearerAndRightAndNotRevoked() {
        String reader = key("reader", null);
        String id = as(reader).get("/api/v1/keys/me").then().statusCode(200).body("role", equalTo("reader"))
                .extract().path("id");
        AdminByDefault.none();
        given().header("Authorization", "Basic " + reader).get("/api/v1/organizations").then().statusCode(401);
        given().header("Authorization", "Bearer " + reader + "x").get("/api/v1/organizations").then().statusCode(401);
        given().header("Authorization", "Bearer " + reader.replace(id, "ffffffffffff")).get("/api/v1/organizations")
                .then().statusCode(401);
        as(AdminByDefault.ADMIN_KEY).delete("/api/v1/keys/" + id).then().statusCode(204);
        as(reader).get("/api/v1/organizations").then().statusCode(401);
        as(AdminByDefault.ADMIN_KEY).get("/api/v1/keys?size=1000").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(AdminByDefault.ADMIN_KEY).delete("/api/v1/keys/" + id).then().statusCode(404);
    }

    @Test
    void healthOpenApiAndTheApplicationNeedNoKey() {
        AdminByDefault.none();
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/").then().statusCode(200).contentType(containsString("text/html"));
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void keysAreStoredOnlyAsHashesAndListedWithoutSecrets() throws Exception {
        String secret = key("editor", "grantee-co");
        String id = as(secret).get("/api/v1/keys/me").then().statusCode(200)
                .body("organization", equalTo("grantee-co")).extract().path("id");
        given().get("/api/v1/keys?size=1000").then().statusCode(200)
                .body("items.key", everyItem(nullValue())).body("items.id", hasItem(id));
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> stored = store.read(tx -> tx.run("MATCH (k {id: $id}) WHERE k:Meta RETURN k {.*} AS k",
                Map.of("id", id)).list(r -> r.get("k").asMap()));
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).containsValue(expected), "the hash is stored: " + stored.get(0).keySet());
        // nowhere in the store is the secret, or the random part of it: everything after "sgk_<id>_" (base64url may
        // itself hold '_', so not what follows the last one: that tail can be a few characters found anywhere)
        String random = secret.substring(secret.indexOf('_', 4) + 1);
        assertEquals(32, random.length(), "192 random bits in base64url: " + secret);
        long holding = store.read(tx -> tx.run("""
                MATCH (n) UNWIND keys(n) AS p WITH n[p] AS v
                WHERE toStringOrNull(v) CONTAINS $random RETURN count(*) AS n""", Map.of("random", random))
                .single().get("n").asLong());
        assertEquals(0, holding);
    }

    /**
     * Worked out from the fixture: grantee-co is a grantee of L-BILATERAL and L-PLAIN; outsider grants L-PLAIN and is
     * L-POOL's grantee; grantor-sub is in grantor-co's group but no party itself.
     */
    @Test
    void anOrganisationsLicencesAreThoseItIsAPartyToWithTermsAsTheKeyMaySee() {
        String grantee = key("reader", "grantee-co");
        AdminByDefault.none();
        as(grantee).get("/api/v1/organizations/grantee-co/licenses").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of("L-BILATERAL", "L-PLAIN")))
                .body("items[0].royalty", equalTo("1.2% of net sales"));
        as(grantee).get("/api/v1/organizations/outsider/licenses").then().statusCode(200)
                .body("items.id", equalTo(List.of("L-PLAIN", "L-POOL"))).body("items[1].royalty", nullValue());
        as(grantee).get("/api/v1/organizations/grantor-sub/licenses").then().statusCode(200).body("total", equalTo(0));
        as(grantee).get("/api/v1/organizations/grantor-co/licenses?size=1&page=0").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of("L-BILATERAL")));
        as(grantee).get("/api/v1/organizations/nobody/licenses").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("field", equalTo("id"));
    }

    @Test
    void aKeyBoundToAPartySeesItsLicencesTermsAndNoOthers() {
        String grantee = key("reader", "grantee-co");
        String grantorsSubsidiary = key("reader", "grantor-sub");
        String licensor = key("reader", "pool-licensor");
        String outsider = key("reader", "outsider");
        String unbound = key("editor", null);
        AdminByDefault.none();
        // grantee and the grantor's group see L-BILATERAL's terms, and not the pool's licence's
        for (String k : List.of(grantee, grantorsSubsidiary)) {
            as(k).get("/api/v1/licenses/L-BILATERAL").then().statusCode(200)
                    .body("royalty", equalTo("1.2% of net sales")).body("fieldOfUse", equalTo("set-top boxes"))
                    .body("royaltyTerms[0].lumpSum", equalTo(500000));
            as(k).get("/api/v1/licenses/L-POOL").then().statusCode(200).body("royalty", nullValue())
                    .body("grantees[0]", equalTo("outsider"));
        }
        // a licensor of the granting pool, and the pool licence's grantee, see L-POOL's terms only
        for (String k : List.of(licensor, outsider)) {
            as(k).get("/api/v1/licenses/L-POOL").then().statusCode(200).body("royalty", equalTo("USD 0.40 per unit"));
            as(k).get("/api/v1/licenses/L-BILATERAL").then().statusCode(200).body("royalty", nullValue())
                    .body("fieldOfUse", nullValue()).body("royaltyTerms", anyOf(nullValue(), empty()))
                    .body("scope.portfolios[0]", equalTo("grantor-co"));
        }
        // a key bound to no one sees no terms, in one licence or in the list
        as(unbound).get("/api/v1/licenses/L-BILATERAL").then().statusCode(200).body("royalty", nullValue());
        as(unbound).get("/api/v1/licenses?size=10").then().statusCode(200).body("total", equalTo(3))
                .body("items.royalty", everyItem(nullValue())).body("items.fieldOfUse", everyItem(nullValue()));
        as(grantee).get("/api/v1/licenses?size=10").then().statusCode(200)
                .body("items.find { it.id == 'L-BILATERAL' }.royalty", equalTo("1.2% of net sales"))
                .body("items.find { it.id == 'L-POOL' }.royalty", nullValue());
        // the admin sees all of them
        as(AdminByDefault.ADMIN_KEY).get("/api/v1/licenses?size=10").then()
                .body("items.find { it.id == 'L-POOL' }.royalty", equalTo("USD 0.40 per unit"))
                .body("items.find { it.id == 'L-BILATERAL' }.fieldOfUse", equalTo("set-top boxes"));
        // and every question still uses every licence: the grantee reaches the grantor's portfolio either way
        String withTerms = as(grantee).get("/api/v1/organizations/grantee-co/reach").then().statusCode(200)
                .extract().asString();
        assertEquals(withTerms, as(unbound).get("/api/v1/organizations/grantee-co/reach").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void onlyThePartiesWriteTerms() {
        String partyEditor = key("editor", "grantee-co");
        String otherEditor = key("editor", "outsider");
        AdminByDefault.none();
        String replacement = """
                {"id": "L-BILATERAL", "grantor": {"organization": "grantor-co"}, "grantees": ["grantee-co"],
                 "granted": "2020-01-01", "royalty": "1.5% of net sales", "scope": {"portfolios": ["grantor-co"]}}""";
        String erasing = """
                {"id": "L-BILATERAL", "grantor": {"organization": "grantor-co"}, "grantees": ["grantee-co"],
                 "granted": "2020-01-01", "scope": {"portfolios": ["grantor-co"]}}""";
        for (String body : List.of(replacement, erasing)) {
            as(otherEditor).contentType(ContentType.JSON).body(body).put("/api/v1/licenses/L-BILATERAL").then()
                    .statusCode(403).contentType(containsString("application/problem+json"))
                    .body("detail", containsString("L-BILATERAL"));
        }
        as(otherEditor).delete("/api/v1/licenses/L-BILATERAL").then().statusCode(403);
        as(otherEditor).contentType(ContentType.JSON).body("""
                {"format": "sepgraph-bundle", "version": 1, "licenses": [
                 {"id": "L-NEW", "grantor": {"organization": "grantor-co"}, "grantees": ["grantee-co"],
                  "granted": "2021-01-01", "royalty": "free", "scope": {"portfolios": ["grantor-co"]}}]}""")
                .post("/api/v1/imports/bundle").then().statusCode(403);
        as(AdminByDefault.ADMIN_KEY).get("/api/v1/licenses/L-BILATERAL").then()
                .body("royalty", equalTo("1.2% of net sales"));
        as(AdminByDefault.ADMIN_KEY).get("/api/v1/licenses/L-NEW").then().statusCode(404);
        // a licence without terms any editor may write; the party's key may write the terms
        as(otherEditor).contentType(ContentType.JSON).body("""
                {"id": "L-PLAIN", "grantor": {"organization": "outsider"}, "grantees": ["grantee-co"],
                 "granted": "2019-01-01", "scope": {"portfolios": ["outsider"]}}""")
                .put("/api/v1/licenses/L-PLAIN").then().statusCode(200);
        as(partyEditor).contentType(ContentType.JSON).body(replacement).put("/api/v1/licenses/L-BILATERAL").then()
                .statusCode(200).body("royalty", equalTo("1.5% of net sales"));
    }

    @Test
    void theAuditListsEachWriteWithItsKey() {
        String editor = key("editor", null);
        String editorId = as(editor).get("/api/v1/keys/me").then().extract().path("id");
        AdminByDefault.none();
        long first = Long.parseLong(as(editor).contentType(ContentType.JSON)
                .body("{\"id\": \"audited\", \"name\": \"Audited\"}").post("/api/v1/organizations").then()
                .statusCode(201).extract().header("Sepgraph-Version"));
        as(editor).contentType(ContentType.JSON).body("{\"id\": \"audited\", \"name\": \"Audited Ltd\"}")
                .put("/api/v1/organizations/audited").then().statusCode(200);
        as(editor).contentType(ContentType.JSON).body("{\"organization\": \"audited\", \"pool\": \"p1\"}")
                .post("/api/v1/licensors").then().statusCode(201);
        as(editor).delete("/api/v1/organizations/audited?cascade=true").then().statusCode(204);
        Response audit = as(AdminByDefault.ADMIN_KEY).get("/api/v1/audit?since=" + (first - 1) + "&id=audited")
                .then().statusCode(200).extract().response();
        List<String> actions = audit.path("items.changes.flatten().action");
        List<String> collections = audit.path("items.changes.flatten().collection");
        assertEquals(5, actions.size(), actions.toString());
        assertEquals(List.of("CREATED organizations", "UPDATED organizations", "CREATED licensors"),
                java.util.stream.IntStream.range(0, 3).mapToObj(i -> actions.get(i) + " " + collections.get(i)).toList());
        // the cascade: one write, the organisation and its relationship
        assertEquals(java.util.Set.of("DELETED organizations", "DELETED licensors"),
                java.util.stream.IntStream.range(3, 5).mapToObj(i -> actions.get(i) + " " + collections.get(i))
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(4, audit.<Integer>path("items.size()"), "four writes");
        List<String> byKeys = audit.path("items.origin.key");
        assertFalse(byKeys.isEmpty());
        assertTrue(byKeys.stream().allMatch(editorId::equals), byKeys.toString());
        // the filter by kind, and the time form of since
        as(AdminByDefault.ADMIN_KEY).get("/api/v1/audit?since=2000-01-01&kind=licensors&id=audited").then()
                .statusCode(200).body("items.changes.flatten().collection", everyItem(equalTo("licensors")));
        as(AdminByDefault.ADMIN_KEY).get("/api/v1/audit?since=yesterday").then().statusCode(400)
                .body("field", equalTo("since"));
    }
}
