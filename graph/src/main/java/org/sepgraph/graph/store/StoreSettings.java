package org.sepgraph.graph.store;

import java.nio.file.Path;

/**
 * Where the graph lives. With {@code uri} set, an external Neo4j server or cluster is used and nothing is started;
 * otherwise an embedded Neo4j keeps its files under {@code dataDir}.
 *
 * @param uri            bolt:// or neo4j:// address of an external server or cluster, or null for embedded
 * @param user           user for the external server (null: no authentication)
 * @param password       password for the external server
 * @param dataDir        directory of the embedded store; survives restarts
 * @param boltPort       port of the embedded store's Bolt connector on 127.0.0.1 (0: a free port)
 * @param pageCacheBytes page cache of the embedded store (0: Neo4j's own choice from the machine)
 */
public record StoreSettings(String uri, String user, String password, Path dataDir, int boltPort, long pageCacheBytes) {
    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings(null, null, null, dataDir, 0, 64L * 1024 * 1024);
    }

    public static StoreSettings external(String uri, String user, String password) {
        return new StoreSettings(uri, user, password, null, 0, 0);
    }

    public boolean isExternal() {
        return uri != null && !uri.isBlank();
    }
}
