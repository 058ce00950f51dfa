package org.sepgraph.imports.writing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeRow;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.store.GraphStore;

/**
 * What keeps a file written in several transactions all-or-nothing. Each transaction of the import records, in
 * itself, how to undo it: the keys of what it created and the stored values of what it changed, on
 * {@code ImportUndo} nodes (bookkeeping, label {@code Meta}: no question, export or count sees them), and touches
 * the import's {@code ImportInProgress} marker; the last one marks the import done. When a later transaction fails
 * (a conflict that retries did not clear, a timeout, the process stopped), the transactions already committed are
 * undone newest first, each in one transaction that deletes what it created, puts back what it changed and appends
 * a change entry, so followers undo it too; but what someone wrote (or deleted) since the import did, by its
 * {@code _by}, is left as they made it. An import abandoned by a process that died is undone by the next
 * batched import, or at the service's start, once its marker has not been touched for longer than an import's
 * transaction may take.
 *
 * <p>Between its first and last transaction, a batched import's part is visible to readers (each transaction is a
 * version); the import's report gives the version with all of it.
 */
final class UndoLog {
    /** Created keys kept on one undo node. */
    private static final int KEYS_PER_NODE = 10_000;
    private static final String UNDO = "_undo";

    /** A value as stored before the import changed it: a node (by its id now) or a relationship. */
    record Before(String collection, String current, NodeRow node, EdgeRow edge) {
        static Before node(String collection, String current, NodeRow stored) {
            return new Before(collection, current, stored, null);
        }

        static Before edge(String collection, EdgeRow stored) {
            return new Before(collection, null, null, stored);
        }
    }

    private final GraphStore store;
    private final String id;

    /** The undo log of the import whose change-log source is {@code id} ({@code import:<id>}). */
    UndoLog(GraphStore store, String id) {
        this.store = store;
        this.id = id;
    }

    /** Starts the log: the import's marker. */
    void begin() {
        store.writeOnce(store.limits().timeout(), tx -> tx.run("""
                // an import written in several transactions has begun
                CREATE (:ImportInProgress:Meta {import: $import, touched: datetime(), done: false})
                """, Map.of("import", id)).consume());
    }

