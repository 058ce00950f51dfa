package org.sepgraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * A Neo4j Community database in this JVM, reachable only on 127.0.0.1 through Bolt with authentication on, so the
 * service talks to it with the same driver calls it uses for an external server (one code path for both modes),
 * and no other local process gets in without the password.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    /**
     * Makes the user, or sets its password. The embedded API runs with full rights, as Neo4j's own
     * {@code set-initial-password} does; Community keeps users in the system database and gives each full access.
     */
    static final String CREATE_USER = "CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
    static final String SET_PASSWORD = "ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
    /** The default user's password is 'neo4j' until changed: when another user is configured, it goes. */
    static final String DROP_DEFAULT_USER = "DROP USER neo4j IF EXISTS";

    private final DatabaseManagementService management;
    private final int boltPort;
    private final Credentials credentials;

    private EmbeddedNeo4j(DatabaseManagementService management, int boltPort, Credentials credentials) {
        this.management = management;
        this.boltPort = boltPort;
        this.credentials = credentials;
    }

    /** Starts the store with the default limits ({@link TransactionLimits#defaults()}). */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes, Credentials credentials) {
        return start(dataDir, boltPort, pageCacheBytes, credentials, TransactionLimits.defaults());
    }

    /**
     * Starts the store; {@code limits} become Neo4j's own {@code db.transaction.timeout},
     * {@code db.memory.transaction.max} and {@code db.memory.transaction.total.max}, so a runaway transaction is
     * stopped by Neo4j (its locks released) before it holds locks for ever or exhausts the heap shared with the
     * service.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes, Credentials credentials,
                                      TransactionLimits limits) {
        int port = boltPort == 0 ? freePort() : boltPort;
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, limits.timeout())
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, limits.memoryMax())
                .setConfig(GraphDatabaseSettings.memory_transaction_database_max_size, limits.memoryTotalMax())
                // Bolt's Netty otherwise waits two 5 s quiet periods on every stop.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (pageCacheBytes > 0) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes);
        }
        DatabaseManagementService management = builder.build();
        try {
            secure(management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), credentials);
        } catch (RuntimeException e) {
            management.shutdown();
            throw e;
        }
        return new EmbeddedNeo4j(management, port, credentials);
    }

    private static void secure(GraphDatabaseService system, Credentials credentials) {
        Map<String, Object> params = Map.of("user", credentials.user(), "password", credentials.password());
        boolean exists = system.executeTransactionally("SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                Map.of("user", credentials.user()), r -> ((Number) r.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally(CREATE_USER, params);
        } else {
            try {
                system.executeTransactionally(SET_PASSWORD, params);
            } catch (QueryExecutionException e) {
                // Neo4j refuses to set the password a user already has: nothing to change (the driver's login,
                // which follows, fails clearly if the password is anything else)
            }
        }
        if (!credentials.user().equals(Credentials.DEFAULT_USER)) {
            system.executeTransactionally(DROP_DEFAULT_USER);
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** Who the driver logs in as. */
    public Credentials credentials() {
        return credentials;
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
