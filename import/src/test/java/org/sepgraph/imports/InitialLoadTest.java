package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.Schema;
import org.sepgraph.graph.store.StoreSettings;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.bundle.BundleExporter;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ProgressListener;

/**
 * The offline initial load must build the very graph the transactional import writes from the same file: compared
 * node by node and relationship by relationship ({@link Snapshot}) and as exported bundles, byte for byte.
 */
class InitialLoadTest {
    @TempDir
    Path dir;

    static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    static ImportReport load(Path dataDir, byte[] bundle) {
        return InitialLoad.run(ImportFormat.BUNDLE, StoreSettings.embedded(dataDir), new ByteArrayInputStream(bundle),
                ImportOptions.defaults(), ProgressListener.NONE, QUIET, Origin.system("test"));
    }

    static byte[] export(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleExporter(store).export(out);
        return out.toByteArray();
    }

    /** Loads {@code bundle} offline into {@code data}, checks its graph against the transactional import's. */
    static ImportReport loadsAsTheTransactionalImportWrites(Path data, byte[] bundle, GraphStore transactional) {
        List<String> expected = Snapshot.of(transactional);
        String expectedExport = new String(export(transactional), StandardCharsets.UTF_8);
        ImportReport report = load(data, bundle);
        assertTrue(report.errors().isEmpty(), report.toString());
        try (GraphStore loaded = GraphStore.open(StoreSettings.embedded(data))) {
            assertEquals(expected, Snapshot.of(loaded));
            assertEquals(expectedExport, new String(export(loaded), StandardCharsets.UTF_8));
        }
        return report;
    }

    @Test
    void everyKindLoadsOfflineAsTheTransactionalImportWritesItAndOnlyIntoAnEmptyStore() throws IOException {
        byte[] bundle = BundleTest.resource("/bundle-sample.json");
        GraphStore store = TestStore.clean();
        ImportReport transactional = new Imports(store).run(ImportFormat.BUNDLE, new ByteArrayInputStream(bundle),
                ImportOptions.defaults());
        Path data = dir.resolve("sample");
        ImportReport report = loadsAsTheTransactionalImportWrites(data, bundle, store);
        assertEquals(transactional.nodes(), report.nodes());
        assertEquals(transactional.relationships(), report.relationships());
        assertEquals(transactional.byKind(), report.byKind());

        // a second initial load would replace the store: refused, and the store is kept as it is
        assertThrows(InitialLoad.StoreNotEmpty.class, () -> load(data, bundle));
        try (GraphStore loaded = GraphStore.open(StoreSettings.embedded(data))) {
            assertEquals(Snapshot.of(store), Snapshot.of(loaded));
        }
    }

    @Test
    void theHevcListAndEtsiSampleLoadOfflineExactly() throws IOException {
        GraphStore store = TestStore.clean();
        AccessAdvanceImportTest.importHevc(store);
        EtsiIsldImportTest.importSample(store, EtsiIsldImportTest.sample());
        loadsAsTheTransactionalImportWrites(dir.resolve("hevc"), export(store), store);
    }

    /**
     * The bulk files are written in one pass, a property column added when its first value comes: here every
     * column of a patent but the id comes after the first line, whose line is then shorter than the header.
     */
    @Test
    void propertiesFirstSeenLateLoadAsTheTransactionalImportWritesThem() {
        String bundle = """
                {"format": "sepgraph-bundle", "version": 1,
                 "families": [{"id": "F-POLAR"}],
                 "patents": [{"id": "CN108000001A", "status": "PENDING"},
                             {"id": "EP3456789B1", "jurisdiction": "EP", "type": "INVENTION",
                              "title": "Polar code construction", "filed": "2017-03-01", "granted": "2020-06-10",
                              "expires": "2037-03-01", "status": "GRANTED", "family": "F-POLAR",
                              "aliases": ["EP3456789A1"]},
                             {"id": "JP6000001B2", "status": "REVOKED", "expires": "2036-01-01"}]}
                """;
        byte[] bytes = bundle.getBytes(StandardCharsets.UTF_8);
        GraphStore store = TestStore.clean();
        new Imports(store).run(ImportFormat.BUNDLE, new ByteArrayInputStream(bytes), ImportOptions.defaults());
        ImportReport report = loadsAsTheTransactionalImportWrites(dir.resolve("late"), bytes, store);
        assertEquals(4, report.nodes().created());
    }

    @Test
    void aBadFileIsRefusedWithItsLinesAndTheStoreStaysEmpty() {
        String bad = """
                {"format": "sepgraph-bundle", "version": 1,
                 "patents": [{"id": "EP1000001B1", "status": "GRANTED", "family": "F-NONE"},
                             {"id": "EP1000002B1", "status": "SOLD"}]}
                """;
        ImportRefused refused = assertThrows(ImportRefused.class,
                () -> load(dir.resolve("bad"), bad.getBytes(StandardCharsets.UTF_8)));
        List<Long> lines = refused.report().errors().stream().map(ImportReport.Issue::line).sorted().toList();
        assertEquals(List.of(2L, 3L), lines, refused.report().errors().toString());
        try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir.resolve("bad")))) {
            assertEquals(0, Snapshot.count(store, "MATCH (n) WHERE " + Schema.DATA + " RETURN count(n)"));
        }
    }
}
