package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.bundle.BundleExporter;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;

class BundleTest {
    GraphStore store;

    @BeforeEach
    void clean() {
        store = TestStore.clean();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = BundleTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    ImportReport importBundle(byte[] bytes) {
        return new Imports(store).run(ImportFormat.BUNDLE, new ByteArrayInputStream(bytes), ImportOptions.defaults());
    }

    byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleExporter(store).export(out);
        return out.toByteArray();
    }

    @Test
    void everyKindRoundTripsThroughExportAndImport() throws IOException {
        ImportReport first = importBundle(resource("/bundle-sample.json"));
        // 4 organisations, 1 alliance, 1 family, 5 patents, 2 standards, 1 pool, 1 cluster, 2 licences
        assertEquals(new ImportReport.Counts(17, 0, 0), first.nodes());
        // 2 memberships, 1 affiliation, 4 ownerships, 3 declarations, 2 pool patents, 1 licensor, 1 binding, 1 cluster pool
        assertEquals(new ImportReport.Counts(15, 0, 0), first.relationships());
        License cross = new Nodes<>(store, NodeKinds.LICENSE).require("L-X-1");
        assertEquals(List.of("acme-labs", "tsinghua"), cross.grantees());
        assertEquals(false, cross.affiliates());
        assertEquals(List.of("F-POLAR"), cross.scope().families());
        // royalty terms come back exactly as written (1.50 keeps its scale; BigDecimal equality counts it)
        Pool pool = new Nodes<>(store, NodeKinds.POOL).require("nr-pool");
        assertEquals(2, pool.royaltyTerms().size());
        assertEquals(new BigDecimal("1.50"), pool.royaltyTerms().get(0).rates().get(0).perUnit());
        assertEquals(List.of("EP", "US"), pool.royaltyTerms().get(0).rates().get(0).territories());
        assertEquals(new BigDecimal("30000000"), pool.royaltyTerms().get(0).annualCap());
        assertEquals(100_000L, pool.royaltyTerms().get(1).freeUnits());
        assertEquals(new BigDecimal("250000.00"), new Nodes<>(store, NodeKinds.LICENSE).require("L-POOL-1")
                .royaltyTerms().get(0).lumpSum());

        List<String> graph = Snapshot.of(store);
        byte[] exported = export();
        String json = new String(exported, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"format\":\"sepgraph-bundle\",\"version\":1,"), json);
        assertTrue(!json.contains("\"empty\""), json);

        store = TestStore.clean();
        ImportReport again = importBundle(exported);
        assertEquals(first.nodes(), again.nodes());
        assertEquals(first.relationships(), again.relationships());
        assertEquals(graph, Snapshot.of(store));
        assertEquals(json, new String(export(), StandardCharsets.UTF_8));

