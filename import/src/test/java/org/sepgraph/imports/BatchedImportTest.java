package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ProgressListener;

/**
 * A file larger than one transaction may write (ImportOptions.transactionSize) is written in several and stays
 * all-or-nothing: the same graph as one transaction writes; a failure after some transactions committed leaves the
 * store exactly as it was (provenance and a pool's list date included); an import abandoned by a stopped process is
 * undone when the store is opened. Here on the real HEVC list with transactions of 2,000 rows (the list is ~20
 * of them), so every path runs many times.
 */
class BatchedImportTest {
    static final Origin TEST = Origin.system("test");
    GraphStore store;

    @BeforeEach
    void clean() {
        store = TestStore.clean();
    }

    static ImportOptions hevc(String listDate) {
        Map<String, String> p = new HashMap<>(AccessAdvanceImportTest.HEVC_OPTIONS.parameters());
        p.put("listDate", listDate);
        return ImportOptions.of(p);
    }

    static byte[] hevcFile() throws IOException {
        return Files.readAllBytes(AccessAdvanceImportTest.HEVC);
    }

    /** The list a month later: some expiry dates moved (updates), one patent replaced by another (a create, a close). */
    static byte[] hevcChanged() throws IOException {
        return new String(hevcFile(), StandardCharsets.UTF_8).replace("20320716", "20320717")
                .replace("AE1533", "AE1534").getBytes(StandardCharsets.UTF_8);
    }

