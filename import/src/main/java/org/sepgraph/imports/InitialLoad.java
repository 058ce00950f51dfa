package org.sepgraph.imports;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.sepgraph.graph.bulk.BulkFiles;
import org.sepgraph.graph.bulk.OfflineBuild;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.Schema;
import org.sepgraph.graph.store.StoreSettings;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.imports.staging.StagedGraph;
import org.sepgraph.imports.writing.BulkWriter;

/**
 * The first load of an empty embedded store, offline. The file is read and validated exactly as an import reads it
 * (the same parser: the same refusals with line numbers, the same warnings and deduplication); then, instead
 * of transactional Cypher writes, its facts are written to files in the format of Neo4j's import tool and the
 * store is built from them ({@link OfflineBuild}), and opened once so the schema is applied and the counts checked.
 * All or nothing: a refused file or a failed build leaves the store empty. For an empty store only, with no
 * service running on the directory (Neo4j locks it); every later file goes through the transactional import.
 */
public final class InitialLoad {
    private InitialLoad() {}

    /** Refused because the store is not empty: the offline build would replace what it holds. */
    public static final class StoreNotEmpty extends RuntimeException {
        public StoreNotEmpty(String message) {
            super(message);
        }
    }

    /**
     * Loads {@code in} (of {@code format}) into the empty embedded store {@code settings} describe. Throws
     * {@link ImportRefused} for a bad file, {@link StoreNotEmpty} when the store holds anything.
     */
    public static ImportReport run(ImportFormat format, StoreSettings settings, InputStream in,
                                   ImportOptions options, ProgressListener progress, PrintStream toolOutput,
                                   Origin origin) {
        Path dataDir = settings.dataDir();
        try (GraphStore store = GraphStore.open(settings)) {
            long nodes = count(store, "MATCH (n) WHERE " + Schema.DATA + " RETURN count(n) AS n");
            if (nodes > 0) {
                throw new StoreNotEmpty("the store in " + dataDir + " holds " + nodes + " nodes; an initial load "
                        + "builds a new store and needs an empty one (import into this one instead)");
            }
        }
        ImportRun run = new ImportRun(format.id(), options, progress);
        StagedGraph staged = format.parser().parse(in, run);
        Path dir = dataDir.resolve("initial-load");
        try {
            BulkFiles files = new BulkFiles(dir);
            ImportReport report = BulkWriter.write(run, staged, files, origin);
            long version;
            OfflineBuild.run(dataDir, files, toolOutput);
            long nodes;
            long relationships;
            try (GraphStore store = GraphStore.open(settings)) {
                nodes = count(store, "MATCH (n) WHERE " + Schema.DATA + " RETURN count(n) AS n");
                relationships = count(store, "MATCH ()-[r]->() RETURN count(r) AS n");
                // one version for the whole load (a reset: a follower loads everything)
                version = nodes == files.nodes() && relationships == files.relationships()
                        ? store.write(tx -> ChangeLog.appendReset(tx, origin)) : 0;
            }
            if (nodes != files.nodes() || relationships != files.relationships()) {
                OfflineBuild.discard(dataDir);
                throw new IllegalStateException("the built store held " + nodes + " nodes and " + relationships
                        + " relationships where the files had " + files.nodes() + " and " + files.relationships()
                        + "; it was discarded");
            }
            return new ImportReport(report.format(), report.rowsRead(), report.nodes(), report.relationships(),
                    report.byKind(), report.warnings(), report.moreWarnings(), report.errors(), report.moreErrors(),
                    report.seconds(), version, null, report.curation());
        } finally {
            OfflineBuild.deleteTree(dir);
        }
    }

    private static long count(GraphStore store, String cypher) {
        return store.query(cypher, Map.of()).get(0).get("n").asLong();
    }
}
