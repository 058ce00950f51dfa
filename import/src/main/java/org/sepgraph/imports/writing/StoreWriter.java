package org.sepgraph.imports.writing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.EdgeRow;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.NodeRow;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.access.Provenance;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PoolPatent;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreRefused;
import org.sepgraph.imports.run.Curation;
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
 *
 * <p>What people set is respected (DESIGN.md "Provenance"): a field a person set through the API keeps its value
 * and is reported as kept; every value written records this import as its source. A pool list closes the pool
 * memberships it no longer names; a patent stored under another of its numbers is renamed to the file's.
 */
public final class StoreWriter {
    /** Compare-and-write attempts when other writes conflict: the first and two more. */
    static final int ATTEMPTS = 3;

    private final GraphStore store;

    public StoreWriter(GraphStore store) {
        this.store = store;
    }

    /**
     * Writes {@code staged} (refusing it first if a reference finds nothing) and reports what changed; the change
     * log's entry lists every node and relationship created, updated or renamed, as {@code origin}'s write. An
     * import that changes nothing takes no version. A file that states more than the options' transaction size is
     * written in several transactions and kept all-or-nothing by its {@link UndoLog}.
     */
    public ImportReport write(ImportRun run, StagedGraph staged, Origin origin) {
        checkOutside(run, staged);
        run.readDone();
        List<Step> steps = steps(run, staged);
        Outcome whole = new Outcome(null, run.progress(), staged.size(), origin, run.options().maxIssues());
        if (staged.size() <= run.options().transactionSize()) {
            whole.absorb(inOneTransaction(whole, steps, true, null, 0));
        } else {
            inBatches(run, whole, steps, origin);
        }
        return run.report(whole.nodes, whole.relationships, whole.byKind, whole.version, whole.curation.build());
    }

    /**
     * Undoes the imports that a stopped process left half-written: those whose marker was not touched for
     * {@code stale}; returns how many. Each undo is written under the import's own source, so followers that left
     * its partial entries for later apply them with it.
     */
    public static int recoverAbandoned(GraphStore store, java.time.Duration stale) {
        return UndoLog.recoverAbandoned(store, stale);
    }

    /**
     * How long a live batched import may leave its marker untouched: it touches it with each transaction's commit,
     * and one transaction may take the import timeout in each of its attempts.
     */
    public static java.time.Duration abandonedAfter(GraphStore store) {
        return store.limits().importTimeout().multipliedBy(ATTEMPTS + 1L);
    }

    /** One part of the write: what it writes, how many rows that is, and the write itself in a transaction. */
    private record Step(int size, java.util.function.BiConsumer<TransactionContext, Outcome> write) {}

    /**
     * The whole write as steps in order: renames, nodes then relationships by kind, in chunks of the options' batch
     * size, and pool lists.
     */
    private List<Step> steps(ImportRun run, StagedGraph staged) {
        int batch = run.options().batchSize();
        List<Step> steps = new ArrayList<>();
        for (NodeStage<?> stage : staged.nodeStages()) {
            if (stage.kind() == NodeKinds.PATENT) {
                List<Patent> patents = stage.values().stream().map(Patent.class::cast).toList();
                for (int from = 0; from < patents.size(); from += batch) {
                    List<Patent> chunk = patents.subList(from, Math.min(patents.size(), from + batch));
                    steps.add(new Step(chunk.size(), (tx, o) -> renames(chunk, tx, o)));
                }
            }
        }
        for (NodeStage<?> stage : staged.nodeStages()) {
            nodeSteps(stage, batch, steps);
        }
        for (EdgeStage<?> stage : staged.edgeStages()) {
            edgeSteps(stage, batch, steps);
        }
        for (StagedGraph.PoolList list : staged.poolLists()) {
            steps.add(new Step(0, (tx, o) -> closeDropped(list, staged, tx, o)));
        }
        return steps;
    }

