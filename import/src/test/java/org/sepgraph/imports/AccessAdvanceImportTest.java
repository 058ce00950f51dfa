package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ProgressListener;

class AccessAdvanceImportTest {
    /** The published list, in the team's shared folder beside the checkout (tests run in import/). */
    static final Path HEVC = shared("data/hevc-advance-patent-list-2022-02-04.csv");

    static Path shared(String file) {
        for (Path base : List.of(Path.of("../../shared"), Path.of("../shared"), Path.of("/work/shared"))) {
            Path candidate = base.resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the shared folder with " + file + " is not beside this checkout");
    }
    static final ImportOptions HEVC_OPTIONS = ImportOptions.of(Map.of("pool", "hevc-advance",
            "poolName", "HEVC Advance", "standard", "ITU-T H.265"));

    /** A patent in force on $date by the DESIGN rule (status, filing, expiry; unknown expiry counts). */
    static final String IN_FORCE = """
            MATCH (p:Patent)
            WHERE p.status IN ['GRANTED', 'PENDING']
              AND (p.filed IS NULL OR p.filed <= $date)
              AND (p.expires IS NULL OR p.expires >= $date)
            RETURN count(p)
            """;

    static final Origin TEST = Origin.system("test");

    static final String JOINT = "CN103262541";   // file line 2447: "ETRI, KAIST"

    GraphStore store;

    @BeforeEach
    void clean() {
        store = TestStore.clean();
    }

    static ImportReport importHevc(GraphStore store) throws IOException {
        try (InputStream in = Files.newInputStream(HEVC)) {
            return new Imports(store).run(ImportFormat.ACCESS_ADVANCE, in, HEVC_OPTIONS);
        }
    }

    @Test
    void theRealHevcListGivesTheFiguresComputedFromTheFileIndependently() throws IOException {
        List<ProgressListener.Progress> heard = new ArrayList<>();
        ImportReport report;
        try (InputStream in = Files.newInputStream(HEVC)) {
            report = new Imports(store).run(ImportFormat.ACCESS_ADVANCE, in, HEVC_OPTIONS, heard::add, TEST);
        }
        System.out.println("HEVC import: " + report.seconds() + " s, " + report.nodes() + " nodes, "
                + report.relationships() + " relationships, byKind " + report.byKind());

        /*
         * Figures computed from the file with Python's csv module, not with this code
         * (from the checkout's root: python3 import/src/test/resources/hevc_figures.py):
         *   rows 21955 patents 17361 organizations 39 ownerships 17644
         *   co-owned patents 262 declarations 17395 profiles 7
         *   EP families 477 patents in EP families 5602
         *   unknown expiry 437
         *   in force 20220204 17171 of which unknown 437
         *   in force 20250101 15265 of which unknown 437
         *   in force 20300101 14394 of which unknown 437
         *   in force 20350101 474 of which unknown 437
         *   two expiries [('US10194167', ['20330203', '20330303'])]   (file lines 18661 and 18662)
         */
        assertEquals(21955, report.rowsRead());
        assertEquals(17361, Snapshot.count(store, "MATCH (p:Patent) RETURN count(p)"));
        assertEquals(39, Snapshot.count(store, "MATCH (o:Organization) RETURN count(o)"));
        assertEquals(17644, Snapshot.count(store, "MATCH (:Organization)-[r:OWNS]->(:Patent) RETURN count(r)"));
        assertEquals(262, Snapshot.count(store, """
                MATCH (p:Patent) WHERE COUNT { (:Organization)-[:OWNS]->(p) } > 1 RETURN count(p)"""));
        assertEquals(477, Snapshot.count(store, "MATCH (f:Family) RETURN count(f)"));
        assertEquals(5602, Snapshot.count(store, "MATCH (:Patent)-[r:IN_FAMILY]->(:Family) RETURN count(r)"));
        assertEquals(437, Snapshot.count(store, "MATCH (p:Patent) WHERE p.expires IS NULL RETURN count(p)"));
        assertEquals(17171, Snapshot.count(store, IN_FORCE, Map.of("date", LocalDate.of(2022, 2, 4))));
        assertEquals(15265, Snapshot.count(store, IN_FORCE, Map.of("date", LocalDate.of(2025, 1, 1))));
        assertEquals(14394, Snapshot.count(store, IN_FORCE, Map.of("date", LocalDate.of(2030, 1, 1))));
        assertEquals(474, Snapshot.count(store, IN_FORCE, Map.of("date", LocalDate.of(2035, 1, 1))));
        assertEquals(17395, Snapshot.count(store, """
                MATCH (:Patent)-[d:DECLARED_ESSENTIAL {assessment: 'CONFIRMED'}]->(:Standard) RETURN count(d)"""));
        assertEquals(17361, Snapshot.count(store, "MATCH (:Patent)-[r:IN_POOL]->(:Pool {id: 'hevc-advance'}) RETURN count(r)"));
        assertEquals(39, Snapshot.count(store, "MATCH (:Organization)-[r:LICENSOR_OF]->(:Pool) RETURN count(r)"));
        assertEquals(7, Snapshot.count(store, "MATCH (:Standard)-[:PART_OF]->(s:Standard {id: 'ITU-T H.265'}) RETURN count(*)"));
        assertEquals(1, Snapshot.count(store, "MATCH (:Pool {id: 'hevc-advance'})-[r:BINDS]->(:Standard {id: 'ITU-T H.265'}) RETURN count(r)"));

        // the report: every node and relationship new
        assertEquals(new ImportReport.Counts(17361 + 477 + 39 + 1 + 8, 0, 0), report.nodes());
        assertEquals(new ImportReport.Counts(17644 + 17361 + 39 + 1 + 17395, 0, 0), report.relationships());
        assertTrue(report.errors().isEmpty());
        ImportReport.Issue twoDates = report.warnings().stream()
                .filter(w -> w.message().contains("US10194167")).findFirst().orElseThrow();
        assertEquals(18662, twoDates.line());
        assertTrue(twoDates.message().contains("line 18661") && twoDates.message().contains("line 18662")
                && twoDates.message().contains("2033-03-03, is kept"), twoDates.message());
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        assertTrue(heard.stream().anyMatch(p -> p.phase() == ProgressListener.Phase.READ && p.done() == 10_000));
        assertTrue(heard.stream().anyMatch(p -> p.phase() == ProgressListener.Phase.WRITE));

        // single values, read back through the graph module
        Patent twoExpiries = new Nodes<>(store, NodeKinds.PATENT).require("US10194167");
        assertEquals(LocalDate.of(2033, 3, 3), twoExpiries.expires());
        assertEquals(PatentStatus.GRANTED, twoExpiries.status());
        Patent validation = new Nodes<>(store, NodeKinds.PATENT).require("DK-EP2903273");
        assertEquals("DK", validation.jurisdiction());
        assertEquals("EP2903273", validation.family());
        Standard main = new Nodes<>(store, NodeKinds.STANDARD).require("ITU-T H.265 Main/Main10");
        assertEquals(List.of("ITU-T H.265"), main.partOf());
        Declaration d = new Edges<>(store, EdgeKinds.DECLARATIONS).list("AE2282", null, Page.Request.of(0, 10))
                .items().get(0);
        // file lines 4-6: AE2282 claims 1, 20, 28; Decoder, Encoder, Bitstream; GEVC
        assertEquals(List.of("1", "20", "28"), d.claims());
        assertEquals(List.of("Decoder", "Encoder", "Bitstream"), d.categories());
        assertEquals(Assessment.CONFIRMED, d.assessment());
        assertEquals("GEVC", d.declarant());
        assertEquals("ITU-T H.265 Main/Main10", d.standard());
        assertTrue(d.sections().startsWith("6.3.3, 7.4.3.3.1"), d.sections());
        // a joint licensor cell: two co-owners
        assertEquals(List.of("etri", "kaist"), store.read(tx -> tx.run("""
                MATCH (o:Organization)-[:OWNS]->(:Patent {id: $id}) RETURN o.id AS id ORDER BY id""",
                Map.of("id", JOINT)).list(r -> r.get("id").asString())));
    }

    @Test
    void reimportingTheListChangesNothing() throws IOException {
        importHevc(store);
        List<String> before = Snapshot.of(store);
        ImportReport again = importHevc(store);
        System.out.println("HEVC re-import: " + again.seconds() + " s");
        assertTrue(again.allUnchanged(), again.toString());
        assertEquals(17361 + 477 + 39 + 1 + 8, again.nodes().unchanged());
        assertEquals(17644 + 17361 + 39 + 1 + 17395, again.relationships().unchanged());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void aBadFileIsRefusedWithItsLinesAndTheStoreIsLeftAsItWas() throws IOException {
        importHevc(store);
        List<String> before = Snapshot.of(store);
        String bad = """
                \uFEFF,,"disclaimer",,,,,,,\r
                Count (Claims),Count (Patents),Profile,Country,Patent Number,Claim Number,Category,Licensor,Est. Exp. Date,"Representative HEVC/H.265 Sections (Version 2, unless otherwise specified)"\r
                1,1,Main/Main10,US,US9999001,1,Decoder,New Co,20300101,"7.3"\r
                2,2,Main/Main10,XX,US9999002,1,Decoder,New Co,20300101,"7.3"\r
                3,3,Main/Main10,US,US9999003,1,Decoder,New Co,2030-01-01,"7.3"\r
                4,4,Main/Main10,US,,1,Decoder,New Co,20300101,"7.3"\r
                5,5,Main/Main10,US,US9999005,1,Decoder,,20301301,"7.3"\r
                """;
        ImportRefused refused = assertThrows(ImportRefused.class, () -> new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), HEVC_OPTIONS));
        List<Long> lines = refused.report().errors().stream().map(ImportReport.Issue::line).toList();
        assertEquals(List.of(4L, 5L, 6L, 7L, 7L), lines, refused.report().errors().toString());
        assertEquals("Country", refused.report().errors().get(0).field());
        assertTrue(refused.report().errors().get(0).message().contains("XX"));
        assertEquals(ImportReport.Counts.ZERO, refused.report().nodes());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void aFailureWhileWritingLeavesTheStoreAsItWas() throws IOException {
        importHevc(store);
        List<String> before = Snapshot.of(store);
        String changed = Files.readString(HEVC).replace("20320716", "20320717");
        RuntimeException boom = new IllegalStateException("disk full, say");
        ProgressListener failLate = p -> {
            if (p.phase() == ProgressListener.Phase.WRITE && p.done() > 30_000) {
                throw boom;
            }
        };
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> new Imports(store).run(
                ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
                HEVC_OPTIONS.withBatchSize(5_000), failLate, TEST));
        assertTrue(thrown == boom || thrown.getCause() == boom, thrown.toString());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void missingParametersAreRefusedByName() {
        InvalidField e = assertThrows(InvalidField.class, () -> new Imports(store).run(ImportFormat.ACCESS_ADVANCE, InputStream.nullInputStream(), ImportOptions.of(Map.of("standard", "ITU-T H.265"))));
        assertEquals("pool", e.field());
        e = assertThrows(InvalidField.class, () -> new Imports(store).run(ImportFormat.ACCESS_ADVANCE, InputStream.nullInputStream(), ImportOptions.of(Map.of("pool", "p", "standard", " "))));
        assertEquals("standard", e.field());
        assertEquals("format", assertThrows(InvalidField.class, () -> ImportFormat.of("xml")).field());
    }
}
