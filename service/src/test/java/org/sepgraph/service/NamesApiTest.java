package org.sepgraph.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/**
 * Names in any script over HTTP: declarants named in Chinese, Japanese, Korean, Cyrillic and accented Latin
 * import from an ETSI file, and their ids round-trip through URL-encoded paths, search, export and import.
 */
@QuarkusTest
class NamesApiTest {
    @Inject
    GraphStore store;

    @BeforeEach
    void clean() {
        TestStore.empty(store);
    }

    /** Each declarant's name and the id worked out by hand (NFKC, lower case, other characters to '-'). */
    static final Map<String, String> IDS = new LinkedHashMap<>();

    static {
        IDS.put("华为技术有限公司", "华为技术有限公司");
        IDS.put("株式会社エヌ・ティ・ティ・ドコモ", "株式会社エヌ-ティ-ティ-ドコモ");
        IDS.put("삼성전자 주식회사", "삼성전자-주식회사");
        IDS.put("ООО Рога и Копыта", "ооо-рога-и-копыта");
        IDS.put("Société Générale d'Électronique", "société-générale-d-électronique");
        IDS.put("ＦＵＬＬＷＩＤＴＨ Ｃｏ．", "fullwidth-co"); // NFKC folds the full-width forms
    }

    @Test
    void declarantsInEveryScriptRoundTrip() {
        StringBuilder csv = new StringBuilder("IPRD_ID;IPRD_REFERENCE;IPRD_SIGNATURE_DATE;COMP_LEGAL_NAME;DIPG_ID;"
                + "TGPP_NUMBER;3GPP_Type;TGPV_VERSION;PATT_APPLICATION_NUMBER;PUBL_NUMBER;Country_Of_Registration;"
                + "PBPA_APP_DATE;ETPR_ACRONYM;DIPG_PATF_ID\n");
        int i = 0;
        for (String name : IDS.keySet()) {
            csv.append(i).append(";R;2020-01-01 00:00:00;").append(name).append(";").append(i)
                    .append(";38.331;TS;16.0.0;APP").append(i).append(";CN10000000").append(i)
                    .append(" B;CN CHINA;2019-01-01 00:00:00;3GPP-Release-16 | Release 16;F").append(i).append('\n');
            i++;
        }
        given().contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/etsi-isld").then().statusCode(200).body("errors.size()", equalTo(0));
        checkEveryName();
        String export = given().get("/api/v1/export").then().statusCode(200).extract().asString();
        TestStore.empty(store);
        given().contentType("application/json").body(export.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/bundle").then().statusCode(200);
        checkEveryName();
        assertEquals(export, given().get("/api/v1/export").then().statusCode(200).extract().asString());
    }

    private static void checkEveryName() {
        IDS.forEach((name, id) -> {
            String path = "/api/v1/organizations/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                    .body("id", equalTo(id)).body("name", equalTo(name));
            String word = name.substring(0, 2);
            given().queryParam("q", word).get("/api/v1/organizations").then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().urlEncodingEnabled(false).get(path + "/reach?asOf=2021-01-01").then().log().ifValidationFails().statusCode(200)
                    .body("reached", equalTo(1));
        });
    }
}
