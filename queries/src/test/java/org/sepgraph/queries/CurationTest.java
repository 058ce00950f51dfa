package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.PoolPatent;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.Curation;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageRequest;

/**
 * Imports respect what people set and what newer lists say (issue 15): a rejection made through the API survives
 * the daily ETSI refresh; a shorter pool list closes the patents it dropped, and coverage after its date no longer
 * counts them (a patent that comes back rejoins on the later list's date); an application stored under its
 * publication is renamed when its grant appears; a declarant named only in Chinese imports.
 */
class CurationTest {
    static final String ETSI_HEADER = "IPRD_ID;IPRD_REFERENCE;IPRD_SIGNATURE_DATE;COMP_LEGAL_NAME;DIPG_ID;"
            + "TGPP_NUMBER;3GPP_Type;TGPV_VERSION;PATT_APPLICATION_NUMBER;PUBL_NUMBER;Country_Of_Registration;"
            + "PBPA_APP_DATE;ETPR_ACRONYM;DIPG_PATF_ID\n";

    static ImportReport importEtsi(GraphStore store, String rows) {
        return new Imports(store).run(ImportFormat.ETSI_ISLD,
                new ByteArrayInputStream((ETSI_HEADER + rows).getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    }

    static ImportReport importList(GraphStore store, String listDate, String... patents) {
        StringBuilder csv = new StringBuilder("\uFEFF,,\"A pool's list\"\r\n"
                + "Count (Claims),Count (Patents),Profile,Country,Patent Number,Claim Number,Category,Licensor,"
                + "Est. Exp. Date,Representative Sections\r\n");
        for (String p : patents) {
            csv.append("1,1,Main,US,").append(p).append(",1,Decoder,Acme,20400101,7.3\r\n");
        }
        return new Imports(store).run(ImportFormat.ACCESS_ADVANCE,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                ImportOptions.of(Map.of("pool", "p", "standard", "S", "listDate", listDate)));
    }

    @Test
    void aRejectionMadeThroughTheApiSurvivesAReimport() {
        GraphStore store = TestStore.clean();
        String row = "1;R1;2019-01-01 00:00:00;Nokia Oyj;1;38.211;TS;16.0.0;FI20190001;FI127654 B;FI FINLAND;"
                + "2019-01-01 00:00:00;3GPP-Release-16 | Release 16;F1\n";
        importEtsi(store, row);
        Edges<Declaration> declarations = new Edges<>(store, EdgeKinds.DECLARATIONS);
        Declaration d = declarations.list("FI127654B", null, Page.Request.of(0, 1)).items().get(0);
        declarations.put(new Declaration(d.patent(), d.standard(), d.declarant(), d.date(), d.version(),
                Assessment.REJECTED, d.claims(), d.categories(), d.sections()), Origin.api("evaluator-key"));

        ImportReport again = importEtsi(store, row);
        assertEquals(Assessment.REJECTED, declarations.list("FI127654B", null, Page.Request.of(0, 1)).items().get(0)
                .assessment(), "the evaluation is kept");
        assertEquals(List.of(new Curation.Kept("declarations", "FI127654B → 3GPP TS 38.211", "assessment",
                "set through the API with key evaluator-key")), again.curation().kept());
        assertEquals(0, again.relationships().updated(), "nothing else differed");
    }

    @Test
    void aShorterNewerPoolListClosesWhatItDroppedAndCoverageAfterItsDateForgetsThem() {
        GraphStore store = TestStore.clean();
        importList(store, "2024-01-01", "US1", "US2", "US3");
        ImportReport newer = importList(store, "2025-01-01", "US1", "US2");
        assertEquals(List.of(new Curation.Closed("p", "US3", LocalDate.parse("2024-12-31"))),
                newer.curation().closed());
        Edges<PoolPatent> contents = new Edges<>(store, EdgeKinds.POOL_PATENTS);
        PoolPatent us3 = contents.list("US3", "p", Page.Request.of(0, 1)).items().get(0);
        assertNull(us3.since(), "a list does not say since when");
        assertEquals(LocalDate.parse("2024-12-31"), us3.until());

        Ask engine = Ask.engine(store);
        // E = {US1, US2, US3} (declared to S's profile, granted, expiring 2040); no family: by patent
        Coverage before = engine.coverage(new CoverageRequest("S", LocalDate.parse("2024-06-01"), null, null,
                Unit.PATENT, null));
        assertEquals(3, before.covered());
        Coverage after = engine.coverage(new CoverageRequest("S", LocalDate.parse("2025-06-01"), null, null,
                Unit.PATENT, null));
        assertEquals(2, after.covered(), "US3 left the pool on 2024-12-31");
        assertEquals("US3", after.uncoveredItems().items().get(0).id());

        // it comes back on a later list: since that list's date, open again
        ImportReport back = importList(store, "2026-01-01", "US1", "US2", "US3");
        assertTrue(back.curation().closed().isEmpty());
        PoolPatent again = contents.list("US3", "p", Page.Request.of(0, 1)).items().get(0);
        assertEquals(LocalDate.parse("2026-01-01"), again.since());
        assertNull(again.until());
        Ask later = Ask.engine(store);
        assertEquals(2, later.coverage(new CoverageRequest("S", LocalDate.parse("2025-06-01"), null, null,
                Unit.PATENT, null)).covered());
        assertEquals(3, later.coverage(new CoverageRequest("S", LocalDate.parse("2026-06-01"), null, null,
                Unit.PATENT, null)).covered());

        // an older list imported late closes nothing: what it lacks may have joined since
        ImportReport older = importList(store, "2023-01-01", "US1");
        assertTrue(older.curation().closed().isEmpty());
        assertNull(contents.list("US2", "p", Page.Request.of(0, 1)).items().get(0).until());
        assertEquals(3, Ask.engine(store).coverage(new CoverageRequest("S", LocalDate.parse("2026-06-01"), null, null,
                Unit.PATENT, null)).covered());
    }

    @Test
    void anApplicationIsRenamedWhenItsGrantAppearsAndKeepsWhatHangsOnIt() {
        GraphStore store = TestStore.clean();
        importEtsi(store, "1;R1;2016-01-01 00:00:00;ZTE Corporation;7;36.211;TS;13.0.0;CN201510000001;"
                + "CN105000001 A;CN CHINA;2015-01-05 00:00:00;3GPP-Release-13 | Release 13;F7\n");
        ImportReport later = importEtsi(store, "2;R2;2018-01-01 00:00:00;ZTE Corporation;7;36.211;TS;13.0.0;"
                + "CN201510000001;CN105000001 A | CN105999999 B;CN CHINA;2015-01-05 00:00:00;"
                + "3GPP-Release-13 | Release 13;F7\n");
        assertEquals(List.of(new Curation.Renamed("CN105000001A", "CN105999999B")), later.curation().renamed());
        Nodes<org.sepgraph.graph.model.Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        var renamed = patents.require("CN105000001A");
        assertEquals("CN105999999B", renamed.id(), "found by its old number");
        assertEquals(List.of("CN105000001A"), renamed.aliases());
        assertEquals(1, new Edges<>(store, EdgeKinds.DECLARATIONS).list("CN105999999B", null,
                Page.Request.of(0, 5)).total(), "its declaration moved with it");
        assertEquals(1, store.query("MATCH (p:Patent) RETURN count(p) AS n", Map.of()).get(0).get("n").asLong());
        // and the engine, following the change log, sees one patent with its owner
        Ask engine = Ask.engine(store);
        assertEquals(1, engine.coverage(new CoverageRequest("3GPP TS 36.211", LocalDate.parse("2020-01-01"), null,
                null, Unit.PATENT, null)).essential());
    }

    @Test
    void declarantsNamedInAnyScriptImport() {
        GraphStore store = TestStore.clean();
        String[] names = {"华为技术有限公司", "株式会社エヌ・ティ・ティ・ドコモ", "삼성전자 주식회사", "ООО Рога и Копыта",
                "Société Générale d'Électronique"};
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            rows.append(i).append(";R;2020-01-01 00:00:00;").append(names[i]).append(";").append(i)
                    .append(";38.331;TS;16.0.0;APP").append(i).append(";CN10000000").append(i)
                    .append(" B;CN CHINA;2019-01-01 00:00:00;3GPP-Release-16 | Release 16;F").append(i).append('\n');
        }
        importEtsi(store, rows.toString());
        Nodes<org.sepgraph.graph.model.Organization> orgs = new Nodes<>(store, NodeKinds.ORGANIZATION);
        assertEquals("华为技术有限公司", orgs.require("华为技术有限公司").name());
        assertEquals("株式会社エヌ・ティ・ティ・ドコモ", orgs.require("株式会社エヌ-ティ-ティ-ドコモ").name(),
                "the middle dots are not letters");
        assertEquals("삼성전자 주식회사", orgs.require("삼성전자-주식회사").name());
        assertEquals("ООО Рога и Копыта", orgs.require("ооо-рога-и-копыта").name());
        assertEquals("Société Générale d'Électronique", orgs.require("société-générale-d-électronique").name());
    }
}
