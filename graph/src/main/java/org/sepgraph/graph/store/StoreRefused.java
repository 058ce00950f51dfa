package org.sepgraph.graph.store;

import java.util.Set;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The store refused a transaction for a reason that is not in what was asked: it collided with another write, the
 * store was briefly unavailable, it ran out of its time or memory. Nothing of it was written. The driver's error is
 * the cause (for the log); the message says what happened in words for a client.
 */
public class StoreRefused extends RuntimeException {
    /** What kind of refusal, and so what the caller can do. */
    public enum Reason {
        /** Another write created or locked the same thing meanwhile: doing it again will do. */
        CONFLICT,
        /** The store could not take it now (unavailable, a lock it waited for too long): retry shortly. */
        BUSY,
        /** It took longer than its transaction timeout and was rolled back. */
        TIMED_OUT,
        /** It needed more memory than one transaction may hold: smaller pieces, more heap, or the offline load. */
        TOO_LARGE
    }

    private static final Set<String> CONFLICTS = Set.of("Neo.ClientError.Schema.ConstraintValidationFailed",
            "Neo.TransientError.Transaction.DeadlockDetected");
    // the pool's error too: Neo4j reports one transaction over db.memory.transaction.max as the pool's
    private static final Set<String> TOO_LARGE = Set.of("Neo.ClientError.General.TransactionOutOfMemoryError",
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "Neo.TransientError.General.TransactionMemoryLimit", "Neo.TransientError.General.OutOfMemoryError");

    private final Reason reason;

    public StoreRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The refusal a driver error stands for, or null when it is none of these (a bug, a bad statement: the caller
     * lets it through as it is).
     */
    public static StoreRefused of(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        if (CONFLICTS.contains(code)) {
            return new StoreRefused(Reason.CONFLICT, "the write collided with another one that changed the same "
                    + "data at the same time", e);
        }
        if (TOO_LARGE.contains(code)) {
            return new StoreRefused(Reason.TOO_LARGE, "the transaction needed more memory than one transaction may "
                    + "hold (" + e.getMessage() + ")", e);
        }
        if (code.contains("TimedOut")) {
            return new StoreRefused(Reason.TIMED_OUT, "the transaction took longer than its timeout and was rolled "
                    + "back", e);
        }
        if (e instanceof TransientException || e instanceof ServiceUnavailableException
                || e instanceof SessionExpiredException) {
            return new StoreRefused(Reason.BUSY, "the store could not take the transaction now (" + code + ")", e);
        }
        return null;
    }
}
