package org.sepgraph.imports.writing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.Provenance;
import org.sepgraph.graph.bulk.BulkFiles;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.imports.bundle.BundleParser;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportReport.Counts;
import org.sepgraph.imports.run.ImportReport.KindCounts;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * Reads a bundle and writes the offline import files of an empty store in one pass: the parser (this thread) hands
 * each value it accepts, in batches through a bounded queue, to a writer thread that makes its row and writes its
 * line ({@link BulkFiles}), so reading and writing overlap and the bundle is never held whole. The same refusals as
 * {@link BulkWriter} after {@link BundleParser#parse}: the parser's errors with their lines, then every reference to
 * a node outside the file (an empty store holds nothing to find it in); a refused file's files are the caller's to
 * delete, and nothing is handed to the writer after the first error.
 */
public final class BulkStream {
    private static final int BATCH = 4096;
    private static final Object[] END = new Object[0];

    private BulkStream() {}

    /** Every value records {@code origin}'s import as its source, as a transactional import's would. */
    public static ImportReport write(InputStream in, ImportRun run, BulkFiles files, Origin origin) {
        Provenance provenance = Provenance.of(origin, List.of());
        Writer writer = new Writer(files, provenance);
        Thread thread = new Thread(writer, "sepgraph-bulk-writer");
        thread.setDaemon(true);
        thread.start();
        Map<Object, Long> counts = new LinkedHashMap<>();
        List<StagedGraph.Outside> outside;
        Batcher batcher = new Batcher(writer, run, counts);
        try {
            outside = new BundleParser().read(in, run, batcher);
            batcher.flush();
        } finally {
            writer.put(END);
            join(thread);
        }
        writer.rethrow();
        BulkWriter.refuseOutside(run, outside);
        run.readDone();
        List<KindCounts> byKind = new ArrayList<>();
        long nodes = 0;
        for (NodeKind<?> kind : NodeKinds.ALL) {
            long n = counts.getOrDefault(kind, 0L);
            if (n > 0) {
                byKind.add(new KindCounts(kind.bundleKey(), new Counts(n, 0, 0)));
                nodes += n;
            }
        }
        long relationships = 0;
        for (EdgeKind<?> kind : EdgeKinds.ALL) {
            long n = counts.getOrDefault(kind, 0L);
            if (n > 0) {
                byKind.add(new KindCounts(kind.bundleKey(), new Counts(n, 0, 0)));
                relationships += n;
            }
        }
        return run.report(new Counts(nodes, 0, 0), new Counts(relationships, 0, 0), byKind, 0);
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The parser's side: counts each value per kind and hands them to the writer in batches of kind and value. */
    private static final class Batcher implements BundleParser.Sink {
        private final Writer writer;
        private final ImportRun run;
        private final Map<Object, Long> counts;
        private Object[] batch = new Object[2 * BATCH];
        private int size;

        Batcher(Writer writer, ImportRun run, Map<Object, Long> counts) {
            this.writer = writer;
            this.run = run;
            this.counts = counts;
        }

        @Override
        public <T> void node(NodeKind<T> kind, T value) {
            add(kind, value);
        }

        @Override
        public <T> void edge(EdgeKind<T> kind, T value, String identity) {
            add(kind, value);
        }

        private void add(Object kind, Object value) {
            counts.merge(kind, 1L, Long::sum);
            if (run.issues().hasErrors()) {
                return; // the file will be refused: nothing more to write
            }
            batch[size++] = kind;
            batch[size++] = value;
            if (size == batch.length) {
                flush();
            }
        }

        void flush() {
            if (size > 0) {
                Object[] full = size == batch.length ? batch : java.util.Arrays.copyOf(batch, size);
                writer.put(full);
                batch = new Object[2 * BATCH];
                size = 0;
            }
        }
    }

    /** The writer thread: takes batches until {@link #END}, writes each value's line; keeps its first failure. */
    private static final class Writer implements Runnable {
        private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(16);
        private final BulkFiles files;
        private final Provenance provenance;
        private volatile RuntimeException failure;

        Writer(BulkFiles files, Provenance provenance) {
            this.files = files;
            this.provenance = provenance;
        }

        void put(Object[] batch) {
            if (failure != null && batch != END) {
                throw new IllegalStateException("writing the bulk files failed", failure);
            }
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the bulk files", e);
            }
        }

        void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void run() {
            while (true) {
                Object[] batch;
                try {
                    batch = queue.take();
                } catch (InterruptedException e) {
                    failure = new IllegalStateException("the bulk writer was interrupted", e);
                    return;
                }
                if (batch == END) {
                    return;
                }
                if (failure != null) {
                    continue; // keep taking so the parser never blocks on a full queue
                }
                try {
                    for (int i = 0; i < batch.length; i += 2) {
                        if (batch[i] instanceof NodeKind kind) {
                            files.node(kind, batch[i + 1], provenance::on);
                        } else {
                            files.relationship((EdgeKind) batch[i], batch[i + 1], provenance::on);
                        }
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }
    }
}
