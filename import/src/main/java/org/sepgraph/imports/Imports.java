package org.sepgraph.imports;

import java.io.InputStream;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.imports.staging.StagedGraph;
import org.sepgraph.imports.writing.StoreWriter;

/**
 * The one way a file goes into the store: its format's parser reads and validates all of it (a bad file is refused
 * with {@link org.sepgraph.imports.run.ImportRefused} listing the bad lines, and nothing is written), then the
 * {@link StoreWriter} writes what differs from the store in one transaction. Importing the same file again writes
 * nothing and reports everything unchanged.
 */
public final class Imports {
    private final GraphStore store;

    public Imports(GraphStore store) {
        this.store = store;
    }

    /**
     * Reads {@code in} (not closed) in {@code format} and writes it as {@code origin}'s write; the report says
     * what changed and the version it created.
     */
    public ImportReport run(ImportFormat format, InputStream in, ImportOptions options, ProgressListener progress,
                            Origin origin) {
        ImportRun run = new ImportRun(format.id(), options, progress);
        StagedGraph staged = format.parser().parse(in, run);
        return new StoreWriter(store).write(run, staged, origin);
    }

    /** An import by the service itself (the demo, tests). */
    public ImportReport run(ImportFormat format, InputStream in, ImportOptions options) {
        return run(format, in, options, ProgressListener.NONE, Origin.system("import"));
    }
}
