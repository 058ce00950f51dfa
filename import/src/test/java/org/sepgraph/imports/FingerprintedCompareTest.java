package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.run.Curation;
import org.sepgraph.imports.run.ImportReport;

/**
 * A re-import answers "unchanged" for a relationship from its fingerprint (what this kind of import wrote it from)
 * but compares in full every relationship another write touched since: a person's edit is seen, and kept.
 */
class FingerprintedCompareTest {
    /** The list's relationships (AccessAdvanceImportTest: ownerships, pool patents, licensors, binding, declarations). */
    static final long LIST_RELATIONSHIPS = 17644 + 17361 + 39 + 1 + 17395;

    GraphStore store;

    @BeforeEach
    void clean() {
        store = TestStore.clean();
    }

    long fingerprinted() {
        return Snapshot.count(store, "MATCH ()-[r]->() WHERE r._fingerprint IS NOT NULL RETURN count(r)");
    }

    @Test
    void everyRelationshipAnImportWritesCarriesItsFingerprintAndAPersonsWriteDropsIt() throws IOException {
        AccessAdvanceImportTest.importHevc(store);
        assertEquals(LIST_RELATIONSHIPS, fingerprinted());
        // the nodes' own relationships (IN_FAMILY, PART_OF) are written with their nodes and compared with them
        assertEquals(0, Snapshot.count(store,
                "MATCH ()-[r:IN_FAMILY|PART_OF]->() WHERE r._fingerprint IS NOT NULL RETURN count(r)"));

        // a person narrows one declaration's claims through the API
        Edges<Declaration> declarations = new Edges<>(store, EdgeKinds.DECLARATIONS);
        Declaration d = declarations.list("AE2282", null, Page.Request.of(0, 10)).items().get(0);
        assertEquals(List.of("1", "20", "28"), d.claims());
        declarations.put(new Declaration(d.patent(), d.standard(), d.declarant(), d.date(), d.version(),
                d.assessment(), List.of("1"), d.categories(), d.sections()), Origin.api("k-analyst"));
        assertEquals(LIST_RELATIONSHIPS - 1, fingerprinted());
        assertEquals(0, Snapshot.count(store, """
                MATCH (:Patent {id: 'AE2282'})-[r:DECLARED_ESSENTIAL]->() WHERE r._fingerprint IS NOT NULL
                RETURN count(r)"""));

        // the same list again: unchanged everywhere, and the edited declaration compared in full, so the field
        // the person set is reported as kept (a stale fingerprint would have skipped it silently)
        ImportReport again = AccessAdvanceImportTest.importHevc(store);
        assertTrue(again.allUnchanged(), again.toString());
        assertEquals(LIST_RELATIONSHIPS, again.relationships().unchanged());
        List<Curation.Kept> kept = again.curation().kept();
        assertEquals(1, kept.size(), kept.toString());
        assertEquals("declarations", kept.get(0).kind());
        assertEquals("claims", kept.get(0).field());
        assertTrue(kept.get(0).id().startsWith("AE2282"), kept.get(0).id());
        assertEquals(List.of("1"), declarations.list("AE2282", null, Page.Request.of(0, 10)).items().get(0).claims());
        // a write that kept a person's field is not the file's value: no fingerprint comes back
        assertEquals(LIST_RELATIONSHIPS - 1, fingerprinted());
    }

    @Test
    void theMonthAfterFingerprintsWhatItCreatesButNotWhatItCloses() throws IOException {
        new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new java.io.ByteArrayInputStream(
                BatchedImportTest.hevcFile()), BatchedImportTest.hevc("2022-02-04"));
        Map<String, Long> before = fingerprints();
        ImportReport later = new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new java.io.ByteArrayInputStream(
                BatchedImportTest.hevcChanged()), BatchedImportTest.hevc("2022-03-04"));
        assertTrue(later.relationships().created() > 0, later.toString());
        Map<String, Long> after = fingerprints();
        // AE1533 left the pool: its membership was closed by the list, a write that drops the fingerprint
        assertEquals(null, after.get("AE1533 IN_POOL hevc-advance"));
        assertTrue(before.containsKey("AE1533 IN_POOL hevc-advance"));
        // AE1534 joined: its relationships are the new month's, fingerprinted
        assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("AE1534 ")), after.size() + " fingerprints");
        // and the changed list once more is answered unchanged in every relationship
        ImportReport again = new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new java.io.ByteArrayInputStream(
                BatchedImportTest.hevcChanged()), BatchedImportTest.hevc("2022-03-04"));
        assertTrue(again.allUnchanged(), again.toString());
    }

    Map<String, Long> fingerprints() {
        Map<String, Long> out = new java.util.HashMap<>();
        store.read(tx -> {
            tx.run("""
                    MATCH (a)-[r]->(b) WHERE r._fingerprint IS NOT NULL
                    RETURN a.id + ' ' + type(r) + ' ' + b.id + coalesce(' ' + r.version, '') AS key,
                           r._fingerprint AS f""").forEachRemaining(r ->
                    out.merge(r.get("key").asString(), r.get("f").asLong(), (x, y) -> x ^ y));
            return null;
        });
        return out;
    }
}
