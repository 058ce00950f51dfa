package org.sepgraph.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;
import org.sepgraph.graph.access.BulkFiles;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeKinds;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeKinds;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.ImportReport.Counts;
import org.sepgraph.imports.ImportReport.KindCounts;

/**
 * The validated, deduplicated facts of one import, staged per kind, and the one place that writes them.
 * {@link #write} compares each staged value with what the store holds (read back through the kind's projection,
 * in batches), merges the two with the stage's merge rule, and writes only what is new or different through the
 * graph module's own upsert statements ({@link Nodes#upsert}, {@link Edges#upsert}), so CRUD and imports share
 * one write path. Nodes are written before relationships, so every relationship finds both ends.
 */
public final class StagedGraph {
    /** Write order of the nodes; relationships follow in {@link EdgeKinds#ALL} order. */
    private static final List<NodeKind<?>> NODE_ORDER = List.of(NodeKinds.FAMILY, NodeKinds.ORGANIZATION,
            NodeKinds.ALLIANCE, NodeKinds.POOL, NodeKinds.POOL_CLUSTER, NodeKinds.STANDARD, NodeKinds.PATENT,
            NodeKinds.LICENSE);

    /** The bundle collection name of each kind, which the report uses. */
    private static final Map<Object, String> COLLECTION = Map.ofEntries(
            Map.entry(NodeKinds.ORGANIZATION, "organizations"), Map.entry(NodeKinds.ALLIANCE, "alliances"),
            Map.entry(NodeKinds.FAMILY, "families"), Map.entry(NodeKinds.PATENT, "patents"),
            Map.entry(NodeKinds.STANDARD, "standards"), Map.entry(NodeKinds.POOL, "pools"),
            Map.entry(NodeKinds.POOL_CLUSTER, "clusters"), Map.entry(NodeKinds.LICENSE, "licenses"),
            Map.entry(EdgeKinds.MEMBERSHIPS, "memberships"), Map.entry(EdgeKinds.AFFILIATIONS, "affiliations"),
            Map.entry(EdgeKinds.OWNERSHIPS, "ownerships"), Map.entry(EdgeKinds.DECLARATIONS, "declarations"),
            Map.entry(EdgeKinds.POOL_PATENTS, "poolPatents"), Map.entry(EdgeKinds.LICENSORS, "licensors"),
            Map.entry(EdgeKinds.BINDINGS, "bindings"), Map.entry(EdgeKinds.CLUSTER_POOLS, "clusterPools"));

    private final Map<NodeKind<?>, NodeStage<?>> nodes = new HashMap<>();
    private final Map<EdgeKind<?>, EdgeStage<?>> edges = new HashMap<>();

    /** The bundle collection name of a node or edge kind ({@code patents}, {@code poolPatents}). */
    public static String collection(Object kind) {
        return COLLECTION.get(kind);
    }

    /**
     * The stage of a node kind. {@code merge(stored, staged)} gives the value to keep when the store already holds
     * the node: {@code (s, v) -> v} replaces it (a bundle), other rules keep what a source does not know.
     */
    @SuppressWarnings("unchecked")
    public <T> NodeStage<T> nodes(NodeKind<T> kind, BinaryOperator<T> merge) {
        return (NodeStage<T>) nodes.computeIfAbsent(kind, k -> new NodeStage<>(kind, merge));
    }

    /** The stage of a relationship kind; {@code merge} as for {@link #nodes}. */
    @SuppressWarnings("unchecked")
    public <T> EdgeStage<T> edges(EdgeKind<T> kind, BinaryOperator<T> merge) {
        return (EdgeStage<T>) edges.computeIfAbsent(kind, k -> new EdgeStage<>(kind, merge));
    }

    /** Staged nodes and relationships in all. */
    public long size() {
        return nodes.values().stream().mapToLong(s -> s.values.size()).sum()
                + edges.values().stream().mapToLong(s -> s.values.size()).sum();
    }

    /** What {@link #write} did. */
    public record Outcome(Counts nodes, Counts relationships, List<KindCounts> byKind) {}

