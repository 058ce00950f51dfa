package org.sepgraph.imports;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sepgraph.graph.bulk.BulkFiles;
import org.sepgraph.graph.bulk.OfflineBuild;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreSettings;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.imports.staging.StagedGraph;
import org.sepgraph.imports.writing.BulkStream;
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
        Stages stages = new Stages(toolOutput);
        requireEmpty(settings);
        stages.done("emptiness check");
        ImportRun run = new ImportRun(format.id(), options, progress);
        Path dir = dataDir.resolve("initial-load");
        try {
            BulkFiles files = new BulkFiles(dir);
            ImportReport report;
            if (format == ImportFormat.BUNDLE) {
                // a bundle's values need no merging: each is written as it is read, on another thread
                report = BulkStream.write(in, run, files, origin);
                stages.done("read, validate and write the bulk files (overlapped)");
            } else {
                StagedGraph staged = format.parser().parse(in, run);
                stages.done("read and validate");
                report = BulkWriter.write(run, staged, files, origin);
                stages.done("bulk files");
            }
            long version;
            OfflineBuild.run(dataDir, files, toolOutput);
            stages.tool();
            long nodes;
            long relationships;
            try (GraphStore store = GraphStore.open(settings)) {
                stages.done("store start, schema and index population");
                // from the count store (no WHERE): all nodes less the bookkeeping (Schema.DATA), all relationships
                nodes = count(store, "MATCH (n) RETURN count(n) AS n")
                        - count(store, "MATCH (n:Meta) RETURN count(n) AS n");
                relationships = count(store, "MATCH ()-[r]->() RETURN count(r) AS n");
                stages.done("counts");
                // one version for the whole load (a reset: a follower loads everything)
                version = nodes == files.nodes() && relationships == files.relationships()
                        ? store.write(tx -> ChangeLog.appendReset(tx, origin)) : 0;
                stages.done("change log");
            }
            stages.done("store stop");
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

    /**
     * The wall time of each stage, printed to the tool's output as it ends ({@code initial load: stage NAME S s}),
     * and the import tool's own ({@code initial load: import tool S s}, the bench's {@code toolSeconds}).
     */
    static final class Stages {
        private final PrintStream out;
        private long last = System.nanoTime();

        Stages(PrintStream out) {
            this.out = out;
        }

        void done(String stage) {
            out.printf("initial load: stage %s %.3f s%n", stage, lap());
        }

        /** The import tool's own wall time: from its call to its return (its JVM-internal start included). */
        void tool() {
            out.printf("initial load: import tool %.3f s%n", lap());
        }

        private double lap() {
            long now = System.nanoTime();
            double s = (now - last) / 1e9;
            last = now;
            return s;
        }
    }

    /**
     * Refuses a store that holds any node of the graph. A data directory without the default database's files
     * has never held one, and is not started for the check (the store starts once, after the build); one that has
     * them is started and asked its count store.
     */
    private static void requireEmpty(StoreSettings settings) {
        Path dataDir = settings.dataDir();
        if (!Files.exists(dataDir.resolve("data/databases/neo4j"))
                && !Files.exists(dataDir.resolve("data/transactions/neo4j"))) {
            return;
        }
        long nodes;
        try (GraphStore store = GraphStore.open(settings)) {
            nodes = count(store, "MATCH (n) RETURN count(n) AS n")
                    - count(store, "MATCH (n:Meta) RETURN count(n) AS n");
        }
        if (nodes > 0) {
            throw new StoreNotEmpty("the store in " + dataDir + " holds " + nodes + " nodes; an initial load "
                    + "builds a new store and needs an empty one (import into this one instead)");
        }
    }

    private static long count(GraphStore store, String cypher) {
        return store.query(cypher, Map.of()).get(0).get("n").asLong();
    }
}
