package org.sepgraph.service.answers;

import jakarta.enterprise.context.ApplicationScoped;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.service.store.SepgraphConfig;

/**
 * Where a request gets its version of the graph, and tells it: a question reads one snapshot of the engine (of at
 * least {@code minVersion}, waiting at most {@code sepgraph.engine.wait}, else 503); a write, once committed, is
 * applied to this instance's engine before the answer goes out (a client reads its own writes here without
 * asking for a version); a read of the store itself says the version committed when it began.
 */
@ApplicationScoped
public class Answers {
    private final Engine engine;
    private final AnswerVersion version;
    private final ChangeLog log;
    private final SepgraphConfig config;

    Answers(Engine engine, AnswerVersion version, GraphStore store, SepgraphConfig config) {
        this.engine = engine;
        this.version = version;
        this.log = new ChangeLog(store);
        this.config = config;
    }

    /** The snapshot a question reads: the current one, or one of at least {@code minVersion}. */
    public Snapshot snapshot(Long minVersion) {
        Snapshot s = minVersion == null ? engine.current() : engine.atLeast(minVersion, config.engine().await());
        version.set(s.version());
        return s;
    }

    /** After a committed write: this instance applies it, and the answer names the version it created. */
    public void written(long created) {
        if (created > 0) {
            engine.catchUpTo(created);
            version.set(created);
        }
    }

    /** Before a read of the store itself (CRUD): the answer names the version committed when the read began. */
    public void readingStore() {
        version.set(log.head());
    }
}