    ImportReport run(byte[] file, ImportOptions options, ProgressListener progress) {
        return new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(file), options, progress,
                TEST);
    }

    /** Every node and relationship with every property, provenance and bookkeeping such as a list date included. */
    List<String> exact() {
        List<String> lines = new ArrayList<>();
        store.read(tx -> {
            tx.run("MATCH (n) WHERE NOT n:Meta RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(r ->
                    lines.add(r.get("l").asList() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            tx.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")
                    .forEachRemaining(r -> lines.add(r.get("a").asString() + " -" + r.get("t").asString() + "-> "
                            + r.get("b").asString() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            return null;
        });
        return lines.stream().sorted().toList();
    }

    long undoLeft() {
        return Snapshot.count(store, "MATCH (u) WHERE u:ImportUndo OR u:ImportInProgress RETURN count(u)");
    }

    @Test
    void aFileWrittenInManyTransactionsIsTheGraphOneTransactionWrites() throws IOException {
        ImportReport whole = run(hevcFile(), hevc("2022-02-04"), ProgressListener.NONE);
        List<String> one = Snapshot.of(store);
        long versionsOfOne = whole.version();
        assertTrue(whole.nodes().created() + whole.relationships().created() > 20_000, whole.toString());

        store = TestStore.clean();
        long before = store.read(tx -> tx.run("MATCH (s:Sequence {name: 'changes'}) RETURN s.value AS v").single()
                .get("v").asLong());
        ImportReport batched = run(hevcFile(), hevc("2022-02-04").withTransactionSize(2_000), ProgressListener.NONE);
        assertEquals(one, Snapshot.of(store));
        assertEquals(whole.nodes(), batched.nodes());
        assertEquals(whole.relationships(), batched.relationships());
        assertEquals(whole.byKind(), batched.byKind());
        assertEquals(0, undoLeft());
        // one version per transaction, the report's the last
        long elements = batched.nodes().created() + batched.relationships().created();
        assertTrue(batched.version() - before >= elements / 2_000, batched.version() + " after " + before);
        assertTrue(versionsOfOne > 0);

        // the month after, in many transactions too: the same as in one
        ImportReport later = run(hevcChanged(), hevc("2022-03-04").withTransactionSize(2_000), ProgressListener.NONE);
        assertTrue(later.nodes().updated() > 0 && later.nodes().created() > 0, later.toString());
        assertEquals(1, later.curation().closed().size(), later.curation().toString());
        List<String> manyLater = Snapshot.of(store);
        store = TestStore.clean();
        run(hevcFile(), hevc("2022-02-04"), ProgressListener.NONE);
        run(hevcChanged(), hevc("2022-03-04"), ProgressListener.NONE);
        assertEquals(Snapshot.of(store), manyLater);
    }

    @Test
    void aFailureAfterSomeTransactionsCommittedLeavesTheStoreExactlyAsItWas() throws IOException {
        run(hevcFile(), hevc("2022-02-04"), ProgressListener.NONE);
        List<String> before = exact();
        RuntimeException boom = new IllegalStateException("disk full, say");
        ProgressListener failLate = p -> {
            if (p.phase() == ProgressListener.Phase.WRITE && p.done() > 15_000) {
                throw boom;
            }
        };
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> run(hevcChanged(),
                hevc("2022-03-04").withTransactionSize(2_000), failLate));
        assertTrue(thrown == boom || thrown.getCause() == boom, thrown.toString());
        assertEquals(before, exact());
        assertEquals(0, undoLeft());

        // and the next import works at once
        ImportReport later = run(hevcChanged(), hevc("2022-03-04").withTransactionSize(2_000), ProgressListener.NONE);
        assertTrue(later.nodes().updated() > 0);
        assertNotEquals(before, exact());
    }

    /**
     * The month after with only expiry dates changed: patents are written first, so the import's later transactions
     * (relationships, the list's closings) change nothing. Its entries must still end with one that is not partial,
     * or followers would hold them back as an import still being written.
     */
    @Test
    void aBatchedImportWhoseLastTransactionsChangeNothingIsStillClosed() throws IOException {
        run(hevcFile(), hevc("2022-02-04"), ProgressListener.NONE);
        byte[] datesOnly = new String(hevcFile(), StandardCharsets.UTF_8).replace("20320716", "20320717")
                .getBytes(StandardCharsets.UTF_8);
        ImportReport later = run(datesOnly, hevc("2022-02-04").withTransactionSize(2_000), ProgressListener.NONE);
        assertTrue(later.nodes().updated() > 0 && later.relationships().updated() == 0
                && later.relationships().created() == 0, later.toString());
        var newest = store.read(tx -> tx.run("""
                MATCH (c:Change) RETURN c.seq AS seq, coalesce(c.partial, false) AS partial
                ORDER BY c.seq DESC LIMIT 1""").single());
        assertEquals(later.version(), newest.get("seq").asLong());
        assertEquals(false, newest.get("partial").asBoolean());
        // and the import was written in several transactions, the ones before partial
        assertTrue(Snapshot.count(store, "MATCH (c:Change) WHERE c.partial RETURN count(c)") > 0);
    }

    static final String ETSI_HEADER = "IPRD_ID;IPRD_REFERENCE;IPRD_SIGNATURE_DATE;COMP_LEGAL_NAME;DIPG_ID;"
            + "TGPP_NUMBER;3GPP_Type;TGPV_VERSION;PATT_APPLICATION_NUMBER;PUBL_NUMBER;Country_Of_Registration;"
            + "PBPA_APP_DATE;ETPR_ACRONYM;DIPG_PATF_ID\n";

    ImportReport etsi(String rows, ImportOptions options, ProgressListener progress) {
        return new Imports(store).run(ImportFormat.ETSI_ISLD, new ByteArrayInputStream((ETSI_HEADER + rows)
                .getBytes(StandardCharsets.UTF_8)), options, progress, TEST);
    }

    /**
     * An application renamed to its grant number (a transaction of its own, committed) and a later transaction
     * failing: the rename is undone with the rest, as the renamed node is the import's own write.
     */
    @Test
    void aRenameIsUndoneWithTheRestWhenALaterTransactionFails() {
        etsi("1;R1;2016-01-01 00:00:00;ZTE Corporation;7;36.211;TS;13.0.0;CN201510000001;CN105000001 A;CN CHINA;"
                + "2015-01-05 00:00:00;3GPP-Release-13 | Release 13;F7\n", ImportOptions.defaults(), ProgressListener.NONE);
        List<String> before = exact();
        boolean[] renamedSeen = {false};
        RuntimeException boom = new IllegalStateException("disk full, say");
        ProgressListener failFirstWrite = p -> {
            if (p.phase() == ProgressListener.Phase.WRITE) {
                // the rename's transaction has committed: another reader sees the grant number already
                renamedSeen[0] = Snapshot.count(store, "MATCH (n:Patent {id: 'CN105999999B'}) RETURN count(n)") == 1;
                throw boom;
            }
        };
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> etsi("2;R2;2018-01-01 00:00:00;"
                + "ZTE Corporation;7;36.211;TS;13.0.0;CN201510000001;CN105000001 A | CN105999999 B;CN CHINA;"
                + "2015-01-05 00:00:00;3GPP-Release-13 | Release 13;F7\n", ImportOptions.defaults()
                .withTransactionSize(1), failFirstWrite));
        assertTrue(thrown == boom || thrown.getCause() == boom, thrown.toString());
        assertTrue(renamedSeen[0], "the rename had committed before the failure");
        assertEquals(before, exact());
        assertEquals(0, undoLeft());
    }

    @Test
    void anImportAbandonedByAStoppedProcessIsUndoneWhenTheStoreIsOpened() throws IOException {
        run(hevcFile(), hevc("2022-02-04"), ProgressListener.NONE);
        List<String> before = exact();
        // an Error is not caught by the import: as if the process had died there (out of memory, killed)
        Error died = new Error("the process stopped");
        ProgressListener dies = p -> {
            if (p.phase() == ProgressListener.Phase.WRITE && p.done() > 15_000) {
                throw died;
            }
        };
        assertSame(died, assertThrows(Error.class, () -> run(hevcChanged(), hevc("2022-03-04")
                .withTransactionSize(2_000), dies)));
        assertNotEquals(before, exact(), "some transactions committed before it stopped");
        assertEquals(1, Snapshot.count(store, "MATCH (m:ImportInProgress) RETURN count(m)"));

        assertEquals(1, Imports.recoverAbandoned(store));
        assertEquals(before, exact());
        assertEquals(0, undoLeft());
        assertEquals(0, Imports.recoverAbandoned(store));
    }

    /**
     * A person creates an ownership between an organisation and a patent that a batched import created in its first
     * transaction, while the import's second transaction is writing its ownerships: the import must not write that
     * ownership a second time (relationships have no uniqueness constraint to refuse it). Without another writer,
     * the import links the nodes it created without looking; once the store's version is no longer its own, it
     * compares that transaction again.
     */
    @Test
    void aRelationshipSomeoneCreatesBetweenTheImportsTransactionsIsNotWrittenTwice() {
        byte[] bundle = """
                {"format": "sepgraph-bundle", "version": 1,
                 "organizations": [{"id": "o1", "name": "O1"}, {"id": "o2", "name": "O2"}, {"id": "o3", "name": "O3"}],
                 "patents": [{"id": "EP1B1"}, {"id": "EP2B1"}, {"id": "EP3B1"}],
                 "standards": [{"id": "S1", "body": "ETSI"}, {"id": "S2", "body": "ETSI"}],
                 "ownerships": [{"organization": "o1", "patent": "EP1B1"}, {"organization": "o2", "patent": "EP2B1"},
                                {"organization": "o3", "patent": "EP3B1"}]}
                """.getBytes(StandardCharsets.UTF_8);
        // one row per statement, ten per transaction: the first holds the patents' rename checks, the organisations,
        // the patents and S1 (7 rows written); the second S2 (8) and the ownerships in the order of their
        // organisations (9, 10, 11)
        ImportOptions options = ImportOptions.defaults().withBatchSize(1).withTransactionSize(10);
        java.util.concurrent.atomic.AtomicInteger atNine = new java.util.concurrent.atomic.AtomicInteger();
        ProgressListener someoneWrites = p -> {
            // o1's ownership is written; o3's is still to come: a person adds it now, in a transaction of their own
            if (p.phase() == ProgressListener.Phase.WRITE && p.done() == 9 && atNine.getAndIncrement() == 0) {
                new org.sepgraph.graph.access.Edges<>(store, org.sepgraph.graph.kinds.EdgeKinds.OWNERSHIPS).create(
                        new org.sepgraph.graph.model.Ownership("o3", "EP3B1", null), Origin.system("person"));
            }
        };
        ImportReport report = new Imports(store).run(ImportFormat.BUNDLE, new ByteArrayInputStream(bundle), options,
                someoneWrites, TEST);
        assertEquals(1, Snapshot.count(store,
                "MATCH (:Organization {id: 'o3'})-[r:OWNS]->(:Patent {id: 'EP3B1'}) RETURN count(r)"));
        assertEquals(3, Snapshot.count(store, "MATCH ()-[r:OWNS]->() RETURN count(r)"));
        assertEquals(2, report.relationships().created(), report.toString());
        assertEquals(0, undoLeft());
        // the person wrote during the second transaction, which was then compared and written again
        assertEquals(2, atNine.get());
    }
}
