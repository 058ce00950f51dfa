package org.sepgraph.service.answers;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.service.store.SepgraphConfig;

/**
 * The in-memory engine of this instance: loaded from the store at start (after the store opens, before the demo
 * loads), then kept current by a follower that polls the change log every {@code sepgraph.engine.poll-interval}, so
 * writes made through other instances reach this one's answers too. A command (serve=false) loads nothing.
 */
@ApplicationScoped
public class EngineLifecycle {
    private static final Logger LOG = Logger.getLogger(EngineLifecycle.class);

    private final SepgraphConfig config;
    private final Instance<GraphStore> store;
    private Engine engine;
    private ScheduledExecutorService follower;

    /** The store is looked up only when the engine is: a command (serve=false) must not open it. */
    EngineLifecycle(SepgraphConfig config, Instance<GraphStore> store) {
        this.config = config;
        this.store = store;
    }

    @Produces
    @Singleton
    Engine engine() {
        return opened();
    }

    synchronized Engine opened() {
        if (engine == null) {
            engine = new Engine(store.get());
        }
        return engine;
    }

    void onStart(@Observes @Priority(2000) StartupEvent event) {
        if (!config.serve()) {
            return;
        }
        Engine e = opened();
        long start = System.nanoTime();
        e.load();
        Snapshot s = e.current();
        LOG.infof("engine loaded in %.1f s: version %d, %d organisations, %d patents, %d licences, %d declarations, "
                        + "%d pool memberships", (System.nanoTime() - start) / 1e9, s.version(),
                s.organizations().count(), s.patents().count(), s.licenses().count(), s.declared().size(),
                s.inPool().size());
        long every = Math.max(10, config.engine().pollInterval().toMillis());
        follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine-follower");
            t.setDaemon(true);
            return t;
        });
        follower.scheduleWithFixedDelay(() -> {
            try {
                e.catchUp();
            } catch (RuntimeException failure) {
                LOG.warnf("engine: following the change log failed (%s); retrying", failure.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    // before the store closes (StoreLifecycle observes with the default priority): a follower polling a closed
    // driver would log a warning every poll until the JVM exits
    void onStop(@Observes @Priority(100) ShutdownEvent event) {
        if (follower != null) {
            follower.shutdownNow();
            try {
                follower.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
