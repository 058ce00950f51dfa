package org.sepgraph.graph.store;

import java.nio.file.Path;

/**
 * Where the graph lives. With {@code uri} set, an external Neo4j server or cluster is used and nothing is started;
 * otherwise an embedded Neo4j keeps its files under {@code dataDir}.
 *
 * @param uri            bolt:// or neo4j:// address of an external server or cluster, or null for embedded
 * @param user           user for the external server (null: no authentication); of the embedded store's Bolt
 *                       connector (null: {@code neo4j})
 * @param password       password for the external server; of the embedded store (null: generated at first start
 *                       and kept in the data directory, see {@link Credentials})
 * @param dataDir        directory of the embedded store; survives restarts
 * @param boltPort       port of the embedded store's Bolt connector on 127.0.0.1 (0: a free port)
 * @param pageCacheBytes page cache of the embedded store (0: Neo4j's own choice from the machine)
 * @param database       the database to use on the server ({@code neo4j}, Neo4j's default; embedded: always that)
 * @param limits         every transaction's timeout and memory limits (the memory limits only embedded: a server
 *                       has its own configuration)
 */
public record StoreSettings(String uri, String user, String password, Path dataDir, int boltPort, long pageCacheBytes,
                            String database, TransactionLimits limits) {
    public static final String DEFAULT_DATABASE = "neo4j";

    public StoreSettings {
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database.strip();
        limits = limits == null ? TransactionLimits.defaults() : limits;
    }

    /** Settings with the default limits ({@link TransactionLimits#defaults()}). */
    public StoreSettings(String uri, String user, String password, Path dataDir, int boltPort, long pageCacheBytes,
                         String database) {
        this(uri, user, password, dataDir, boltPort, pageCacheBytes, database, null);
    }

    public StoreSettings withLimits(TransactionLimits other) {
        return new StoreSettings(uri, user, password, dataDir, boltPort, pageCacheBytes, database, other);
    }

    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings(null, null, null, dataDir, 0, 64L * 1024 * 1024, null);
    }

    public static StoreSettings external(String uri, String user, String password) {
        return new StoreSettings(uri, user, password, null, 0, 0, null);
    }

    public boolean isExternal() {
        return uri != null && !uri.isBlank();
    }
}
