package org.sepgraph.imports.run;

import java.util.List;
import org.sepgraph.imports.run.ImportReport.Counts;
import org.sepgraph.imports.run.ImportReport.KindCounts;

/**
 * The bookkeeping of one import, from reading to its report: the options, rows read, progress, warnings and
 * errors, and the refusal of a bad file.
 */
public final class ImportRun {
    private final String format;
    private final ImportOptions options;
    private final ProgressListener progress;
    private final Issues issues;
    private final long start = System.nanoTime();
    private long rows;

    /** @param format the format id the report names ({@code access-advance}, ...) */
    public ImportRun(String format, ImportOptions options, ProgressListener progress) {
        this.format = format;
        this.options = options;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.issues = new Issues(options.maxIssues());
    }

    public String format() {
        return format;
    }

    public Issues issues() {
        return issues;
    }

    public ImportOptions options() {
        return options;
    }

    public ProgressListener progress() {
        return progress;
    }

    /** Counts one data row read and tells the listener every {@code progressEvery} rows. */
    public void rowRead() {
        rows++;
        if (rows % options.progressEvery() == 0) {
            progress.progress(new ProgressListener.Progress(ProgressListener.Phase.READ, rows, -1));
        }
    }

    /** Tells the listener that reading is over. */
    public void readDone() {
        if (rows % options.progressEvery() != 0) {
            progress.progress(new ProgressListener.Progress(ProgressListener.Phase.READ, rows, rows));
        }
    }

    public long rows() {
        return rows;
    }

    /** The refusal of a file whose structure is unusable (no header, not JSON): one error, nothing written. */
    public ImportRefused refuse(long line, String field, String message) {
        issues.error(line, field, message);
        return new ImportRefused(report(Counts.ZERO, Counts.ZERO, List.of(), 0));
    }

    /** Throws {@link ImportRefused} when any error was collected. */
    public void refuseIfErrors() {
        if (issues.hasErrors()) {
            throw new ImportRefused(report(Counts.ZERO, Counts.ZERO, List.of(), 0));
        }
    }

    /** The report of what was written, in {@code version} of the store (0: nothing was). */
    public ImportReport report(Counts nodes, Counts relationships, List<KindCounts> byKind, long version) {
        return report(nodes, relationships, byKind, version, Curation.NONE);
    }

    /** The report of what was written, with what was kept, closed and renamed. */
    public ImportReport report(Counts nodes, Counts relationships, List<KindCounts> byKind, long version,
                               Curation curation) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ImportReport(format, rows, nodes, relationships, byKind, issues.warnings(),
                issues.moreWarnings(), issues.errors(), issues.moreErrors(), Math.round(seconds * 1000) / 1000.0,
                version, null, curation);
    }
}
