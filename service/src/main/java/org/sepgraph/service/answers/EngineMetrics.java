package org.sepgraph.service.answers;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.function.ToDoubleFunction;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.service.store.SepgraphConfig;

/**
 * What an operator watches at {@code /q/metrics}: the engine's applied version against the store's (the lag), how
 * many changes it applied and how long its last full load took, what it holds; and latency histograms of every
 * endpoint (Quarkus's {@code http_server_requests_seconds}, by URI template: each question has its own).
 */
@ApplicationScoped
public class EngineMetrics {
    /**
     * The engine is looked up only when serving: resolving it opens the store, and a command (the offline
     * {@code import --initial-load}) must find the store's directory unlocked.
     */
    void onStart(@Observes @Priority(2100) StartupEvent event, SepgraphConfig config, Instance<Engine> engines,
                 MeterRegistry registry) {
        if (!config.serve()) {
            return;
        }
        Engine engine = engines.get();
        Gauge.builder("sepgraph.engine.version", engine, e -> e.current().version())
                .description("the store version this instance's answers are computed on").register(registry);
        Gauge.builder("sepgraph.store.version", engine, Engine::storeVersion)
                .description("the store's newest committed version (one store read per scrape)").register(registry);
        FunctionCounter.builder("sepgraph.engine.changes.applied", engine, Engine::changesApplied)
                .description("change entries applied without a full load").register(registry);
        FunctionCounter.builder("sepgraph.engine.loads", engine, Engine::loads)
                .description("full loads of the graph into memory").register(registry);
        Gauge.builder("sepgraph.engine.load.seconds", engine, Engine::lastLoadSeconds)
                .description("how long the last full load took").register(registry);
        held(registry, engine, "organizations", s -> s.organizations().count());
        held(registry, engine, "patents", s -> s.patents().count());
        held(registry, engine, "licenses", s -> s.licenses().count());
        held(registry, engine, "declarations", s -> s.declared().size());
        held(registry, engine, "pool-patents", s -> s.inPool().size());
    }

    private static void held(MeterRegistry registry, Engine engine, String kind, ToDoubleFunction<Snapshot> count) {
        Gauge.builder("sepgraph.engine.held", engine, e -> count.applyAsDouble(e.current())).tag("kind", kind)
                .description("what the engine holds in memory").register(registry);
    }

    /** Percentile histograms for the HTTP timings, so p50/p99 per question can be read from Prometheus. */
    @Produces
    @Singleton
    MeterFilter histograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(io.micrometer.core.instrument.Meter.Id id,
                                                         DistributionStatisticConfig config) {
                if (id.getName().startsWith("http.server.requests") || id.getName().startsWith("sepgraph.import")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }
}
