package org.sepgraph.imports;

import java.util.List;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.ImportReport.Counts;

/**
 * The bookkeeping every importer shares: rows read, progress, warnings and errors, the refusal of a bad file and
 * the single write transaction of a good one.
 */
public final class ImportRun {
    private final ImportFormat format;
    private final ImportOptions options;
    private final ProgressListener progress;
    private final Issues issues;
    private final long start = System.nanoTime();
    private long rows;

    public ImportRun(ImportFormat format, ImportOptions options, ProgressListener progress) {
        this.format = format;
        this.options = options;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.issues = new Issues(options.maxIssues());
    }

    public Issues issues() {
        return issues;
    }

    public ImportOptions options() {
        return options;
    }

    /** Counts one data row read and tells the listener every {@code progressEvery} rows. */
    public void rowRead() {
        rows++;
        if (rows % options.progressEvery() == 0) {
            progress.progress(new ProgressListener.Progress(ProgressListener.Phase.READ, rows, -1));
        }
    }

    public long rows() {
        return rows;
    }

    /** The refusal of a file whose structure is unusable (no header, not JSON): one error, nothing written. */
    public ImportRefused refuse(long line, String field, String message) {
        issues.error(line, field, message);
        return new ImportRefused(report(Counts.ZERO, Counts.ZERO, List.of()));
    }

    /** Throws {@link ImportRefused} when any error was collected. */
    public void refuseIfErrors() {
        if (issues.hasErrors()) {
            throw new ImportRefused(report(Counts.ZERO, Counts.ZERO, List.of()));
        }
    }

    /**
     * Refuses the file if it had errors, else writes the staged facts in one transaction (all or nothing) and
     * reports what changed.
     */
    public ImportReport write(GraphStore store, StagedGraph staged) {
        refuseIfErrors();
        if (rows % options.progressEvery() != 0) {
            progress.progress(new ProgressListener.Progress(ProgressListener.Phase.READ, rows, rows));
        }
        StagedGraph.Outcome outcome = store.write(tx -> staged.write(store, tx, options.batchSize(), progress));
        return report(outcome.nodes(), outcome.relationships(), outcome.byKind());
    }

    /** The report of staged facts written some other way (an offline initial load): {@code outcome} says what. */
    public ImportReport loaded(StagedGraph.Outcome outcome) {
        return report(outcome.nodes(), outcome.relationships(), outcome.byKind());
    }

    private ImportReport report(Counts nodes, Counts relationships, List<ImportReport.KindCounts> byKind) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ImportReport(format.id(), rows, nodes, relationships, byKind, issues.warnings(),
                issues.moreWarnings(), issues.errors(), issues.moreErrors(), Math.round(seconds * 1000) / 1000.0);
    }
}