        // and into a store that has it all: nothing changes
        ImportReport same = importBundle(exported);
        assertTrue(same.allUnchanged(), same.toString());
        assertEquals(graph, Snapshot.of(store));
    }

    @Test
    void theImportedHevcListAndEtsiSampleRoundTripExactly() throws IOException {
        AccessAdvanceImportTest.importHevc(store);
        EtsiIsldImportTest.importSample(store, EtsiIsldImportTest.sample());
        List<String> graph = Snapshot.of(store);
        long t0 = System.nanoTime();
        byte[] exported = export();
        System.out.printf("exported %d bytes in %.1f s%n", exported.length, (System.nanoTime() - t0) / 1e9);

        store = TestStore.clean();
        ImportReport report = importBundle(exported);
        System.out.println("bundle import: " + report.seconds() + " s, " + report.rowsRead() + " elements");
        assertEquals(graph.size(), report.nodes().created() + report.relationships().created()
                + Snapshot.count(store, "MATCH (:Patent)-[r:IN_FAMILY]->() RETURN count(r)")
                + Snapshot.count(store, "MATCH (:Standard)-[r:PART_OF]->() RETURN count(r)"));
        assertEquals(graph, Snapshot.of(store));
        assertEquals(new String(exported, StandardCharsets.UTF_8), new String(export(), StandardCharsets.UTF_8));
    }

    @Test
    void badElementsAreRefusedWithTheirJsonPathsAndNothingIsWritten() throws IOException {
        importBundle(resource("/bundle-sample.json"));
        List<String> before = Snapshot.of(store);
        String bad = """
                {"format": "sepgraph-bundle", "version": 1,
                 "patents": [
                   {"id": "US1B2", "family": "F-POLAR"},
                   {"id": "US2B2", "family": "F-NOWHERE"},
                   {"id": "US3B2", "expires": "2030-13-01"},
                   {"id": "US4B2", "status": "ALIVE"},
                   {"id": "US5B2", "expiry": "2030-01-01"},
                   {"id": " "}
                 ],
                 "ownerships": [{"organization": "ghost", "patent": "US1B2"}],
                 "licenses": [{"id": "L9", "grantor": {"organization": "acme", "pool": "nr-pool"}, "grantees": ["newco"]},
                              {"id": "L10", "grantor": {"pool": "nr-pool"}, "grantees": ["newco"], "scope": {"patents": ["US404B1"]}}],
                 "organizations": [{"id": "acme", "name": "Another name"}, {"id": "x1", "name": "X"}, {"id": "x1", "name": "Y"}]
                }
                """;
        ImportRefused refused = assertThrows(ImportRefused.class, () -> importBundle(bad.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = refused.report().errors().stream().map(e -> e.line() + " " + e.field()).toList();
        assertEquals(List.of(
                "5 $.patents[2].expires",
                "6 $.patents[3].status",
                "7 $.patents[4].expiry",
                "8 $.patents[5].id",
                "11 $.licenses[0].grantor",
                "13 $.organizations[2].id",
                "4 $.patents[1].family",
                "10 $.ownerships[0].organization",
                "12 $.licenses[1].scope.patents"), errors, refused.report().errors().toString());
        assertEquals(before, Snapshot.of(store));

        assertEquals("$.format", assertThrows(ImportRefused.class, () -> importBundle(
                "{\"format\": \"csv\"}".getBytes(StandardCharsets.UTF_8))).report().errors().get(0).field());
        ImportRefused broken = assertThrows(ImportRefused.class, () -> importBundle(
                "{\"format\": \"sepgraph-bundle\", \"version\": 1,\n \"patents\": [{\"id\": }]}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, broken.report().errors().get(0).line());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void badRoyaltyTermsAreRefusedWithTheirJsonPaths() throws IOException {
        importBundle(resource("/bundle-sample.json"));
        List<String> before = Snapshot.of(store);
        String bad = """
                {"format": "sepgraph-bundle", "version": 1,
                 "pools": [
                   {"id": "p1", "name": "P1", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1}, {"perUnit": -0.5}]}]},
                   {"id": "p2", "name": "P2", "royaltyTerms": [{"currency": "USD", "from": "2020-01-01", "rates": [{"perUnit": 1}]},
                                                               {"currency": "USD", "until": "2020-06-30", "lumpSum": 5}]},
                   {"id": "p3", "name": "P3", "royaltyTerms": [{"currency": "XYZ", "rates": [{"perUnit": 1}]}]},
                   {"id": "p4", "name": "P4", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": "0.20"}]}]},
                   {"id": "p5", "name": "P5", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1}], "freeUnits": 1.5}]},
                   {"id": "p6", "name": "P6", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1, "territories": ["ZZ"]}]}]},
                   {"id": "p7", "name": "P7", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1}], "cap": 5}]}
                 ],
                 "licenses": [{"id": "L9", "grantor": {"pool": "nr-pool"}, "grantees": ["newco"],
                               "royaltyTerms": [{"currency": "USD", "from": "2021-01-01", "until": "2020-01-01", "lumpSum": 1}]}]
                }
                """;
        ImportRefused refused = assertThrows(ImportRefused.class, () -> importBundle(bad.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = refused.report().errors().stream().map(e -> e.line() + " " + e.field()).toList();
        assertEquals(List.of(
                "3 $.pools[0].royaltyTerms[0].rates[1].perUnit",
                "4 $.pools[1].royaltyTerms[1].from",
                "6 $.pools[2].royaltyTerms[0].currency",
                "7 $.pools[3].royaltyTerms[0].rates[0].perUnit",
                "8 $.pools[4].royaltyTerms[0].freeUnits",
                "9 $.pools[5].royaltyTerms[0].rates[0].territories[0]",
                "10 $.pools[6].royaltyTerms[0].cap",
                "12 $.licenses[0].royaltyTerms[0].until"), errors, refused.report().errors().toString());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void orderInsideTheBundleDoesNotMatterAndReferencesMayBeInTheStore() {
        importBundle("""
                {"version": 1, "ownerships": [{"organization": "o1", "patent": "EP1B1"}],
                 "patents": [{"id": "EP1B1", "family": "F1"}], "families": [{"id": "F1"}],
                 "organizations": [{"id": "o1", "name": "O one"}], "format": "sepgraph-bundle"}
                """.getBytes(StandardCharsets.UTF_8));
        ImportReport second = importBundle("""
                {"format": "sepgraph-bundle", "version": 1,
                 "ownerships": [{"organization": "o1", "patent": "EP1B1", "share": 1.0}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(new ImportReport.Counts(0, 1, 0), second.relationships());
        assertEquals(1.0, store.read(tx -> tx.run("MATCH ()-[r:OWNS]->() RETURN r.share AS s").single().get("s").asDouble()));
    }

    @Test
    void jsonBrokenInsideAnElementRefusesTheFileAsNotJsonAndANumberIsQuotedAsWritten() throws IOException {
        importBundle(resource("/bundle-sample.json"));
        List<String> before = Snapshot.of(store);
        // a token that is not JSON deep inside an element: the file is not JSON, said once, with its line
        ImportRefused nan = assertThrows(ImportRefused.class, () -> importBundle("""
                {"format": "sepgraph-bundle", "version": 1,
                 "pools": [{"id": "p1", "name": "P1", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": NaN}]}]},
                           {"id": "p2", "name": "P2"}]}
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, nan.report().errors().size(), nan.report().errors().toString());
        assertEquals(2, nan.report().errors().get(0).line());
        assertTrue(nan.report().errors().get(0).message().startsWith("not valid JSON"), nan.report().errors().toString());
        // a key twice in one element: which value is meant cannot be told
        ImportRefused twice = assertThrows(ImportRefused.class, () -> importBundle("""
                {"format": "sepgraph-bundle", "version": 1,
                 "organizations": [{"id": "o1", "name": "A", "kind": "OTHER", "country": "US",
                                    "name": "B"}]}
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, twice.report().errors().get(0).line());
        assertTrue(twice.report().errors().get(0).message().contains("Duplicate field 'name'"),
                twice.report().errors().toString());
        // a fraction where a whole number belongs is quoted as written, and the next element is still read
        ImportRefused fraction = assertThrows(ImportRefused.class, () -> importBundle("""
                {"format": "sepgraph-bundle", "version": 1,
                 "pools": [{"id": "p1", "name": "P1", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": 1}], "freeUnits": 1.50}]},
                           {"id": "p2", "name": "P2", "royaltyTerms": [{"currency": "USD", "rates": [{"perUnit": "x"}]}]}],
                 "patents": ["US1B2"]}
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("2 $.pools[0].royaltyTerms[0].freeUnits has the wrong type; got 1.50",
                        "3 $.pools[1].royaltyTerms[0].rates[0].perUnit",
                        "4 $.patents[0]"),
                fraction.report().errors().stream().map(e -> e.line() + " " + e.field()
                        + (e.line() == 2 ? " " + e.message().substring(e.message().indexOf("has the wrong"))
                        : "")).toList(), fraction.report().errors().toString());
        assertEquals(before, Snapshot.of(store));
    }
}
