package org.sepgraph.service;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * The money answers the README shows on the demo alliance, so the README stays true. Checked by hand against the
 * demo's data: the AVS3 pool holds 11 of the 13 AVS3 families essential in CN and US on 2026-11-28; its terms from
 * 2021 price a mobile at USD 0.20 in CN (outside Region 1) and 0.40 in the US: 2,000,000 × 0.20 + 500,000 × 0.40 =
 * 600,000.00, 0.24 a unit. Over 2025 it held 10 CN and 5 US families in force every day: 3,650 and 1,825 points;
 * Lumina's 4 CN and 2 US families earn 4/10 × 1,200,000 + 2/5 × 800,000 = 480,000 + 320,000 = 800,000.00.
 */
@QuarkusTest
class DemoMoneyTest {
    static final String PLAN = """
            {"standards": ["AVS3"], "asOf": "2026-11-28", "product": "mobile", "units": {"CN": 2000000, "US": 500000}%s}""";

    @Inject
    GraphStore store;

    @BeforeEach
    void demo() throws IOException {
        TestStore.empty(store);
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(ImportApiTest.demo())
                .post("/api/v1/imports/bundle").then().statusCode(200);
    }

    @Test
    void whatAMobileMakerWouldPayForAvs3InChinaAndTheUs() {
        MoneyApiTest.ask("/api/v1/plans", PLAN.formatted("")).then().log().ifValidationFails().statusCode(200)
                .body("currency", equalTo("USD")).body("essential", equalTo(13)).body("targetMet", equalTo(false))
                .body("plans.pools", equalTo(List.of(List.of("avs3-pool"), List.of(), List.of("nr-lite-pool"))))
                .body("plans[0].covered", equalTo(11))
                .body("plans[0].annualCost", equalTo(MoneyApiTest.d("600000.00")))
                .body("plans[0].perUnit", equalTo(MoneyApiTest.d("0.240000")))
                .body("plans[0].costByPool[0].countries.amount",
                        equalTo(List.of(MoneyApiTest.d("400000.00"), MoneyApiTest.d("200000.00"))))
                .body("plans[0].uncoveredByHolder.holder", equalTo(List.of("nordlys", "orion")))
                .body("plans[2].annualCost", equalTo(MoneyApiTest.d("480000.00")))
                .body("uncoverable", equalTo(List.of("FAM-08", "FAM-13")));
        MoneyApiTest.ask("/api/v1/plans", PLAN.formatted(", \"licensee\": \"pinecone\"")).then().statusCode(200)
                .body("plans.pools", equalTo(List.of(List.of())))
                .body("plans[0].covered", equalTo(11))
                .body("excluded.reason", equalTo(List.of("NOTHING_TO_ADD", "NOTHING_TO_ADD")))
                .body("excluded.annualCost", equalTo(List.of(MoneyApiTest.d("600000.00"),
                        MoneyApiTest.d("480000.00"))));
    }

    @Test
    void theAvs3PoolsIncomeOf2025() {
        MoneyApiTest.ask("/api/v1/pools/avs3-pool/distribution", """
                {"from": "2025-01-01", "to": "2025-12-31", "income": {"CN": 1200000.00, "US": 800000.00}}""")
                .then().statusCode(200)
                .body("licensors.organization", equalTo(List.of("lumina", "isr", "orion", "northbridge",
                        "lumina-us", "pinecone")))
                .body("licensors.amount", equalTo(List.of(MoneyApiTest.d("800000.00"), MoneyApiTest.d("380000.00"),
                        MoneyApiTest.d("280000.00"), MoneyApiTest.d("260000.00"), MoneyApiTest.d("160000.00"),
                        MoneyApiTest.d("120000.00"))))
                .body("licensors[0].points", equalTo(Map.of("CN", MoneyApiTest.d("1460.000000"),
                        "US", MoneyApiTest.d("730.000000"))))
                .body("unallocated.size()", equalTo(0)).body("unknownExpiry", equalTo(1));
    }
}
