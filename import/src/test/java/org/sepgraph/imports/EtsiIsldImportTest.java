package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;

/**
 * The ETSI ISLD sample (src/test/resources/etsi-isld-sample.csv, 23 rows written for these tests from the
 * documented columns; the comments in its generator list what each row exercises). Expected figures worked out by
 * hand from the rules of DESIGN.md.
 */
class EtsiIsldImportTest {
    GraphStore store;

    @BeforeEach
    void clean() {
        store = TestStore.clean();
    }

    static byte[] sample() throws IOException {
        try (InputStream in = EtsiIsldImportTest.class.getResourceAsStream("/etsi-isld-sample.csv")) {
            return in.readAllBytes();
        }
    }

    static ImportReport importSample(GraphStore store, byte[] bytes) {
        return new Imports(store).run(ImportFormat.ETSI_ISLD, new ByteArrayInputStream(bytes), ImportOptions.defaults());
    }

    @Test
    void theSampleMapsAsDesignSays() throws IOException {
        ImportReport report = importSample(store, sample());
        assertEquals(23, report.rowsRead());
        // 16 applications, 8 families, 5 declarants, 11 specs + 7 projects
        assertEquals(16, Snapshot.count(store, "MATCH (p:Patent) RETURN count(p)"));
        assertEquals(11, Snapshot.count(store, "MATCH (p:Patent {status: 'GRANTED'}) RETURN count(p)"));
        assertEquals(8, Snapshot.count(store, "MATCH (f:Family) RETURN count(f)"));
        assertEquals(5, Snapshot.count(store, "MATCH (o:Organization) RETURN count(o)"));
        assertEquals(18, Snapshot.count(store, "MATCH (s:Standard) RETURN count(s)"));
        assertEquals(14, Snapshot.count(store, "MATCH (:Standard)-[r:PART_OF]->(:Standard) RETURN count(r)"));
        assertEquals(17, Snapshot.count(store, "MATCH (:Organization)-[r:OWNS]->(:Patent) RETURN count(r)"));
        assertEquals(22, Snapshot.count(store, "MATCH (:Patent)-[r:DECLARED_ESSENTIAL {assessment: 'DECLARED'}]->() RETURN count(r)"));
        assertEquals(new ImportReport.Counts(47, 0, 0), report.nodes());
        assertEquals(new ImportReport.Counts(39, 0, 0), report.relationships());

        Nodes<Patent> patents = new Nodes<>(store, NodeKinds.PATENT);
        // the grant publication is the id, the other publication an alias that finds it too; the older row (line 7)
        // without the grant is the same application
        Patent jp = patents.require("JP5781016B2");
        assertEquals(List.of("JP2013251859A"), jp.aliases());
        assertEquals(PatentStatus.GRANTED, jp.status());
        assertEquals("JP", jp.jurisdiction());
        assertEquals("55501", jp.family());
        assertEquals(LocalDate.of(2012, 5, 30), jp.filed());
        assertEquals("Terminal device, base station device, communication method, and integrated circuit", jp.title());
        assertEquals("JP5781016B2", patents.require("JP2013251859A").id());
        Patent wo = patents.require("WO2013180125A1");
        assertEquals(PatentStatus.PENDING, wo.status());
        assertEquals("WO", wo.jurisdiction());
        assertEquals("US9912345B2", patents.require("US2015189590A1").id());
        // no DIPG_PATF_ID: the declared group is the family
        assertEquals("DIPG-9102", patents.require("CN110463313A").family());
        // "Pending" publication: the application number is the id
        assertEquals(PatentStatus.PENDING, patents.require("IN201947032123").status());
        assertEquals(PatentStatus.GRANTED, patents.require("SE540123C2").status());
        assertEquals(PatentType.UTILITY_MODEL, patents.require("CN203456789U").type());
        assertEquals("KR", patents.require("KR102123456B1").jurisdiction());
        // 1900-01-01 filing date: none
        assertNull(patents.require("DE102009012345A1").filed());

        Nodes<Standard> standards = new Nodes<>(store, NodeKinds.STANDARD);
        assertEquals(List.of("3GPP-Release-11", "3GPP-Release-12", "3GPP-Release-13"),
                standards.require("3GPP TS 36.213").partOf());
        // ETSI numbering with empty 3GPP columns: TS 138 331 is 3GPP TS 38.331; TS 102 221 is ETSI's own
        assertEquals(List.of("3GPP-Release-15"), standards.require("3GPP TS 38.331").partOf());
        assertEquals(List.of("3GPP-Release-8"), standards.require("3GPP TS 25.331").partOf());
        assertEquals(List.of("SCP"), standards.require("ETSI TS 102 221").partOf());
        assertEquals(List.of("DECT"), standards.require("ETSI EN 300 175-3").partOf());
        assertEquals("GSM Phase 2+ and UMTS and LTE Release 12", standards.require("3GPP-Release-12").title());
        assertEquals("3GPP", standards.require("3GPP TS 36.300").body());

        // version on the declaration; the same declaration signed twice (lines 2 and 9): the later date wins
        List<Declaration> jpDeclarations = new Edges<>(store, EdgeKinds.DECLARATIONS)
                .list("JP5781016B2", "3GPP TS 36.213", Page.Request.of(0, 10)).items();
        assertEquals(List.of("11.4.0", "12.3.0", "13.0.0"), jpDeclarations.stream().map(Declaration::version).toList());
        Declaration twice = jpDeclarations.get(1);
        assertEquals(LocalDate.of(2016, 2, 3), twice.date());
        assertEquals("SHARP CORPORATION", twice.declarant());
        assertEquals(Assessment.DECLARED, twice.assessment());
        // the 1900-01-01 signature date: no date
        assertNull(new Edges<>(store, EdgeKinds.DECLARATIONS).list("FI127654B", "3GPP TS 38.211",
                Page.Request.of(0, 1)).items().get(0).date());
        // co-declared: two owners
        assertEquals(List.of("ntt-docomo-inc", "sharp-corporation"), store.read(tx -> tx.run("""
                MATCH (o:Organization)-[:OWNS]->(:Patent {id: 'EP2858399B1'}) RETURN o.id AS id ORDER BY id""")
                .list(r -> r.get("id").asString())));
        assertEquals("NTT DOCOMO, INC.", new Nodes<>(store, NodeKinds.ORGANIZATION).require("ntt-docomo-inc").name());

        // warnings: two dated declarations (lines 9, 10), four placeholder signatures (16-19), a placeholder filing (24)
        assertEquals(List.of(9L, 10L, 16L, 17L, 18L, 19L, 24L),
                report.warnings().stream().map(ImportReport.Issue::line).sorted().toList(), report.warnings().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.line() == 9 && w.message().contains("line 2")
                && w.message().contains("2016-02-03")), report.warnings().toString());
    }

    @Test
    void commaSeparatedWithColumnsInAnotherOrderAndExtraColumnsReadsTheSame() throws IOException {
        importSample(store, sample());
        List<String> expected = Snapshot.of(store);

        // the sample rewritten: ',' separated (titles and names with commas get quoted), columns shuffled, an extra
        // column, LF line ends, no BOM
        List<CSVRecord> records;
        String text = new String(sample(), StandardCharsets.UTF_8).substring(1);
        try (var parser = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text))) {
            records = parser.getRecords();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.get(0).size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            for (CSVRecord r : records) {
                List<String> cells = new ArrayList<>();
                order.forEach(i -> cells.add(r.get(i)));
                cells.add(r.getRecordNumber() == 1 ? "Remarks" : "free text, with a comma");
                printer.printRecord(cells);
            }
        }
        assertTrue(out.toString().contains("\"NTT DOCOMO, INC.\""));
        store = TestStore.clean();
        ImportReport report = importSample(store, out.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(23, report.rowsRead());
        assertEquals(expected, Snapshot.of(store));
    }

    @Test
    void reimportingTheSampleChangesNothing() throws IOException {
        importSample(store, sample());
        List<String> before = Snapshot.of(store);
        ImportReport again = importSample(store, sample());
        assertTrue(again.allUnchanged(), again.toString());
        assertEquals(47, again.nodes().unchanged());
        assertEquals(39, again.relationships().unchanged());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void aBadExportIsRefusedWithEveryBadLineAndNothingChanges() throws IOException {
        importSample(store, sample());
        List<String> before = Snapshot.of(store);
        String bad = """
                IPRD_ID,IPRD_SIGNATURE_DATE,COMP_LEGAL_NAME,DIPG_ID,DIPG_PATF_ID,3GPP_Type,TGPP_NUMBER,TGPV_VERSION,PATT_APPLICATION_NUMBER,PUBL_NUMBER,Country_Of_Registration,PBPA_APP_DATE,ETPR_ACRONYM
                1,2020-01-01 00:00:00,Good Co,1,F1,TS,38.331,16.0.0,US16/000001,US11000001 B2,US UNITED STATES,2019-01-01 00:00:00,3GPP-Release-16 | Release 16
                2,2020-01-01 00:00:00,Bad Country Co,2,F2,TS,38.331,16.0.0,XX123,XX123 B1,XX NOWHERE,2019-01-01,3GPP-Release-16
                3,01/02/2020,Bad Date Co,3,F3,TS,38.331,16.0.0,US16/000003,US11000003 B2,US UNITED STATES,2019-01-01,3GPP-Release-16
                4,2020-01-01,No Number Co,4,F4,TS,38.331,16.0.0,Pending,,US UNITED STATES,2019-01-01,3GPP-Release-16
                5,2020-01-01,,5,F5,TS,,,US16/000005,US11000005 B2,US UNITED STATES,2019-01-01,3GPP-Release-16
                """;
        ImportRefused refused = assertThrows(ImportRefused.class,
                () -> importSample(store, bad.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = refused.report().errors().stream().map(e -> e.line() + " " + e.field()).toList();
        assertEquals(List.of("3 Country_Of_Registration", "4 IPRD_SIGNATURE_DATE", "5 PATT_APPLICATION_NUMBER",
                "6 COMP_LEGAL_NAME", "6 TGPP_NUMBER"), errors);
        assertEquals(before, Snapshot.of(store));

        ImportRefused notEtsi = assertThrows(ImportRefused.class, () -> importSample(store,
                "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, notEtsi.report().errors().get(0).line());
        assertTrue(notEtsi.report().errors().get(0).message().contains("comp_legal_name"));
    }

    @Test
    void etsiNumbersOfThreeGppSeriesAreTheThreeGppSpecs() {
        assertEquals("3GPP TS 36.300", org.sepgraph.imports.etsi.EtsiIsldParserAccess.etsi("TS", "136 300"));
        assertEquals("3GPP TS 36.523-1", org.sepgraph.imports.etsi.EtsiIsldParserAccess.etsi("TS", "136 523-1"));
        assertEquals("3GPP TR 38.912", org.sepgraph.imports.etsi.EtsiIsldParserAccess.etsi("TR", "138 912"));
        assertEquals("ETSI TS 102 221", org.sepgraph.imports.etsi.EtsiIsldParserAccess.etsi("TS", "102 221"));
        assertEquals("ETSI EN 300 175-3", org.sepgraph.imports.etsi.EtsiIsldParserAccess.etsi("EN", "300 175-3"));
        assertEquals("3GPP TS 36.300", org.sepgraph.imports.etsi.EtsiIsldParserAccess.tgpp("TS", "36.300"));
    }
}
