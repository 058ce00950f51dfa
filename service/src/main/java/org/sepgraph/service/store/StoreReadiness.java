package org.sepgraph.service.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sepgraph.graph.store.GraphStore;

/** Ready only while the graph store answers. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {
    private final GraphStore store;

    StoreReadiness(GraphStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("graph-store").status(store.isReachable()).build();
    }
}
