package org.sepgraph.imports;

import java.io.InputStream;
import org.sepgraph.graph.store.GraphStore;

/**
 * Reads one file of one format into the store. Every importer follows the same contract:
 * <ol>
 *   <li>the whole input is read and validated first, streaming (memory grows with the distinct facts it states,
 *       not with the file);</li>
 *   <li>if any line is bad, nothing is written and {@link ImportRefused} carries the report listing the bad lines
 *       (up to {@link ImportOptions#maxIssues()});</li>
 *   <li>otherwise the facts are compared with what the store holds and every created or changed node and
 *       relationship is written in batches ({@code UNWIND}) inside <b>one</b> transaction: the import happens
 *       whole or not at all, and re-importing the same file changes nothing (everything counts unchanged).</li>
 * </ol>
 * Parameters that are missing or invalid are refused with {@link org.sepgraph.graph.model.InvalidField} before
 * anything is read. The stream is not closed.
 */
public interface Importer {
    /** The format this importer reads. */
    ImportFormat format();

    /** The store the importer checks references against and writes to. */
    GraphStore store();

    /** Reads, validates and writes {@code in}; see the class comment for the contract. */
    default ImportReport run(InputStream in, ImportOptions options, ProgressListener progress) {
        Staged staged = stage(in, options, progress);
        return staged.run().write(store(), staged.graph());
    }

    /**
     * Reads and validates {@code in} exactly as {@link #run} does, without writing: what an offline initial load
     * ({@link InitialLoad}) writes instead. A bad file is refused with {@link ImportRefused}.
     */
    Staged stage(InputStream in, ImportOptions options, ProgressListener progress);

    default ImportReport run(InputStream in, ImportOptions options) {
        return run(in, options, ProgressListener.NONE);
    }
}
