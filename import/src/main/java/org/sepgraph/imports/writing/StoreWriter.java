package org.sepgraph.imports.writing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeRow;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.run.ImportReport.Counts;
import org.sepgraph.imports.run.ImportReport.KindCounts;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.imports.staging.StagedGraph.EdgeStage;
import org.sepgraph.imports.staging.StagedGraph.NodeStage;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * Writes a staged graph into the store in one transaction: all of it, or nothing. Each staged value is compared with
 * what the store holds (read back through the kind's projection, in batches), merged with the stage's rule, and
 * written only when new or different, through the graph module's own statements ({@link Nodes}, {@link Edges}), so
 * CRUD and imports share one write path. Nodes are written before relationships, so every relationship finds both
 * ends. References to nodes outside the file must be in the store, else the file is refused with their lines.
 */
public final class StoreWriter {
    private final GraphStore store;

    public StoreWriter(GraphStore store) {
        this.store = store;
    }

    /**
     * Writes {@code staged} (refusing it first if a reference finds nothing) and reports what changed; the change
     * log's entry lists every node and relationship created or updated, as {@code origin}'s write. An import that
     * changes nothing takes no version.
     */
    public ImportReport write(ImportRun run, StagedGraph staged, Origin origin) {
        checkOutside(run, staged);
        run.readDone();
        int batch = run.options().batchSize();
        long total = staged.size();
        Outcome outcome = store.write(tx -> {
            Outcome o = new Outcome(run.progress(), total);
            Map<Label, Set<String>> created = new HashMap<>();
            for (NodeStage<?> stage : staged.nodeStages()) {
                o.add(stage.kind().bundleKey(), true, writeNodes(stage, tx, batch, o,
                        created.computeIfAbsent(stage.kind().label(), l -> new HashSet<>())));
            }
            for (EdgeStage<?> stage : staged.edgeStages()) {
                EdgeKind<?> kind = stage.kind();
                o.add(kind.bundleKey(), false, writeEdges(stage, tx, batch, o,
                        created.getOrDefault(kind.from(), Set.of()), created.getOrDefault(kind.to(), Set.of())));
            }
            if (!o.changes.isEmpty()) {
                o.version = ChangeLog.append(tx, origin, o.changes);
            }
            return o;
        });
        return run.report(outcome.nodes, outcome.relationships, outcome.byKind, outcome.version);
    }

    /** The counts of a write, and its progress. */
    private static final class Outcome {
        final ProgressListener progress;
        final long total;
        long done;
        Counts nodes = Counts.ZERO;
        Counts relationships = Counts.ZERO;
        final List<KindCounts> byKind = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        long version;

        Outcome(ProgressListener progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void add(String collection, boolean node, Counts counts) {
            byKind.add(new KindCounts(collection, counts));
            if (node) {
                nodes = nodes.plus(counts);
            } else {
                relationships = relationships.plus(counts);
            }
        }

        void batchDone(int size) {
            done += size;
            progress.progress(new ProgressListener.Progress(ProgressListener.Phase.WRITE, done, total));
        }
    }

    /** Writes what differs of one node kind; adds the ids of the nodes it creates to {@code created}. */
    private <T> Counts writeNodes(NodeStage<T> stage, TransactionContext tx, int batch, Outcome outcome,
                                  Set<String> created) {
        NodeKind<T> kind = stage.kind();
        Nodes<T> writer = new Nodes<>(store, kind);
        String read = """
                UNWIND $ids AS id
                MATCH (n:%1$s {id: id})
                USING INDEX n:%1$s(id)
                RETURN n.id AS id, %2$s AS value
                """.formatted(kind.label().name(), kind.projection());
        Counts counts = Counts.ZERO;
        List<T> all = new ArrayList<>(stage.values());
        for (int from = 0; from < all.size(); from += batch) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + batch));
            List<String> ids = chunk.stream().map(kind::id).toList();
            Map<String, T> stored = new HashMap<>();
            tx.run(read, Map.of("ids", ids)).forEachRemaining(r ->
                    stored.put(r.get("id").asString(), kind.read(r.get("value"))));
            List<NodeRow> creates = new ArrayList<>();
            List<NodeRow> updates = new ArrayList<>();
            counts = counts.plus(compare(chunk, kind::id, stored, stage::merge, kind::row, creates, updates,
                    value -> created.add(kind.id(value))));
            creates.forEach(r -> outcome.changes.add(Change.node(kind.bundleKey(), Action.CREATED, r.id())));
            updates.forEach(r -> outcome.changes.add(Change.node(kind.bundleKey(), Action.UPDATED, r.id())));
            writeChunk(creates, updates, rows -> writer.create(tx, rows), rows -> writer.upsert(tx, rows));
            outcome.batchDone(chunk.size());
        }
        return counts;
    }

    /**
     * Writes what differs of one relationship kind. A relationship with an end created by this import is new
     * without asking the store ({@code createdFrom}, {@code createdTo}), which spares a first import most reads.
     */
    private <T> Counts writeEdges(EdgeStage<T> stage, TransactionContext tx, int batch, Outcome outcome,
                                  Set<String> createdFrom, Set<String> createdTo) {
        EdgeKind<T> kind = stage.kind();
        Edges<T> writer = new Edges<>(store, kind);
        String keyPattern = kind.key() == null ? "" : " {%s: row.key}".formatted(kind.key());
        // both ends by id first, then the relationship between them
        String read = Edges.bothEnds(kind.from(), kind.to()) + """
                CALL (a, b, row) {
                  MATCH (a)-[r:%1$s%2$s]->(b)
                  RETURN r
                  LIMIT 1
                }
                RETURN row.from AS from, row.to AS to, row.key AS key, r {.*, from: a.id, to: b.id} AS value
                """.formatted(kind.type(), keyPattern);
        Counts counts = Counts.ZERO;
        List<T> all = new ArrayList<>(stage.values());
        for (int from = 0; from < all.size(); from += batch) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + batch));
            List<Map<String, Object>> probes = chunk.stream()
                    .filter(v -> !createdFrom.contains(kind.fromId(v)) && !createdTo.contains(kind.toId(v)))
                    .map(v -> Map.<String, Object>of("from", kind.fromId(v), "to", kind.toId(v),
                            "key", kind.keyOf(v)))
                    .toList();
            Map<String, T> stored = new HashMap<>();
            if (!probes.isEmpty()) {
                tx.run(read, Map.of("rows", probes)).forEachRemaining(r -> stored.putIfAbsent(
                        EdgeStage.key(r.get("from").asString(), r.get("to").asString(), r.get("key").asString()),
                        kind.read(r.get("value"))));
            }
            List<EdgeRow> creates = new ArrayList<>();
            List<EdgeRow> updates = new ArrayList<>();
            counts = counts.plus(compare(chunk, stage::keyOf, stored, stage::merge, kind::row, creates, updates,
                    value -> { }));
            creates.forEach(r -> outcome.changes.add(change(kind, r, Action.CREATED)));
            updates.forEach(r -> outcome.changes.add(change(kind, r, Action.UPDATED)));
            writeChunk(creates, updates, rows -> writer.create(tx, rows), rows -> writer.upsert(tx, rows));
            outcome.batchDone(chunk.size());
        }
        return counts;
    }

    /**
     * Writes the new rows with the kind's create statement (no MERGE: compare has just seen them absent, which
     * spares Neo4j a locking look-up per row) and the changed ones with its upsert.
     */
    private static <R> void writeChunk(List<R> creates, List<R> updates, Consumer<List<R>> create,
                                       Consumer<List<R>> upsert) {
        if (!creates.isEmpty()) {
            create.accept(creates);
        }
        if (!updates.isEmpty()) {
            upsert.accept(updates);
        }
    }

    /** The change of one relationship row: its ends and its key property ("" when the kind has none). */
    private static Change change(EdgeKind<?> kind, EdgeRow row, Action action) {
        Object key = kind.key() == null ? "" : row.props().get(kind.key());
        return Change.edge(kind.bundleKey(), action, row.from(), row.to(), key == null ? "" : key.toString());
    }

    /** How a staged value merges into a stored one. */
    private interface Merge<T> {
        T apply(T stored, T staged);
    }

    /**
     * Compares one batch with what the store holds: a value it lacks is created as it is, a stored one is merged
     * and written only when the merge changes it. Adds the rows of new values to {@code creates} and of changed ones
     * to {@code updates}, tells {@code onCreate} of each new value, and counts the three outcomes.
     */
    private static <T, R> Counts compare(List<T> chunk, Function<T, String> key, Map<String, T> stored,
                                         Merge<T> merge, Function<T, R> row, List<R> creates, List<R> updates,
                                         Consumer<T> onCreate) {
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (T value : chunk) {
            T old = stored.get(key.apply(value));
            if (old == null) {
                created++;
                onCreate.accept(value);
                creates.add(row.apply(value));
            } else {
                T merged = merge.apply(old, value);
                if (merged.equals(old)) {
                    unchanged++;
                } else {
                    updated++;
                    updates.add(row.apply(merged));
                }
            }
        }
        return new Counts(created, updated, unchanged);
    }

    /**
     * Refuses the file when it had bad lines or a node it names outside itself is not in the store either, listing
     * both.
     */
    private void checkOutside(ImportRun run, StagedGraph staged) {
        List<StagedGraph.Outside> outside = staged.outside();
        if (outside.isEmpty()) {
            run.refuseIfErrors();
            return;
        }
        Map<Label, Set<String>> wanted = new HashMap<>();
        outside.forEach(o -> wanted.computeIfAbsent(o.label(), l -> new HashSet<>()).add(o.id()));
        Map<Label, Set<String>> found = new HashMap<>();
        int batch = run.options().batchSize();
        store.read(tx -> {
            wanted.forEach((label, ids) -> {
                List<String> all = List.copyOf(ids);
                Set<String> here = found.computeIfAbsent(label, l -> new HashSet<>());
                for (int from = 0; from < all.size(); from += batch) {
                    tx.run("""
                            UNWIND $ids AS id
                            MATCH (n:%1$s {id: id})
                            USING INDEX n:%1$s(id)
                            RETURN n.id AS id
                            """.formatted(label.name()), Map.of("ids", all.subList(from,
                                    Math.min(all.size(), from + batch))))
                            .forEachRemaining(r -> here.add(r.get("id").asString()));
                }
            });
            return null;
        });
        for (StagedGraph.Outside o : outside) {
            if (!found.get(o.label()).contains(o.id())) {
                run.issues().error(o.line(), o.path(), "no " + o.label().noun() + " '" + o.id()
                        + "' in the bundle or the store");
            }
        }
        run.refuseIfErrors();
    }
}