    /**
     * Records in {@code tx} how to undo its part of the import: the created keys among {@code changes} (all but
     * {@code renamed}, put back by their before value), and {@code before}. {@code last}: the import is whole.
     */
    void record(TransactionContext tx, int batch, List<Change> changes, java.util.Set<String> renamed,
                List<Before> before, boolean last) {
        List<String> created = new ArrayList<>();
        for (Change c : changes) {
            if (c.action() == Action.CREATED && !(c.isNode() && renamed.contains(c.id()))) {
                created.add(c.encode());
            }
        }
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < created.size(); from += KEYS_PER_NODE) {
            parts.add(created.subList(from, Math.min(created.size(), from + KEYS_PER_NODE)));
        }
        if (!parts.isEmpty()) {
            tx.run("""
                    // the keys a transaction of an import created
                    UNWIND $parts AS part
                    CREATE (:ImportUndo:Meta {_undoImport: $import, _undoBatch: $batch, _undoCreated: part})
                    """, Map.of("import", id, "batch", batch, "parts", parts)).consume();
        }
        if (!before.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                Before b = before.get(i);
                Map<String, Object> undo = new HashMap<>();
                undo.put("_undoImport", id);
                undo.put("_undoBatch", batch);
                undo.put("_undoOrder", i);
                undo.put("_undoCollection", b.collection());
                if (b.node() != null) {
                    undo.put("_undoCurrent", b.current());
                    undo.put("_undoId", b.node().id());
                    b.node().ends().forEach((field, end) -> undo.put("_undoEnd_" + field, end));
                } else {
                    undo.put("_undoFrom", b.edge().from());
                    undo.put("_undoTo", b.edge().to());
                }
                rows.add(Map.of("props", b.node() != null ? b.node().props() : b.edge().props(), "undo", undo));
            }
            tx.run("""
                    // the stored values a transaction of an import changed, as they were
                    UNWIND $rows AS row
                    CREATE (u:ImportUndo:Meta)
                    SET u = row.props, u += row.undo
                    """, Map.of("rows", rows)).consume();
        }
        tx.run("""
                // the import is alive (and whole, after its last transaction)
                MATCH (m:ImportInProgress {import: $import})
                SET m.touched = datetime(), m.batches = $batch + 1, m.done = $last
                """, Map.of("import", id, "batch", batch, "last", last)).consume();
    }

    /** The import is whole: its undo log goes, in bounded transactions. */
    void forget() {
        forget(store, id);
    }

    private static void forget(GraphStore store, String id) {
        long deleted;
        do {
            deleted = store.writeOnce(store.limits().timeout(), tx -> tx.run("""
                    // a bounded part of a finished or undone import's undo log
                    MATCH (u:ImportUndo {_undoImport: $import})
                    WITH u LIMIT 1000
                    DELETE u
                    RETURN count(*) AS deleted
                    """, Map.of("import", id)).single().get("deleted").asLong());
        } while (deleted > 0);
        store.writeOnce(store.limits().timeout(), tx -> tx.run("""
                MATCH (m:ImportInProgress {import: $import})
                DELETE m
                """, Map.of("import", id)).consume());
    }

    /** Undoes every committed transaction of the import, newest first; {@code origin} writes the undo. */
    void undo(Origin origin) {
        undo(store, id, origin);
    }

    private static void undo(GraphStore store, String id, Origin origin) {
        Long batches = store.read(tx -> tx.run("""
                MATCH (m:ImportInProgress {import: $import})
                RETURN coalesce(m.batches, 0) AS batches
                """, Map.of("import", id)).list(r -> r.get("batches").asLong()).stream().findFirst().orElse(0L));
        for (long batch = batches - 1; batch >= 0; batch--) {
            long b = batch;
            store.writeOnce(store.limits().importTimeout(), tx -> undoBatch(tx, store, id, b, origin));
        }
        forget(store, id);
    }

    /** Undoes one transaction of the import: what it created goes, what it changed is put back. */
    private static Void undoBatch(TransactionContext tx, GraphStore store, String id, long batch, Origin origin) {
        List<Change> created = new ArrayList<>();
        List<Map<String, Object>> before = new ArrayList<>();
        tx.run("""
                // the undo log of one transaction of an import
                MATCH (u:ImportUndo {_undoImport: $import, _undoBatch: $batch})
                RETURN properties(u) AS u
                """, Map.of("import", id, "batch", batch)).forEachRemaining(r -> {
            Value u = r.get("u");
            if (!u.get("_undoCreated").isNull()) {
                u.get("_undoCreated").asList(Value::asString).forEach(e -> created.add(Change.decode(e)));
            } else {
                before.add(u.asMap());
            }
        });
        List<Change> changes = new ArrayList<>();
        boolean reset = false;
        // what it created: relationships first, then nodes (with what others may have hung on them since)
        Map<String, List<Change>> edges = new LinkedHashMap<>();
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        for (Change c : created) {
            if (c.isNode()) {
                nodes.computeIfAbsent(c.collection(), k -> new ArrayList<>()).add(c.id());
            } else {
                edges.computeIfAbsent(c.collection(), k -> new ArrayList<>()).add(c);
            }
        }
        for (var e : edges.entrySet()) {
            EdgeKind<?> kind = edgeKind(e.getKey());
            String keyMatch = kind.key() == null ? ""
                    : "AND coalesce(toString(r.%s), '') = row.key".formatted(kind.key());
            tx.run("""
                    // relationships an import created, undone, but those someone wrote since (theirs now)
                    UNWIND $rows AS row
                    MATCH (a:%1$s {id: row.from})-[r:%2$s]->(b:%3$s {id: row.to})
                    WHERE r._by = $import %4$s
                    DELETE r
                    RETURN row.from AS from, row.to AS to, row.key AS key
                    """.formatted(kind.from().name(), kind.type(), kind.to().name(), keyMatch),
                    Map.of("import", id, "rows", e.getValue().stream().map(c -> Map.of("from", c.from(), "to",
                            c.to(), "key", c.key() == null ? "" : c.key())).toList())).forEachRemaining(r ->
                    changes.add(Change.edge(e.getKey(), Action.DELETED, r.get("from").asString(),
                            r.get("to").asString(), r.get("key").asString())));
        }
        // what it changed, as it was, the last change first (a patent renamed, then updated, is put back in that
        // order reversed)
        before.sort(java.util.Comparator.comparingLong((Map<String, Object> u) ->
                ((Number) u.get("_undoOrder")).longValue()).reversed());
        for (Map<String, Object> u : before) {
            String collection = (String) u.get("_undoCollection");
            Map<String, Object> props = new HashMap<>();
            Map<String, Object> ends = new HashMap<>();
            u.forEach((k, v) -> {
                if (k.startsWith("_undoEnd_")) {
                    ends.put(k.substring("_undoEnd_".length()), v);
                } else if (!k.startsWith(UNDO)) {
                    props.put(k, v);
                }
            });
            if (u.containsKey("_undoId")) {
                NodeKind<?> kind = nodeKind(collection);
                kind.ownEdges().forEach(own -> ends.putIfAbsent(own.field(), null));
                String current = (String) u.get("_undoCurrent");
                String was = (String) u.get("_undoId");
                if (!writtenByThisImport(tx, id, """
                        MATCH (n:%s {id: $current})
                        RETURN n._by AS by""".formatted(kind.label().name()), Map.of("current", current))) {
                    continue; // written (or deleted) by someone since: theirs is kept, not this import's before
                }
                if (!current.equals(was)) {
                    tx.run("""
                            // a node an import renamed gets its id back
                            MATCH (n:%s {id: $current})
                            SET n.id = $id
                            """.formatted(kind.label().name()), Map.of("current", current, "id", was)).consume();
                    reset = true; // its relationships moved back with it: followers reload
                }
                new Nodes<>(store, kind).upsert(tx, List.of(new NodeRow(was, props, ends)));
                changes.add(Change.node(collection, Action.UPDATED, was));
            } else {
                EdgeKind<?> kind = edgeKind(collection);
                String from = (String) u.get("_undoFrom");
                String to = (String) u.get("_undoTo");
                Object stated = kind.key() == null ? null : props.get(kind.key());
                if (!writtenByThisImport(tx, id, """
                        MATCH (:%s {id: $from})-[r:%s]->(:%s {id: $to})
                        %s
                        RETURN r._by AS by""".formatted(kind.from().name(), kind.type(), kind.to().name(),
                        kind.key() == null ? "" : "WHERE coalesce(toString(r.%s), '') = $key".formatted(kind.key())),
                        Map.of("from", from, "to", to, "key", stated == null ? "" : stated.toString()))) {
                    continue; // written (or deleted) by someone since: theirs is kept
                }
                new Edges<>(store, kind).upsert(tx, List.of(new EdgeRow(from, to, props)));
                Object key = kind.key() == null ? "" : props.get(kind.key());
                changes.add(Change.edge(collection, Action.UPDATED, from, to, key == null ? "" : key.toString()));
            }
        }
        for (var n : nodes.entrySet()) {
            NodeKind<?> kind = nodeKind(n.getKey());
            // a relationship someone else made to a node of the import since goes with it: listed for followers
            tx.run("""
                    // what still hangs on nodes an import created, before they are undone
                    UNWIND $ids AS id
                    MATCH (n:%s {id: id})-[r]-()
                    WHERE n._by = $import
                    RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
                    """.formatted(kind.label().name()), Map.of("ids", n.getValue(), "import", id))
                    .forEachRemaining(r -> {
                for (EdgeKind<?> k : EdgeKinds.ALL) {
                    if (k.type().equals(r.get("type").asString())) {
                        Value key = k.key() == null ? null : r.get("props").get(k.key());
                        changes.add(Change.edge(k.bundleKey(), Action.DELETED, r.get("from").asString(),
                                r.get("to").asString(), key == null || key.isNull() ? "" : key.asObject().toString()));
                    }
                }
            });
            tx.run("""
                    // nodes an import created, undone, but those someone wrote since (theirs now)
                    UNWIND $ids AS id
                    MATCH (n:%s {id: id})
                    WHERE n._by = $import
                    DETACH DELETE n
                    RETURN id
                    """.formatted(kind.label().name()), Map.of("ids", n.getValue(), "import", id))
                    .forEachRemaining(r -> changes.add(Change.node(n.getKey(), Action.DELETED,
                            r.get("id").asString())));
        }
        tx.run("""
                MATCH (u:ImportUndo {_undoImport: $import, _undoBatch: $batch})
                DELETE u
                """, Map.of("import", id, "batch", batch)).consume();
        tx.run("""
                MATCH (m:ImportInProgress {import: $import})
                SET m.batches = $batch, m.touched = datetime()
                """, Map.of("import", id, "batch", batch)).consume();
        if (reset) {
            ChangeLog.appendReset(tx, origin);
        } else if (!changes.isEmpty()) {
            ChangeLog.append(tx, origin, changes);
        }
        return null;
    }

    /**
     * Whether what {@code read} finds (one {@code by} column) was last written by this import: a node or
     * relationship someone wrote since, or deleted, keeps what they did.
     */
    private static boolean writtenByThisImport(TransactionContext tx, String id, String read,
                                               Map<String, Object> params) {
        var found = tx.run(read, params).list(r -> r.get("by").asString(null));
        return !found.isEmpty() && id.equals(found.get(0));
    }

    /**
     * Undoes the imports whose process stopped while writing them: markers not touched for longer than
     * {@code stale}; an import marked done only loses its undo log. Returns how many were undone.
     */
    static int recoverAbandoned(GraphStore store, Duration stale) {
        record Marker(String id, boolean done) {}
        List<Marker> abandoned = store.read(tx -> tx.run("""
                // imports written in several transactions whose writer stopped touching them
                MATCH (m:ImportInProgress)
                WHERE m.touched < datetime() - duration({seconds: $stale})
                RETURN m.import AS import, coalesce(m.done, false) AS done
                """, Map.of("stale", stale.toSeconds())).list(r -> new Marker(r.get("import").asString(),
                r.get("done").asBoolean())));
        int undone = 0;
        for (Marker m : abandoned) {
            if (m.done()) {
                forget(store, m.id());
            } else {
                undo(store, m.id(), new Origin(null, m.id()));
                undone++;
            }
        }
        return undone;
    }

    private static NodeKind<?> nodeKind(String collection) {
        return NodeKinds.ALL.stream().filter(k -> k.bundleKey().equals(collection)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node kind " + collection));
    }

    private static EdgeKind<?> edgeKind(String collection) {
        return EdgeKinds.ALL.stream().filter(k -> k.bundleKey().equals(collection)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no relationship kind " + collection));
    }
}
