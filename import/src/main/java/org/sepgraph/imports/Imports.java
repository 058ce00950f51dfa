package org.sepgraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreRefused;
import org.sepgraph.imports.run.ImportQueue;
import org.sepgraph.imports.run.ImportTooLarge;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.imports.staging.StagedGraph;
import org.sepgraph.imports.writing.StoreWriter;

/**
 * The one way a file goes into the store: its format's parser reads and validates all of it (a bad file is refused
 * with {@link org.sepgraph.imports.run.ImportRefused} listing the bad lines, and nothing is written), then the
 * {@link StoreWriter} writes what differs from the store in one transaction, when its turn in the instance's
 * {@link ImportQueue} comes. Importing the same file again writes nothing and reports everything unchanged.
 */
public final class Imports {
    private final GraphStore store;
    private final ImportQueue queue;

    /** Imports that write in turns of {@code queue} (one queue per instance). */
    public Imports(GraphStore store, ImportQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    /** Imports with a queue of their own: for a process that runs one import (the command line, the demo). */
    public Imports(GraphStore store) {
        this(store, new ImportQueue(java.time.Duration.ofDays(1)));
    }

    /**
     * Reads {@code in} (not closed) in {@code format} and writes it as {@code origin}'s write, recorded in the
     * {@link ImportLog} with {@code file} (a name for people, may be null) and the digest of what was read; the
     * report says what changed, the version it created and the import's id. {@code check} sees the validated facts
     * before anything is written and may refuse them (the service's access rules).
     */
    public ImportReport run(ImportFormat format, InputStream in, ImportOptions options, ProgressListener progress,
                            Origin origin, String file, Consumer<StagedGraph> check) {
        String id = newId();
        Origin importing = new Origin(origin.key(), "import:" + id);
        DigestInputStream digesting = new DigestInputStream(in, sha256());
        ImportLog log = new ImportLog(store);
        try {
            ImportRun run = new ImportRun(format.id(), options, progress);
            StagedGraph staged = format.parser().parse(digesting, run);
            check.accept(staged);
            ImportReport report;
            try {
                report = queue.inTurn(() -> new StoreWriter(store).write(run, staged, importing)).withId(id);
            } catch (StoreRefused refused) {
                throw forImport(refused);
            }
            log.record(id, format.id(), file, digest(digesting), origin.key(), ImportLog.Status.IMPORTED, report,
                    null);
            return report;
        } catch (ImportRefused refused) {
            log.record(id, format.id(), file, digest(digesting), origin.key(), ImportLog.Status.REFUSED,
                    refused.report().withId(id), null);
            throw refused.withId(id);
        } catch (RuntimeException failed) {
            log.record(id, format.id(), file, digest(digesting), origin.key(), ImportLog.Status.FAILED, null,
                    failed.getClass().getSimpleName() + ": " + failed.getMessage());
            throw failed;
        }
    }

    public ImportReport run(ImportFormat format, InputStream in, ImportOptions options, ProgressListener progress,
                            Origin origin) {
        return run(format, in, options, progress, origin, null, staged -> { });
    }

    /** An import by the service itself (the demo, tests). */
    public ImportReport run(ImportFormat format, InputStream in, ImportOptions options) {
        return run(format, in, options, ProgressListener.NONE, Origin.system("import"));
    }

    /** The store's refusal in an importer's words: what happened to the file, and what to do. */
    private RuntimeException forImport(StoreRefused refused) {
        return switch (refused.reason()) {
            case TOO_LARGE -> new ImportTooLarge("a transaction of this import grew too large: it needed more "
                    + "memory than Neo4j lets one transaction hold (db.memory.transaction.max"
                    + (store.isEmbedded() ? ", " + store.limits().memoryMax() / (1024 * 1024)
                    + " MiB here; by default 40 % of the service's heap, else sepgraph.neo4j.transaction-memory-mib" : " of the server")
                    + "), so Neo4j stopped it and nothing was written. Write fewer elements per transaction "
                    + "(sepgraph.imports.transaction-size; a larger file is then written in several, still "
                    + "all-or-nothing), give the service more heap (-Xmx), or load a first big file offline into an "
                    + "empty store (bin/sepgraph-import --initial-load FORMAT FILE)", refused);
            case TIMED_OUT -> new StoreRefused(refused.reason(), "the import took longer than its transaction "
                    + "timeout (" + store.limits().importTimeout().toMinutes() + " min, sepgraph.neo4j.import-timeout) "
                    + "and nothing was written; import it in smaller parts, offline (bin/sepgraph-import), or "
                    + "with a longer timeout", refused);
            case CONFLICT -> new StoreRefused(refused.reason(), "other writes kept changing the same data while "
                    + "the import was writing, even after it compared and wrote again; nothing was written: retry",
                    refused);
            case BUSY -> new StoreRefused(refused.reason(), refused.getMessage() + "; nothing was written: retry",
                    refused);
        };
    }

    /**
     * Undoes what imports left half-written when their process stopped (a file written in several transactions is
     * all-or-nothing: {@link StoreWriter}); call it when the store is opened. An embedded store was closed until
     * now, so every import found writing there was abandoned; on a server another instance may be writing one, so
     * only those untouched for longer than an import's transaction may take with its retries. Returns how
     * many were undone.
     */
    public static int recoverAbandoned(GraphStore store) {
        return StoreWriter.recoverAbandoned(store, store.isEmbedded() ? java.time.Duration.ZERO
                : StoreWriter.abandonedAfter(store));
    }

    /** A sortable, unique id: the time, then random digits. */
    static String newId() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                + "-" + java.util.HexFormat.of().formatHex(random);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of the whole input: what a parser left unread (trailing space) is read into it first. */
    private static String digest(DigestInputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the digest of what could be read
        }
        return "sha256:" + java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
    }
}
