package org.sepgraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j Community database in this JVM, reachable only on 127.0.0.1 through Bolt, so the service talks to it
 * with the same driver calls it uses for an external server: one code path for both modes.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService management;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService management, int boltPort) {
        this.management = management;
        this.boltPort = boltPort;
    }

    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        int port = boltPort == 0 ? freePort() : boltPort;
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Only this process can reach it (loopback), as with any embedded store.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Bolt's Netty otherwise waits two 5 s quiet periods on every stop.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (pageCacheBytes > 0) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes);
        }
        DatabaseManagementService management = builder.build();
        return new EmbeddedNeo4j(management, port);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        management.shutdown();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded store's Bolt connector", e);
        }
    }
}
