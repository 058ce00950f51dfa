package org.sepgraph.graph.store;

import java.time.Duration;
import org.sepgraph.graph.model.InvalidField;

/**
 * How long and how much memory one transaction may take, so that a runaway one fails cleanly and early (its locks
 * released) instead of holding locks for ever or exhausting the heap the embedded store shares with the service.
 *
 * @param timeout        every transaction's timeout (CRUD, questions, the engine's loads): sent with each
 *                       transaction, and the embedded store's own {@code db.transaction.timeout}
 * @param importTimeout  the timeout of an import's one transaction (generous: a whole file is written in it)
 * @param memoryMax      the embedded store's {@code db.memory.transaction.max}: bytes one transaction may hold
 * @param memoryTotalMax the embedded store's {@code db.memory.transaction.total.max}: bytes all of them may hold
 */
public record TransactionLimits(Duration timeout, Duration importTimeout, long memoryMax, long memoryTotalMax) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_IMPORT_TIMEOUT = Duration.ofMinutes(60);
    /** Share of the heap all transactions together may hold (the rest: the engine, parsed files, requests). */
    public static final double TOTAL_SHARE = 0.5;
    /** Share of the heap one transaction may hold: a big import can use most of the pool, never all of it. */
    public static final double ONE_SHARE = 0.4;

    public TransactionLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidField("transaction-timeout", "the transaction timeout must be positive");
        }
        if (importTimeout == null || importTimeout.isNegative() || importTimeout.isZero()) {
            throw new InvalidField("import-timeout", "the import's transaction timeout must be positive");
        }
        if (memoryMax <= 0 || memoryTotalMax < memoryMax) {
            throw new InvalidField("transaction-memory", "the transaction memory limits must be positive, one "
                    + "transaction's at most all transactions'; got " + memoryMax + " and " + memoryTotalMax);
        }
    }

    /** The defaults on this JVM's heap ({@link #fromHeap}). */
    public static TransactionLimits defaults() {
        return fromHeap(Runtime.getRuntime().maxMemory(), DEFAULT_TIMEOUT, DEFAULT_IMPORT_TIMEOUT);
    }

    /**
     * The rule: all transactions together may hold half of {@code heap}, one transaction 40 % of it, so Neo4j
     * refuses a transaction that grows too big while the heap still has room for everything else; an
     * {@code OutOfMemoryError} is then not what stops a big import.
     */
    public static TransactionLimits fromHeap(long heap, Duration timeout, Duration importTimeout) {
        return new TransactionLimits(timeout, importTimeout, (long) (heap * ONE_SHARE), (long) (heap * TOTAL_SHARE));
    }

    /** The same timeouts with one transaction's memory limit set to {@code bytes} (the pool grows if smaller). */
    public TransactionLimits withMemoryMax(long bytes) {
        return new TransactionLimits(timeout, importTimeout, bytes, Math.max(bytes, memoryTotalMax));
    }
}
