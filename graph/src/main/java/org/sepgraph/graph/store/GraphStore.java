package org.sepgraph.graph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Query;
import org.neo4j.driver.Result;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The one way sepgraph reaches Neo4j: the official driver, against an external server or cluster or against
 * the embedded store that {@link #open} starts when no URI is configured.
 */
public final class GraphStore implements AutoCloseable {
    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String database;
    private final TransactionLimits limits;
    private final TransactionConfig everyTransaction;

    private GraphStore(Driver driver, EmbeddedNeo4j embedded, String database, TransactionLimits limits) {
        this.driver = driver;
        this.embedded = embedded;
        this.database = database;
        this.limits = limits;
        this.everyTransaction = TransactionConfig.builder().withTimeout(limits.timeout()).build();
    }

    /** Connects (starting the embedded store first when no URI is set) and makes sure the schema exists. */
    public static GraphStore open(StoreSettings settings) {
        EmbeddedNeo4j embedded = null;
        String uri = settings.uri();
        var auth = settings.user() == null || settings.user().isBlank()
                ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password());
        if (!settings.isExternal()) {
            embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), settings.pageCacheBytes(),
                    Credentials.of(settings.dataDir(), settings.user(), settings.password()), settings.limits());
            uri = embedded.boltUri();
            auth = AuthTokens.basic(embedded.credentials().user(), embedded.credentials().password());
        }
        try {
            Driver driver = driver(uri, auth);
            driver.verifyConnectivity();
            GraphStore store = new GraphStore(driver, embedded, settings.database(), settings.limits());
            Schema.apply(store);
            return store;
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * The driver for {@code uri}, not yet connected. Encryption follows the URI's scheme — bolt:// and neo4j://
     * plain, bolt+s:// and neo4j+s:// verified TLS, +ssc self-signed TLS (Aura, TLS clusters) — so the config must
     * set no encryption or trust of its own: the driver refuses a +s or +ssc URI with a config that does.
     */
    static Driver driver(String uri, AuthToken auth) {
        return GraphDatabase.driver(uri, auth, Config.defaultConfig());
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public TransactionLimits limits() {
        return limits;
    }

    /**
     * Runs one unit of read work in a managed transaction (retried on transient failures) within the transaction
     * timeout; a refusal of the store is a {@link StoreRefused}.
     */
    public <T> T read(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeRead(work::apply, everyTransaction);
        } catch (Neo4jException e) {
            throw refused(e);
        }
    }

    /**
     * Runs one unit of write work in a managed transaction: all of it happens, or none. Transient failures
     * (deadlocks) are retried by the driver; what still fails is a {@link StoreRefused} when the store refused it.
     */
    public <T> T write(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeWrite(work::apply, everyTransaction);
        } catch (Neo4jException e) {
            throw refused(e);
        }
    }

    /**
     * Runs one unit of write work in one transaction of its own, with {@code timeout}, never retried: a big import
     * that hits the memory limit must fail once, not be run again by the driver's retries (the caller decides
     * whether a {@link StoreRefused} is worth another try).
     */
    public <T> T writeOnce(Duration timeout, Function<TransactionContext, T> work) {
        try (Session session = session();
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            T result = work.apply(context(tx));
            tx.commit();
            return result;
        } catch (Neo4jException e) {
            throw refused(e);
        }
    }

    private static RuntimeException refused(Neo4jException e) {
        StoreRefused refused = StoreRefused.of(e);
        return refused == null ? e : refused;
    }

    /** An explicit transaction seen as the work's context (the work only runs statements in it). */
    private static TransactionContext context(Transaction tx) {
        return new TransactionContext() {
            @Override
            public Result run(String query, Value parameters) {
                return tx.run(query, parameters);
            }

            @Override
            public Result run(String query, Map<String, Object> parameters) {
                return tx.run(query, parameters);
            }

            @Override
            public Result run(String query, Record parameters) {
                return tx.run(query, parameters);
            }

            @Override
            public Result run(String query) {
                return tx.run(query);
            }

            @Override
            public Result run(Query query) {
                return tx.run(query);
            }
        };
    }

    /** One read query, its records as a list. */
    public List<Record> query(String cypher, Map<String, Object> parameters) {
        return read(tx -> tx.run(cypher, parameters).list());
    }

    /** True when the store answers a trivial query; used by the readiness check. */
    public boolean isReachable() {
        try {
            return read(tx -> tx.run("RETURN 1 AS ok").single().get("ok").asInt()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