    private <T> void nodeSteps(NodeStage<T> stage, int batch, List<Step> steps) {
        List<T> all = new ArrayList<>(stage.values());
        for (int from = 0; from < all.size(); from += batch) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + batch));
            steps.add(new Step(chunk.size(), (tx, o) ->
                    o.add(stage.kind().bundleKey(), true, writeNodes(stage, chunk, tx, o))));
        }
    }

    private <T> void edgeSteps(EdgeStage<T> stage, int batch, List<Step> steps) {
        EdgeKind<T> kind = stage.kind();
        List<T> all = new ArrayList<>(stage.values());
        // sorted by start node, so one node's rows share a chunk (the compare reads by start node)
        all.sort(java.util.Comparator.comparing(kind::fromId));
        for (int from = 0; from < all.size(); from += batch) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + batch));
            steps.add(new Step(chunk.size(), (tx, o) -> o.add(kind.bundleKey(), false, writeEdges(stage, chunk, tx, o))));
        }
    }

    /**
     * {@code steps} compared and written in one transaction, as a part of {@code whole}; again from the start when
     * other writes conflict (nothing of a failed attempt stays). {@code undo}: the log this transaction records its
     * undo in (a batched import), as its {@code batch}; {@code last}: the import is whole after it.
     */
    private Outcome inOneTransaction(Outcome whole, List<Step> steps, boolean last, UndoLog undo, int batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.writeOnce(store.limits().importTimeout(), tx -> {
                    Outcome part = whole.part();
                    if (undo != null) {
                        noteOtherWriters(tx, whole);
                    }
                    steps.forEach(step -> step.write().accept(tx, part));
                    if (undo != null && noteOtherWriters(tx, whole) && part.linkedUnseen) {
                        // someone wrote while this transaction linked nodes of committed parts without looking:
                        // the same relationship may have been created meanwhile, so compare this part again
                        throw new StoreRefused(StoreRefused.Reason.CONFLICT, "another write committed while the "
                                + "import linked nodes it created earlier", null);
                    }
                    if (undo != null) {
                        undo.record(tx, batch, part.changes, part.renamed, part.before, last);
                    }
                    // the last transaction of a batched import that wrote before closes its entries even when it
                    // changes nothing itself, else followers would hold them until they look stalled
                    boolean closes = undo != null && last && whole.version > 0;
                    if (!part.changes.isEmpty() || closes) {
                        // followers apply a batched import's transactions with its last one
                        part.version = undo != null && !last
                                ? ChangeLog.appendPartial(tx, whole.origin, part.changes)
                                : ChangeLog.append(tx, whole.origin, part.changes);
                    }
                    return part;
                });
            } catch (StoreRefused refused) {
                // another instance's import or a CRUD write created or locked rows this one compared as absent
                // (a uniqueness violation, a deadlock): nothing of this attempt stays, so compare and write again
                if (refused.reason() != StoreRefused.Reason.CONFLICT || attempt == ATTEMPTS) {
                    throw refused;
                }
            }
        }
    }

    /**
     * Whether another writer has committed since the import's last committed transaction (the store's version is
     * no longer the import's own); from then on the import no longer takes the nodes it created in committed
     * transactions as unseen by others ({@link Outcome#unseen}). Returns whether it just found out.
     */
    private static boolean noteOtherWriters(TransactionContext tx, Outcome whole) {
        if (whole.interleaved || whole.version == 0 || ChangeLog.head(tx) == whole.version) {
            return false;
        }
        whole.interleaved = true;
        return true;
    }

    /**
     * A file larger than one transaction may write: steps grouped into transactions of at most the options'
     * transaction size, each recording its undo; when one fails for good, those committed are undone and the
     * failure is thrown, so the file is written whole or not at all.
     */
    private void inBatches(ImportRun run, Outcome whole, List<Step> steps, Origin origin) {
        // imports whose marker is older than any live import's can be (another instance's that died)
        recoverAbandoned(store, abandonedAfter(store));
        UndoLog undo = new UndoLog(store, origin.source());
        undo.begin();
        int limit = run.options().transactionSize();
        try {
            int batch = 0;
            for (int from = 0; from < steps.size(); batch++) {
                int to = from;
                long size = 0;
                do {
                    size += steps.get(to++).size();
                } while (to < steps.size() && size + steps.get(to).size() <= limit);
                whole.absorb(inOneTransaction(whole, steps.subList(from, to), to == steps.size(), undo, batch));
                from = to;
            }
        } catch (RuntimeException failed) {
            try {
                undo.undo(origin);
            } catch (RuntimeException undoFailed) {
                // the marker stays: the next batched import or the next start undoes the rest
                failed.addSuppressed(undoFailed);
            }
            throw failed;
        }
        try {
            undo.forget();
        } catch (RuntimeException e) {
            // the import is whole (its marker says done): an undo log left over is dropped by the next recovery
        }
    }

    /**
     * The counts, changes and curation of a write (the whole import), or of one of its transactions (a part, whose
     * changes and undo are its own and which is added to the whole once committed).
     */
    private static final class Outcome {
        final Outcome whole;
        final ProgressListener progress;
        final long total;
        final Provenance provenance;
        /** {@link #provenance}'s properties: a parameter of every create statement, shared by its rows. */
        final Map<String, Object> provenanceProperties;
        final Origin origin;
        final Curation.Builder curation;
        final int maxIssues;
        long done;
        Counts nodes = Counts.ZERO;
        Counts relationships = Counts.ZERO;
        final List<KindCounts> byKind = new ArrayList<>();
        /** The collections of {@link #byKind} that are node kinds. */
        private final Set<String> nodeKinds = new HashSet<>();
        final List<Change> changes = new ArrayList<>();
        /** The ids of the nodes this write created, by label. */
        final Map<Label, Set<String>> created = new HashMap<>();
        /** Patents renamed (their new ids) and the stored values changed, for the undo log. */
        final Set<String> renamed = new HashSet<>();
        final List<UndoLog.Before> before = new ArrayList<>();
        long version;
        /** Of the whole: another writer committed between the import's transactions. */
        boolean interleaved;
        /** Of a part: it linked a node of a committed part without looking ({@link #unseen}). */
        boolean linkedUnseen;

        Outcome(Outcome whole, ProgressListener progress, long total, Origin origin, int maxIssues) {
            this.whole = whole;
            this.progress = progress;
            this.total = total;
            this.origin = origin;
            this.maxIssues = maxIssues;
            this.provenance = whole != null ? whole.provenance : Provenance.of(origin, List.of());
            this.provenanceProperties = provenance.properties();
            this.curation = new Curation.Builder(maxIssues);
        }

        /** A fresh part of this whole: one transaction's attempt. */
        Outcome part() {
            return new Outcome(this, progress, total, origin, maxIssues);
        }

        /** Adds a committed part. */
        void absorb(Outcome part) {
            part.byKind.forEach(k -> add(k.kind(), part.nodeKinds.contains(k.kind()), k.counts()));
            part.created.forEach((label, ids) -> created.computeIfAbsent(label, l -> new HashSet<>()).addAll(ids));
            curation.addAll(part.curation);
            done += part.done;
            if (part.version > 0) {
                version = part.version;
            }
        }

        /** Whether this import created the node: in a committed part, or in this one. */
        boolean created(Label label, String id) {
            return created.getOrDefault(label, Set.of()).contains(id) || whole != null && whole.created(label, id);
        }

        /**
         * Whether no one but this import can have linked the node yet, so that a relationship to it needs no look:
         * created in this part (not committed, so no one else sees it), or in a committed part of an import no
         * other writer has interleaved with so far (noted in {@link #linkedUnseen}, checked before the commit).
         */
        boolean unseen(Label label, String id) {
            if (created.getOrDefault(label, Set.of()).contains(id)) {
                return true;
            }
            if (whole != null && !whole.interleaved && whole.created(label, id)) {
                linkedUnseen = true;
                return true;
            }
            return false;
        }

        /** How many nodes of {@code label} this import created, committed and in this part. */
        long createdCount(Label label) {
            return created.getOrDefault(label, Set.of()).size() + (whole == null ? 0 : whole.createdCount(label));
        }

        /** The provenance of a value this import writes, keeping the fields people set. */
        Provenance provenance(Set<String> curated) {
            return curated.isEmpty() ? provenance : new Provenance(provenance.by(), provenance.at(),
                    List.copyOf(curated));
        }

        /** Adds counts of a collection (to its entry, when it has one already). */
        void add(String collection, boolean node, Counts counts) {
            int at = -1;
            for (int i = 0; i < byKind.size(); i++) {
                if (byKind.get(i).kind().equals(collection)) {
                    at = i;
                }
            }
            if (at < 0) {
                byKind.add(new KindCounts(collection, counts));
            } else {
                byKind.set(at, new KindCounts(collection, byKind.get(at).counts().plus(counts)));
            }
            if (node) {
                nodeKinds.add(collection);
                nodes = nodes.plus(counts);
            } else {
                relationships = relationships.plus(counts);
            }
        }

        void batchDone(int size) {
            done += size;
            progress.progress(new ProgressListener.Progress(ProgressListener.Phase.WRITE,
                    done + (whole == null ? 0 : whole.done), total));
        }
    }

    /** Writes what differs in one chunk of a node kind; notes the ids of the nodes it creates in the outcome. */
    private <T> Counts writeNodes(NodeStage<T> stage, List<T> chunk, TransactionContext tx, Outcome outcome) {
        NodeKind<T> kind = stage.kind();
        Nodes<T> writer = new Nodes<>(store, kind);
        String read = """
                UNWIND $ids AS id
                MATCH (n:%1$s {id: id})
                USING INDEX n:%1$s(id)
                RETURN id, %2$s AS value
                """.formatted(kind.label().name(), kind.projection());
        // the same, locking what it reads: a CRUD write that committed since the first read is seen, later ones
        // wait; it reads every property, as the undo log keeps them
        String lockAndRead = read.replace("RETURN id", "SET n._lock = true\nREMOVE n._lock\nRETURN id");
        // the first read only decides which rows the merge changes: who wrote them and when is not shipped
        String compareRead = read.replace("n {.*", "n {.*" + WITHOUT_WRITER);
        long made = 0;
        long changed = 0;
        long same = 0;
        // every node of the label is one this import created (a first import): the chunk's ids, distinct from
        // those, are all new, nothing to read. Neo4j counts a label's nodes without reading them; a node another
        // write commits meanwhile fails the create's uniqueness constraint, and the attempt is compared and
        // written again
        boolean none = tx.run("MATCH (n:%s) RETURN count(n) AS stored".formatted(kind.label().name()))
                .single().get("stored").asLong() == outcome.createdCount(kind.label());
        Set<String> created = outcome.created.computeIfAbsent(kind.label(), l -> new HashSet<>());
        Map<String, Value> stored = new HashMap<>();
        if (!none) {
            tx.run(compareRead, Map.of("ids", chunk.stream().map(kind::id).toList())).forEachRemaining(r ->
                    stored.put(r.get("id").asString(), r.get("value")));
        }
        List<String> changing = chunk.stream().filter(v -> {
            Value old = stored.get(kind.id(v));
            if (old == null) {
                return false;
            }
            T before = kind.read(old);
            return !kind.row(stage.merge(before, v)).equals(kind.row(before));
        }).map(kind::id).toList();
        if (!changing.isEmpty()) {
            // as stored now, every property: one deleted since the first read is created again
            changing.forEach(stored::remove);
            tx.run(lockAndRead, Map.of("ids", changing)).forEachRemaining(r ->
                    stored.put(r.get("id").asString(), r.get("value")));
        }
        List<NodeRow> creates = new ArrayList<>();
        List<NodeRow> updates = new ArrayList<>();
        Set<String> differing = new HashSet<>(changing);
        for (T value : chunk) {
            String id = kind.id(value);
            Value old = stored.get(id);
            if (old != null && !differing.contains(id)) {
                same++; // compared above: the merge changes nothing, so no curated field is touched either
                continue;
            }
            if (old == null) {
                made++;
                created.add(id);
                creates.add(kind.row(value));
                outcome.changes.add(Change.node(kind.bundleKey(), Action.CREATED, id));
                continue;
            }
            NodeRow before = kind.row(kind.read(old));
            Set<String> curated = Provenance.curated(old);
            NodeRow after = keepCurated(kind.row(stage.merge(kind.read(old), value)), before, curated,
                    field -> outcome.curation.kept(kind.bundleKey(), id, field, reason(old)));
            if (after.equals(before)) {
                same++;
            } else {
                changed++;
                updates.add(outcome.provenance(curated).on(after));
                outcome.changes.add(Change.node(kind.bundleKey(), Action.UPDATED, id));
                outcome.before.add(UndoLog.Before.node(kind.bundleKey(), id, stored(kind, id, old)));
            }
        }
        writeChunk(creates, updates, rows -> writer.create(tx, rows, outcome.provenanceProperties),
                rows -> writer.upsert(tx, rows));
        outcome.batchDone(chunk.size());
        return new Counts(made, changed, same);
    }

    /**
     * Writes what differs in one chunk of a relationship kind (sorted by start node). A relationship with an end
     * no one else can have linked yet ({@link Outcome#unseen}: created by this import, and no other write since)
     * is new without asking the store, which spares a first import most reads.
     */
    private <T> Counts writeEdges(EdgeStage<T> stage, List<T> chunk, TransactionContext tx, Outcome outcome) {
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
        // the same, locking the relationships it finds, for those about to change (a CRUD write since is seen)
        String lockAndRead = read.replace("RETURN row.from", "SET r._lock = true\nREMOVE r._lock\nRETURN row.from");
        // what the compare reads: every relationship of the kind leaving the batch's start nodes, one index seek
        // per start node instead of two per row (the rows are sorted by start node, so one node's rows share a
        // batch); the relationships the file does not name are ignored. It only decides which rows the merge
        // changes, so who wrote them and when is not shipped, and each end's id only once
        String readFrom = """
                UNWIND $ids AS id
                MATCH (a:%1$s {id: id})
                USING INDEX a:%1$s(id)
                MATCH (a)-[r:%2$s]->(b:%3$s)
                RETURN %4$s AS key, r {.*%5$s, from: id, to: b.id} AS value
                """.formatted(kind.from().name(), kind.type(), kind.to().name(),
                kind.key() == null ? "''" : "coalesce(toString(r.%s), '')".formatted(kind.key()), WITHOUT_WRITER);
        long made = 0;
        long changed = 0;
        long same = 0;
        // each row's identity, once
        List<String> keys = new ArrayList<>(chunk.size());
        chunk.forEach(v -> keys.add(stage.keyOf(v)));
        Set<String> probed = new HashSet<>();
        Set<String> starts = new java.util.LinkedHashSet<>();
        for (int i = 0; i < chunk.size(); i++) {
            T v = chunk.get(i);
            if (!outcome.unseen(kind.from(), kind.fromId(v)) && !outcome.unseen(kind.to(), kind.toId(v))) {
                probed.add(keys.get(i));
                starts.add(kind.fromId(v));
            }
        }
        Map<String, Value> stored = new HashMap<>();
        if (!starts.isEmpty()) {
            tx.run(readFrom, Map.of("ids", List.copyOf(starts))).forEachRemaining(r -> {
                Value value = r.get("value");
                String key = EdgeStage.key(value.get("from").asString(), value.get("to").asString(),
                        r.get("key").asString());
                if (probed.contains(key)) {
                    stored.putIfAbsent(key, value);
                }
            });
        }
        List<Map<String, Object>> changing = new ArrayList<>();
        Set<String> differing = new HashSet<>();
        for (int i = 0; i < chunk.size(); i++) {
            T v = chunk.get(i);
            Value old = stored.get(keys.get(i));
            if (old == null) {
                continue;
            }
            T before = kind.read(old);
            if (!kind.row(stage.merge(before, v)).equals(kind.row(before))) {
                changing.add(Map.of("from", kind.fromId(v), "to", kind.toId(v), "key", kind.keyOf(v)));
                differing.add(keys.get(i));
            }
        }
        if (!changing.isEmpty()) {
            Map<String, Value> locked = new HashMap<>();
            tx.run(lockAndRead, Map.of("rows", changing)).forEachRemaining(r -> locked.putIfAbsent(
                    EdgeStage.key(r.get("from").asString(), r.get("to").asString(), r.get("key").asString()),
                    r.get("value")));
            // as stored now, every property: one deleted since the first read is created again
            differing.forEach(stored::remove);
            stored.putAll(locked);
        }
        List<EdgeRow> creates = new ArrayList<>();
        List<EdgeRow> updates = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            T value = chunk.get(i);
            String key = keys.get(i);
            Value old = stored.get(key);
            if (old != null && !differing.contains(key)) {
                same++; // compared above: the merge changes nothing, so no curated field is touched either
                continue;
            }
            String label = kind.fromId(value) + " → " + kind.toId(value);
            if (old == null) {
                made++;
                EdgeRow row = kind.row(value);
                creates.add(row);
                outcome.changes.add(change(kind, row, Action.CREATED));
                continue;
            }
            EdgeRow before = kind.row(kind.read(old));
            Set<String> curated = Provenance.curated(old);
            EdgeRow merged = kind.row(stage.merge(kind.read(old), value));
            EdgeRow after = new EdgeRow(merged.from(), merged.to(), keepCurated(merged.props(), before.props(),
                    curated, field -> outcome.curation.kept(kind.bundleKey(), label, field, reason(old))));
            if (after.equals(before)) {
                same++;
            } else {
                changed++;
                updates.add(outcome.provenance(curated).on(after));
                outcome.changes.add(change(kind, after, Action.UPDATED));
                outcome.before.add(UndoLog.Before.edge(kind.bundleKey(), stored(old)));
            }
        }
        writeChunk(creates, updates, rows -> writer.create(tx, rows, outcome.provenanceProperties),
                rows -> writer.upsert(tx, rows));
        outcome.batchDone(chunk.size());
        return new Counts(made, changed, same);
    }

    /**
     * Map projection entries that blank the writer's provenance ({@code _by}, {@code _at}: a string and a date-time
     * per row) where only the values are compared; {@code _curated} stays.
     */
    private static final String WITHOUT_WRITER = ", %s: null, %s: null".formatted(Provenance.BY, Provenance.AT);

    /** A node as stored (every property, provenance too, and its own relationships), from its projection. */
    private static NodeRow stored(NodeKind<?> kind, String id, Value projected) {
        Map<String, Object> props = new HashMap<>(projected.asMap());
        Map<String, Object> ends = new HashMap<>();
        kind.ownEdges().forEach(own -> ends.put(own.field(), props.remove(own.field())));
        return new NodeRow(id, props, ends);
    }

    /** A relationship as stored (every property, provenance too), from its {@code r {.*, from, to}} projection. */
    private static EdgeRow stored(Value projected) {
        Map<String, Object> props = new HashMap<>(projected.asMap());
        String from = (String) props.remove("from");
        String to = (String) props.remove("to");
        return new EdgeRow(from, to, props);
    }

    /** The merged row with every curated field as stored; tells {@code kept} of each field the file would change. */
    private static NodeRow keepCurated(NodeRow merged, NodeRow stored, Set<String> curated, Consumer<String> kept) {
        if (curated.isEmpty()) {
            return merged;
        }
        return new NodeRow(merged.id(), keepCurated(merged.props(), stored.props(), curated, kept),
                keepCurated(merged.ends(), stored.ends(), curated, kept));
    }

    private static Map<String, Object> keepCurated(Map<String, Object> merged, Map<String, Object> stored,
                                                   Set<String> curated, Consumer<String> kept) {
        if (curated.isEmpty()) {
            return merged;
        }
        Map<String, Object> out = new HashMap<>(merged);
        for (String field : curated) {
            if (!out.containsKey(field) && !stored.containsKey(field)) {
                continue;
            }
            Object s = stored.get(field);
            if (!Objects.equals(out.get(field), s)) {
                kept.accept(field);
                if (s == null) {
                    out.remove(field);
                } else {
                    out.put(field, s);
                }
            }
        }
        return out;
    }

    /** Why a field was kept: who set it. */
    private static String reason(Value stored) {
        String by = Provenance.by(stored);
        return by != null && by.startsWith("api:") && by.length() > 4
                ? "set through the API with key " + by.substring(4) : "set through the API";
    }

    /** The change of one relationship row: its ends and its key property ("" when the kind has none). */
    private static Change change(EdgeKind<?> kind, EdgeRow row, Action action) {
        Object key = kind.key() == null ? "" : row.props().get(kind.key());
        return Change.edge(kind.bundleKey(), action, row.from(), row.to(), key == null ? "" : key.toString());
    }

    /**
     * A pool list states the pool's contents on its date: a membership in force then (or starting before it and
     * open) whose patent the list does not name ends the day before. A membership whose end a person set is kept.
     * A list older than the newest one imported for the pool closes nothing: what it lacks may have joined since.
     */
    private void closeDropped(StagedGraph.PoolList list, StagedGraph staged, TransactionContext tx, Outcome outcome) {
        org.neo4j.driver.Record listed = tx.run("""
                // the pool remembers the date of the newest list imported for it; written only when this list is
                // newer, so a re-import of the same list writes nothing
                MATCH (n:Pool {id: $pool})
                WITH n, n._listDate AS before, %s AS stored
                FOREACH (_ IN CASE WHEN before IS NULL OR before < $date THEN [1] ELSE [] END |
                  SET n._listDate = $date)
                RETURN before IS NULL OR before <= $date AS newest, before IS NULL OR before < $date AS changed,
                       stored
                """.formatted(NodeKinds.POOL.projection()), Map.of("pool", list.pool(), "date", list.date()))
                .single();
        if (listed.get("changed").asBoolean()) {
            // the undo log puts the pool's list date back
            outcome.before.add(UndoLog.Before.node(NodeKinds.POOL.bundleKey(), list.pool(),
                    stored(NodeKinds.POOL, list.pool(), listed.get("stored"))));
        }
        boolean newest = listed.get("newest").asBoolean();
        if (!newest) {
            return;
        }
        Set<String> named = new HashSet<>();
        for (EdgeStage<?> stage : staged.edgeStages()) {
            if (stage.kind() == EdgeKinds.POOL_PATENTS) {
                for (Object v : stage.values()) {
                    PoolPatent p = (PoolPatent) v;
                    if (p.pool().equals(list.pool())) {
                        named.add(p.patent());
                    }
                }
            }
        }
        LocalDate dayBefore = list.date().minusDays(1);
        List<EdgeRow> updates = new ArrayList<>();
        tx.run("""
                // the memberships of $pool still open on $date that began before it
                MATCH (p:Pool {id: $pool})
                MATCH (x:Patent)-[r:IN_POOL]->(p)
                WHERE (r.until IS NULL OR r.until >= $date) AND (r.since IS NULL OR r.since < $date)
                RETURN r {.*, from: x.id, to: p.id} AS value
                """, Map.of("pool", list.pool(), "date", list.date())).forEachRemaining(r -> {
            Value old = r.get("value");
            PoolPatent stored = EdgeKinds.POOL_PATENTS.read(old);
            if (named.contains(stored.patent())) {
                return;
            }
            if (Provenance.curated(old).contains("until")) {
                outcome.curation.kept(EdgeKinds.POOL_PATENTS.bundleKey(), stored.patent() + " → " + stored.pool(),
                        "until", reason(old));
                return;
            }
            EdgeRow closed = EdgeKinds.POOL_PATENTS.row(new PoolPatent(stored.pool(), stored.patent(),
                    stored.since(), dayBefore));
            updates.add(outcome.provenance(Provenance.curated(old)).on(closed));
            outcome.changes.add(change(EdgeKinds.POOL_PATENTS, closed, Action.UPDATED));
            outcome.before.add(UndoLog.Before.edge(EdgeKinds.POOL_PATENTS.bundleKey(), stored(old)));
            outcome.curation.closed(stored.pool(), stored.patent(), dayBefore);
        });
        if (!updates.isEmpty()) {
            new Edges<>(store, EdgeKinds.POOL_PATENTS).upsert(tx, updates);
            outcome.add(EdgeKinds.POOL_PATENTS.bundleKey(), false, new Counts(0, updates.size(), 0));
        }
    }

    /**
     * A staged patent not stored under its id but under one of its other numbers (an application stored before its
     * grant was known) is that patent: it is renamed, its old number kept as an alias. Its relationships stay; the
     * change log lists them again under the new id, so followers move them.
     */
    private void renames(List<Patent> patents, TransactionContext tx, Outcome outcome) {
        // no patent stored but those this import created: none can be stored under another number
        if (tx.run("MATCH (n:Patent) RETURN count(n) AS stored").single().get("stored").asLong()
                == outcome.createdCount(Label.Patent)) {
            return;
        }
        List<Map<String, Object>> rows = patents.stream().filter(p -> !p.aliases().isEmpty())
                .map(p -> Map.<String, Object>of("id", p.id(), "aliases", p.aliases())).toList();
        if (rows.isEmpty()) {
            return;
        }
        List<String[]> found = new ArrayList<>();
        tx.run("""
                // staged patents absent under their id but stored under one of their other numbers
                UNWIND $rows AS row
                OPTIONAL MATCH (same:Patent {id: row.id})
                WITH row WHERE same IS NULL
                UNWIND row.aliases AS alias
                MATCH (old:Patent {id: alias})
                USING INDEX old:Patent(id)
                RETURN DISTINCT old.id AS from, row.id AS to
                """, Map.of("rows", rows)).forEachRemaining(r -> found.add(new String[] {r.get("from").asString(),
                r.get("to").asString()}));
        Set<String> renamedTo = new HashSet<>();
        for (String[] pair : found) {
            String from = pair[0];
            String to = pair[1];
            if (!renamedTo.add(to)) {
                continue; // two stored patents for one: the first is renamed, the other stays as it is
            }
            Value related = tx.run("""
                    // rename the patent (its old number becomes an alias) and list what hangs on it; as it was stored
                    // before, for the undo log
                    MATCH (n:Patent {id: $from})
                    WITH n, %s AS stored
                    SET n.id = $to,
                        n.aliases = [a IN coalesce(n.aliases, []) WHERE a <> $to] + [$from],
                        n._by = $by, n._at = $at
                    RETURN {owners: [(o:Organization)-[:OWNS]->(n) | o.id],
                            declared: [(n)-[d:DECLARED_ESSENTIAL]->(s:Standard) | [s.id, coalesce(d.version, '')]],
                            pools: [(n)-[:IN_POOL]->(p:Pool) | p.id],
                            licenses: [(l:License)-[:COVERS]->(n) | l.id], stored: stored} AS related
                    """.formatted(NodeKinds.PATENT.projection()), Map.of("from", from, "to", to,
                    // the import wrote it (its id and aliases): provenance says so, and an undo knows it is its own
                    "by", outcome.provenance.by(), "at", outcome.provenance.at())).single()
                    .get("related");
            outcome.renamed.add(to);
            outcome.before.add(UndoLog.Before.node(NodeKinds.PATENT.bundleKey(), to,
                    stored(NodeKinds.PATENT, from, related.get("stored"))));
            outcome.changes.add(Change.node(NodeKinds.PATENT.bundleKey(), Action.DELETED, from));
            outcome.changes.add(Change.node(NodeKinds.PATENT.bundleKey(), Action.CREATED, to));
            related.get("owners").asList(Value::asString).forEach(o -> outcome.changes.add(
                    Change.edge(EdgeKinds.OWNERSHIPS.bundleKey(), Action.UPDATED, o, to, "")));
            related.get("declared").asList(v -> v).forEach(d -> outcome.changes.add(Change.edge(
                    EdgeKinds.DECLARATIONS.bundleKey(), Action.UPDATED, to, d.get(0).asString(), d.get(1).asString())));
            related.get("pools").asList(Value::asString).forEach(p -> outcome.changes.add(
                    Change.edge(EdgeKinds.POOL_PATENTS.bundleKey(), Action.UPDATED, to, p, "")));
            related.get("licenses").asList(Value::asString).forEach(l -> outcome.changes.add(
                    Change.node(NodeKinds.LICENSE.bundleKey(), Action.UPDATED, l)));
            outcome.curation.renamed(from, to);
        }
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
