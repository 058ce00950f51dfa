package org.sepgraph.imports.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sepgraph.graph.store.StoreRefused;

/**
 * Imports on one instance write one at a time, in arrival order (a fair lock): two imports of overlapping files
 * then never compare against each other's uncommitted rows. Reading and validating a file happen before its turn,
 * in parallel. An import that waits longer than {@code maxWait} is refused as busy, to be retried; imports of other
 * instances are not in this queue (the writer re-runs on their conflicts, see StoreWriter).
 */
public final class ImportQueue {
    private final ReentrantLock turn = new ReentrantLock(true);
    private final Duration maxWait;

    public ImportQueue(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** Runs {@code write} when no other import of this queue writes; refused (BUSY) after {@code maxWait}. */
    public <T> T inTurn(Supplier<T> write) {
        boolean mine;
        try {
            mine = turn.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mine = false;
        }
        if (!mine) {
            throw new StoreRefused(StoreRefused.Reason.BUSY, "other imports were writing for longer than "
                    + maxWait.toSeconds() + " s (imports on one instance write one at a time)",
                    null);
        }
        try {
            return write.get();
        } finally {
            turn.unlock();
        }
    }

    /** Imports waiting for their turn now. */
    public int waiting() {
        return turn.getQueueLength();
    }

    /** True while an import writes. */
    public boolean isBusy() {
        return turn.isLocked();
    }

    public Duration maxWait() {
        return maxWait;
    }
}
