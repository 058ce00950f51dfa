package org.sepgraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;

/**
 * One embedded Neo4j per test JVM (starting one costs seconds), under {@code target/}; tests call
 * {@link #clean()} to start from an empty graph with the schema in place.
 */
public final class TestStore {
    private static GraphStore store;

    private TestStore() {}

    public static synchronized GraphStore get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-store-");
                store = GraphStore.open(StoreSettings.embedded(dir));
                GraphStore opened = store;
                // a store's files (preallocated transaction logs included) run to hundreds of MiB: leave none behind
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: target/ is cleaned by the next mvn clean anyway
        }
    }

    /** The shared store, emptied of every node and relationship (constraints and indexes stay). */
    public static GraphStore clean() {
        GraphStore s = get();
        empty(s);
        return s;
    }

    /**
     * Deletes every node and relationship of the graph (for tests of a service that owns its own store), keeping
     * the change log, to which it adds a reset entry: engines following the store load it again.
     */
    public static void empty(GraphStore s) {
        // CALL ... IN TRANSACTIONS needs an auto-commit transaction, not a managed one
        try (var session = s.session()) {
            session.run("MATCH (n) WHERE " + Schema.DATA + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
        s.write(tx -> ChangeLog.appendReset(tx, Origin.system("test")));
    }

    /** Runs a Cypher script of statements separated by ';' at line ends (a fixture). */
    public static void run(GraphStore s, String script) {
        for (String statement : script.split(";\\s*(\\r?\\n|$)")) {
            if (!statement.isBlank()) {
                s.write(tx -> tx.run(statement).consume());
            }
        }
    }
}
