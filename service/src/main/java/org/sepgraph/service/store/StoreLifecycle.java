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
import org.sepgraph.graph.store.StoreSettings;

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

    /** Where the graph lives, from the configuration: an external server when a URI is set, else embedded. */
    public StoreSettings settings() {
        SepgraphConfig.Neo4j neo4j = config.neo4j();
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
            LOG.infof("graph store ready: %s", settings.isExternal() ? "external " + settings.uri()
                    : "embedded in " + settings.dataDir().toAbsolutePath());
        }
        return store;
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
