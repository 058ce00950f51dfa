package org.sepgraph.service.store;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.run.ImportQueue;
import org.sepgraph.graph.store.StoreSettings;
import org.sepgraph.graph.store.TransactionLimits;

/** Opens the one {@link GraphStore} of the service at start (embedded unless a URI is set) and closes it at stop. */
@ApplicationScoped
public class StoreLifecycle {
    private static final Logger LOG = Logger.getLogger(StoreLifecycle.class);

    private final SepgraphConfig config;
    private GraphStore store;

    StoreLifecycle(SepgraphConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    GraphStore store() {
        return opened();
    }

    /** The service's configuration (the command line's imports take their transaction size from it). */
    public SepgraphConfig config() {
        return config;
    }

    /** Where the graph lives, from the configuration: an external server when a URI is set, else embedded. */
    public StoreSettings settings() {
        SepgraphConfig.Neo4j neo4j = config.neo4j();
        return place(neo4j).withLimits(limits(neo4j));
    }

    /**
     * Every transaction's limits: the timeouts as configured; the memory limits from the heap (40 % for one
     * transaction, 50 % for all) unless set.
     */
    static TransactionLimits limits(SepgraphConfig.Neo4j neo4j) {
        TransactionLimits heap = TransactionLimits.fromHeap(Runtime.getRuntime().maxMemory(),
                neo4j.transactionTimeout(), neo4j.importTimeout());
        long one = neo4j.transactionMemoryMib().map(m -> m * MIB).orElse(heap.memoryMax());
        long all = neo4j.transactionMemoryTotalMib().map(m -> m * MIB).orElse(Math.max(one, heap.memoryTotalMax()));
        return new TransactionLimits(heap.timeout(), heap.importTimeout(), one, all);
    }

    private static final long MIB = 1024L * 1024;

    private StoreSettings place(SepgraphConfig.Neo4j neo4j) {
        return neo4j.uri().filter(u -> !u.isBlank())
                .map(uri -> new StoreSettings(uri, neo4j.user().orElse(null), neo4j.password().orElse(null), null, 0, 0,
                        neo4j.database()))
                .orElseGet(() -> new StoreSettings(null, neo4j.user().orElse(null), neo4j.password().orElse(null),
                        Path.of(config.dataDir()),
                        neo4j.boltPort(), neo4j.pageCacheMib() * 1024 * 1024, null));
    }

    synchronized GraphStore opened() {
        if (store == null) {
            StoreSettings settings = settings();
            store = GraphStore.open(settings);
            int undone = org.sepgraph.imports.Imports.recoverAbandoned(store);
            if (undone > 0) {
                LOG.warnf("undid %d import(s) that a stopped process left half-written (their transactions so far)",
                        undone);
            }
            TransactionLimits limits = settings.limits();
            LOG.infof("graph store ready: %s; transactions time out after %s (imports %s)%s",
                    settings.isExternal() ? "external " + settings.uri()
                            : "embedded in " + settings.dataDir().toAbsolutePath(),
                    limits.timeout(), limits.importTimeout(), settings.isExternal() ? ""
                            : ", may hold " + limits.memoryMax() / MIB + " MiB each and " + limits.memoryTotalMax() / MIB
                            + " MiB together");
        }
        return store;
    }

    /** The one import queue of this instance: imports write one at a time, in arrival order. */
    @Produces
    @Singleton
    ImportQueue imports() {
        LOG.infof("imports on this instance write one at a time, in arrival order (a fair lock), waiting at most %s",
                config.imports().maxWait());
        return new ImportQueue(config.imports().maxWait());
    }

    /** A serving process opens the store at start (readiness waits for it); a command opens it when it asks. */
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        if (config.serve()) {
            opened();
        }
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