    /**
     * Compares with the store and writes what differs, in the caller's transaction, {@code batch} rows per
     * statement; {@code progress} hears after each batch.
     */
    public Outcome write(GraphStore store, TransactionContext tx, int batch, ProgressListener progress) {
        List<KindCounts> byKind = new ArrayList<>();
        Counts nodeCounts = Counts.ZERO;
        Counts edgeCounts = Counts.ZERO;
        long[] done = {0};
        long total = size();
        Map<org.sepgraph.graph.access.Label, java.util.Set<String>> created = new HashMap<>();
        for (NodeKind<?> kind : NODE_ORDER) {
            NodeStage<?> stage = nodes.get(kind);
            if (stage != null && !stage.values.isEmpty()) {
                Counts c = stage.write(store, tx, batch, progress, done, total,
                        created.computeIfAbsent(kind.label(), l -> new java.util.HashSet<>()));
                byKind.add(new KindCounts(collection(kind), c));
                nodeCounts = nodeCounts.plus(c);
            }
        }
        for (EdgeKind<?> kind : EdgeKinds.ALL) {
            EdgeStage<?> stage = edges.get(kind);
            if (stage != null && !stage.values.isEmpty()) {
                Counts c = stage.write(store, tx, batch, progress, done, total,
                        created.getOrDefault(kind.from(), java.util.Set.of()),
                        created.getOrDefault(kind.to(), java.util.Set.of()));
                byKind.add(new KindCounts(collection(kind), c));
                edgeCounts = edgeCounts.plus(c);
            }
        }
        return new Outcome(nodeCounts, edgeCounts, byKind);
    }

    /**
     * Writes every staged node and relationship to offline import files, nodes in {@link #NODE_ORDER} then
     * relationships in {@link EdgeKinds#ALL} order, and counts them all as created (the files are for an empty
     * store: {@link InitialLoad}).
     */
    public Outcome writeFiles(BulkFiles files) {
        List<KindCounts> byKind = new ArrayList<>();
        long nodeCount = 0;
        for (NodeKind<?> kind : NODE_ORDER) {
            NodeStage<?> stage = nodes.get(kind);
            if (stage != null && !stage.values.isEmpty()) {
                stage.writeFiles(files);
                byKind.add(new KindCounts(collection(kind), new Counts(stage.values.size(), 0, 0)));
                nodeCount += stage.values.size();
            }
        }
        long edgeCount = 0;
        for (EdgeKind<?> kind : EdgeKinds.ALL) {
            EdgeStage<?> stage = edges.get(kind);
            if (stage != null && !stage.values.isEmpty()) {
                stage.writeFiles(files);
                byKind.add(new KindCounts(collection(kind), new Counts(stage.values.size(), 0, 0)));
                edgeCount += stage.values.size();
            }
        }
        return new Outcome(new Counts(nodeCount, 0, 0), new Counts(edgeCount, 0, 0), byKind);
    }

    /**
     * Compares one batch with what the store holds: a value it lacks is created as it is, a stored one is merged
     * ({@code merge(stored, staged)}) and written only when the merge changes it. Adds the rows of new values to
     * {@code creates} and of changed ones to {@code updates}, tells {@code onCreate} of each new value, and counts
     * the three outcomes.
     */
    private static <T> Counts compare(List<T> chunk, Function<T, String> key, Map<String, T> stored,
                                      BinaryOperator<T> merge, Function<T, Map<String, Object>> row,
                                      List<Map<String, Object>> creates, List<Map<String, Object>> updates,
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
     * Writes the new rows with the kind's create statement (no MERGE: compare has just seen they are absent, which
     * spares Neo4j a locking look-up per row) and the changed ones with its upsert.
     */
    private static void writeBatch(List<Map<String, Object>> creates, List<Map<String, Object>> updates,
                                   Consumer<List<Map<String, Object>>> create,
                                   Consumer<List<Map<String, Object>>> upsert) {
        if (!creates.isEmpty()) {
            create.accept(creates);
        }
        if (!updates.isEmpty()) {
            upsert.accept(updates);
        }
    }

    /** The staged nodes of one kind, by id. */
    public static final class NodeStage<T> {
        private final NodeKind<T> kind;
        private final BinaryOperator<T> merge;
        private final Map<String, T> values = new LinkedHashMap<>();
        private final String read;

        NodeStage(NodeKind<T> kind, BinaryOperator<T> merge) {
            this.kind = kind;
            this.merge = merge;
            this.read = """
                    UNWIND $ids AS id
                    MATCH (n:%1$s {id: id})
                    USING INDEX n:%1$s(id)
                    RETURN n.id AS id, %2$s AS value
                    """.formatted(kind.label().name(), kind.projection());
        }

        /** Stages a value, replacing one staged under the same id. */
        public void put(T value) {
            values.put(kind.id().apply(value), value);
        }

        public T get(String id) {
            return values.get(id);
        }

        public boolean contains(String id) {
            return values.containsKey(id);
        }

        public Collection<T> values() {
            return values.values();
        }

        void writeFiles(BulkFiles files) {
            files.nodes(kind, values.values());
        }

