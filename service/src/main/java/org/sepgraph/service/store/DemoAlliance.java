package org.sepgraph.service.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportReport;

/**
 * The demo alliance (a bundle shipped with the service) is loaded through the real bundle import when
 * {@code sepgraph.demo} is true and the store holds no organisation yet: once, never over a user's data. It runs
 * after the store opens and before the engine loads, so the first answers already include it.
 */
@ApplicationScoped
public class DemoAlliance {
    static final String RESOURCE = "/demo/avc-alliance.json";
    private static final Logger LOG = Logger.getLogger(DemoAlliance.class);

    /** The store is looked up only when the demo is wanted: a command (serve=false) must not open it. */
    void onStart(@Observes @Priority(1500) StartupEvent event, SepgraphConfig config, Instance<GraphStore> store) {
        if (config.serve() && config.demo()) {
            loadInto(store.get());
        }
    }

    /** Loads the demo into an empty store; returns the report, or null when the store was not empty. */
    public static ImportReport loadInto(GraphStore store) {
        if (new Nodes<>(store, NodeKinds.ORGANIZATION).list(null, Page.Request.of(0, 1)).total() > 0) {
            LOG.info("demo alliance not loaded: the store already holds data");
            return null;
        }
        try (InputStream in = DemoAlliance.class.getResourceAsStream(RESOURCE)) {
            ImportReport report = new Imports(store).run(ImportFormat.BUNDLE, in, ImportOptions.defaults());
            LOG.infof("demo alliance loaded: %d nodes, %d relationships", report.nodes().created(),
                    report.relationships().created());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
