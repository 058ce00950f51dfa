package org.sepgraph.imports.run;

/** Told how far a long import has come: every {@link ImportOptions#progressEvery()} rows read, every batch written. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = progress -> { };

    void progress(Progress progress);

    /** What is being done: reading and validating rows, or writing the changes. */
    enum Phase { READ, WRITE }

    /**
     * @param phase READ (done = rows read so far) or WRITE (done = nodes and relationships compared/written so far)
     * @param done  how many so far
     * @param total how many in all when known (WRITE), else -1
     */
    record Progress(Phase phase, long done, long total) {}
}
