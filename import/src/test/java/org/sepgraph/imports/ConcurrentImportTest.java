package org.sepgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportQueue;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.imports.run.ProgressListener.Phase;

/**
 * Issue 12's collision: two imports of overlapping pool lists at once, as two instances run them (each its own
 * queue, so nothing serialises them). The second compares while the first has written but not committed, sees the
 * rows absent, and its creates then meet the first's rows: it must compare and write again, not fail.
 */
class ConcurrentImportTest {
    /** The first 3,000 claims of the HEVC list: about 2,500 patents, every one of them in both files. */
    static byte[] hevcSlice() throws IOException {
        byte[] all = Files.readAllBytes(AccessAdvanceImportTest.HEVC);
        int lines = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' && ++lines == 3_002) {
                return java.util.Arrays.copyOf(all, i + 1);
            }
        }
        return all;
    }

    static ImportOptions intoPool(String pool) {
        return ImportOptions.of(Map.of("pool", pool, "standard", "ITU-T H.265", "listDate", "2022-02-04"));
    }

    @Test
    void anImportThatMeetsTheRowsOfAnotherInstancesImportComparesAgainAndBothEndAsOneImportOfEachWould()
            throws Exception {
        GraphStore store = TestStore.clean();
        byte[] slice = hevcSlice();
        CountDownLatch firstHasWritten = new CountDownLatch(1);
        AtomicBoolean holding = new AtomicBoolean(true);
        AtomicBoolean secondWasBlocked = new AtomicBoolean();
        // the first import, after its first written batch (uncommitted), waits until the second is blocked on it:
        // the second has then compared those rows as absent and is creating them
        ProgressListener holdFirst = p -> {
            if (p.phase() == Phase.WRITE && holding.compareAndSet(true, false)) {
                firstHasWritten.countDown();
                secondWasBlocked.set(awaitABlockedTransaction(store));
            }
        };
        CompletableFuture<ImportReport> first = CompletableFuture.supplyAsync(() -> instance(store).run(
                ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(slice), intoPool("pool-a"), holdFirst,
                Origin.system("test"), "a.csv", s -> { }));
        assertTrue(firstHasWritten.await(120, TimeUnit.SECONDS), "the first import never wrote");
        ImportReport second = instance(store).run(ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(slice),
                intoPool("pool-b"), ProgressListener.NONE, Origin.system("test"), "b.csv", s -> { });
        ImportReport firstReport = first.get(120, TimeUnit.SECONDS);
        // blocked on rows it compared as absent, the second then met them committed: it imported all the same
        assertTrue(secondWasBlocked.get(), "the second import should have waited for the first's rows");
        assertTrue(firstReport.version() > 0 && second.version() > firstReport.version());
        // what the second created is only what the first did not: its pool, its memberships and licensors
        assertEquals(0, second.byKind().stream().filter(k -> k.kind().equals("patents")).findFirst().orElseThrow()
                .counts().created());
        List<String> together = Snapshot.of(store);

        TestStore.clean();
        new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(slice), intoPool("pool-a"));
        new Imports(store).run(ImportFormat.ACCESS_ADVANCE, new ByteArrayInputStream(slice), intoPool("pool-b"));
        assertEquals(Snapshot.of(store), together);
        assertEquals(Snapshot.count(store, "MATCH (:Patent)-[r:IN_POOL]->(:Pool {id: 'pool-a'}) RETURN count(r)"),
                Snapshot.count(store, "MATCH (:Patent)-[r:IN_POOL]->(:Pool {id: 'pool-b'}) RETURN count(r)"));
    }

    /** Imports as another instance runs them: a queue of their own. */
    private static Imports instance(GraphStore store) {
        return new Imports(store, new ImportQueue(Duration.ofMinutes(5)));
    }

    /** Waits until a transaction waits for a lock another holds (the second import on the first's rows). */
    private static boolean awaitABlockedTransaction(GraphStore store) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (var session = store.session()) {
                long blocked = session.run("""
                        SHOW TRANSACTIONS YIELD status
                        WHERE status STARTS WITH 'Blocked'
                        RETURN count(*) AS n
                        """).single().get("n").asLong();
                if (blocked > 0) {
                    return true;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
