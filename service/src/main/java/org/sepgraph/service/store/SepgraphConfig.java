package org.sepgraph.service.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Every setting of the service; environment variables follow the usual mapping (SEPGRAPH_NEO4J_URI, ...). */
@ConfigMapping(prefix = "sepgraph")
public interface SepgraphConfig {
    /** {@return the directory of the embedded store, used when no external URI is set} */
    @WithName("data-dir")
    @WithDefault("data")
    String dataDir();

    /** {@return whether to load the demo alliance into an empty store at start} */
    @WithDefault("false")
    boolean demo();

    /**
     * {@return whether this process serves the API (true) or runs a command and exits (false, set by the
     * {@code import} command): a command loads nothing at start}
     */
    @WithDefault("true")
    boolean serve();

    Neo4j neo4j();

    EngineSettings engine();

    Auth auth();

    Imports imports();

    interface Imports {
        /**
         * {@return how long an import waits for its turn: imports on one instance write one at a time, in arrival
         * order (a fair lock); one that waits longer is refused with 503 and Retry-After}
         */
        @WithName("max-wait")
        @WithDefault("10m")
        java.time.Duration maxWait();

        /**
         * {@return nodes and relationships one import transaction writes at most: a larger file is written in
         * several, kept all-or-nothing by its undo log (readers may see its part while it is written)}
         */
        @WithName("transaction-size")
        @WithDefault("100000")
        int transactionSize();
    }

    interface Auth {
        /**
         * {@return the admin key's secret (SEPGRAPH_ADMIN_KEY, sgk_<id>_<secret>); when absent and no admin key
         * exists, one is generated at start and written to <data dir>/admin.key}
         */
        @WithName("admin-key")
        Optional<String> adminKey();

        /** {@return whether a request without a key may read (questions and reads), for a public deployment} */
        @WithName("anonymous-read")
        @WithDefault("false")
        boolean anonymousRead();
    }

    interface EngineSettings {
        /** {@return how often an instance looks for writes made elsewhere (other instances, the CLI)} */
        @WithName("poll-interval")
        @WithDefault("250ms")
        java.time.Duration pollInterval();

        /** {@return how long a question with minVersion waits for that version before answering 503} */
        @WithDefault("5s")
        java.time.Duration await();

        /**
         * {@return how many questions this instance computes at once (0: two per core); the others wait their turn,
         * so a crowd of heavy questions cannot run the heap out}
         */
        @WithDefault("0")
        int questions();

        /** {@return how long a question waits for its turn before answering 503 with Retry-After} */
        @WithName("question-wait")
        @WithDefault("30s")
        java.time.Duration questionWait();
    }

    interface Neo4j {
        /**
         * {@return bolt://, neo4j://, or with TLS neo4j+s://, neo4j+ssc://, bolt+s:// (Aura, TLS clusters): the URI of
         * an external server or cluster; empty starts the embedded store}
         */
        Optional<String> uri();

        /**
         * {@return the user for the external server; for the embedded store, the user its Bolt connector accepts
         * (default neo4j)}
         */
        Optional<String> user();

        /**
         * {@return the password for the external server; for the embedded store, its Bolt password (at least 8
         * characters; unset: generated at first start and kept owner-only as neo4j.password in the data directory)}
         */
        Optional<String> password();

        /** {@return the database on an external server or cluster (Neo4j's default database unless set)} */
        @WithDefault("neo4j")
        String database();

        /** {@return the Bolt port of the embedded store on 127.0.0.1; 0 picks a free one} */
        @WithName("bolt-port")
        @WithDefault("0")
        int boltPort();

        /** {@return the page cache of the embedded store in MiB; 0 lets Neo4j size it from the machine} */
        @WithName("page-cache-mib")
        @WithDefault("256")
        long pageCacheMib();

        /**
         * {@return every transaction's timeout (CRUD, questions, the engine's full loads): Neo4j rolls back a
         * transaction that runs longer and releases its locks; also the embedded store's db.transaction.timeout}
         */
        @WithName("transaction-timeout")
        @WithDefault("10m")
        java.time.Duration transactionTimeout();

        /** {@return the timeout of an import's one transaction (a whole file is written in it)} */
        @WithName("import-timeout")
        @WithDefault("60m")
        java.time.Duration importTimeout();

        /**
         * {@return the embedded store's db.memory.transaction.max in MiB: one transaction that needs more is
         * stopped by Neo4j (an import then answers 413); unset: 40 % of the heap}
         */
        @WithName("transaction-memory-mib")
        Optional<Long> transactionMemoryMib();

        /**
         * {@return the embedded store's db.memory.transaction.total.max in MiB, all transactions together; unset:
         * 50 % of the heap (at least one transaction's limit)}
         */
        @WithName("transaction-memory-total-mib")
        Optional<Long> transactionMemoryTotalMib();
    }
}