        /** Writes what differs; adds the ids of the nodes it creates to {@code created}. */
        Counts write(GraphStore store, TransactionContext tx, int batch, ProgressListener progress, long[] done,
                     long total, java.util.Set<String> created) {
            Nodes<T> writer = new Nodes<>(store, kind);
            Counts counts = Counts.ZERO;
            List<T> all = new ArrayList<>(values.values());
            for (int from = 0; from < all.size(); from += batch) {
                List<T> chunk = all.subList(from, Math.min(all.size(), from + batch));
                List<String> ids = chunk.stream().map(kind.id()).toList();
                Map<String, T> stored = new HashMap<>();
                tx.run(read, Map.of("ids", ids)).forEachRemaining(r ->
                        stored.put(r.get("id").asString(), kind.fromProjection(r.get("value").asMap())));
                List<Map<String, Object>> creates = new ArrayList<>();
                List<Map<String, Object>> updates = new ArrayList<>();
                counts = counts.plus(compare(chunk, kind.id(), stored, merge, kind.row(), creates, updates,
                        value -> created.add(kind.id().apply(value))));
                writeBatch(creates, updates, rows -> writer.create(tx, rows), rows -> writer.upsert(tx, rows));
                done[0] += chunk.size();
                progress.progress(new ProgressListener.Progress(ProgressListener.Phase.WRITE, done[0], total));
            }
            return counts;
        }
    }

    /** The staged relationships of one kind, by their two ends and key. */
    public static final class EdgeStage<T> {
        private final EdgeKind<T> kind;
        private final BinaryOperator<T> merge;
        private final Map<String, T> values = new LinkedHashMap<>();
        private final String read;

        EdgeStage(EdgeKind<T> kind, BinaryOperator<T> merge) {
            this.kind = kind;
            this.merge = merge;
            String keyPattern = kind.key() == null ? "" : " {%s: row.key}".formatted(kind.key());
            // both ends by id first, then the relationship between them from the end with fewer relationships (a
            // pool or a big licensor has thousands, a patent a few)
            this.read = Edges.bothEnds(kind.from(), kind.to()) + """
                    CALL (a, b, row) {
                      MATCH (a)-[r:%1$s%2$s]->(b)
                      RETURN r
                      LIMIT 1
                    }
                    RETURN row.from AS from, row.to AS to, row.key AS key, r {.*, from: a.id, to: b.id} AS value
                    """.formatted(kind.type(), keyPattern);
        }

        /** The identity of a relationship: its two ends and its key (declarations: the version, "" when none). */
        public String keyOf(T value) {
            return key(kind.fromId().apply(value), kind.toId().apply(value), kind.keyOf(value));
        }

        private static String key(String from, String to, String key) {
            return from + '\u0000' + to + '\u0000' + key;
        }

        /** Stages a value, replacing one staged with the same ends and key. */
        public void put(T value) {
            values.put(keyOf(value), value);
        }

        /** The value staged with the same ends and key as {@code probe}, or null. */
        public T get(T probe) {
            return values.get(keyOf(probe));
        }

        public Collection<T> values() {
            return values.values();
        }

        void writeFiles(BulkFiles files) {
            files.relationships(kind, values.values());
        }

        /**
         * Writes what differs. A relationship with an end created by this import is new without asking the store
         * ({@code createdFrom}, {@code createdTo}), which spares the first import of a file most of its reads.
         */
        Counts write(GraphStore store, TransactionContext tx, int batch, ProgressListener progress, long[] done,
                     long total, java.util.Set<String> createdFrom, java.util.Set<String> createdTo) {
            Edges<T> writer = new Edges<>(store, kind);
            Counts counts = Counts.ZERO;
            List<T> all = new ArrayList<>(values.values());
            for (int from = 0; from < all.size(); from += batch) {
                List<T> chunk = all.subList(from, Math.min(all.size(), from + batch));
                List<Map<String, Object>> probes = chunk.stream()
                        .filter(v -> !createdFrom.contains(kind.fromId().apply(v))
                                && !createdTo.contains(kind.toId().apply(v)))
                        .map(v -> Map.<String, Object>of(
                        "from", kind.fromId().apply(v), "to", kind.toId().apply(v), "key", kind.keyOf(v))).toList();
                Map<String, T> stored = new HashMap<>();
                if (!probes.isEmpty()) {
                    tx.run(read, Map.of("rows", probes)).forEachRemaining(r -> stored.putIfAbsent(
                            key(r.get("from").asString(), r.get("to").asString(), r.get("key").asString()),
                            kind.fromProjection(r.get("value").asMap())));
                }
                List<Map<String, Object>> creates = new ArrayList<>();
                List<Map<String, Object>> updates = new ArrayList<>();
                counts = counts.plus(compare(chunk, this::keyOf, stored, merge, kind::row, creates, updates,
                        value -> { }));
                writeBatch(creates, updates, rows -> writer.create(tx, rows), rows -> writer.upsert(tx, rows));
                done[0] += chunk.size();
                progress.progress(new ProgressListener.Progress(ProgressListener.Phase.WRITE, done[0], total));
            }
            return counts;
        }
    }
}
