package org.sepgraph.graph.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.model.Conflict;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;

/** Create, replace, list and delete one kind of relationship; both ends must exist. */
public final class Edges<T> {
    private final GraphStore store;
    private final EdgeKind<T> kind;
    private final String upsert;
    private final String create;
    private final String find;
    /** The relationship between two ends with a key, all its properties: what a replace compares with. */
    private final String one;
    private final String list;
    private final String count;
    private final String delete;

    public Edges(GraphStore store, EdgeKind<T> kind) {
        this.store = store;
        this.kind = kind;
        String from = kind.from().name();
        String to = kind.to().name();
        String type = kind.type();
        String keyPattern = kind.key() == null ? "" : " {%s: row.props.%s}".formatted(kind.key(), kind.key());
        String keyMatch = kind.key() == null ? "true" : "r.%s = $key".formatted(kind.key());
        String ends = bothEnds(kind.from(), kind.to());
        this.upsert = ends + """
                MERGE (a)-[r:%s%s]->(b)
                SET r = row.props
                """.formatted(type, keyPattern);
        this.create = ends + """
                CREATE (a)-[r:%s]->(b)
                SET r = row.props, r += $provenance
                """.formatted(type);
        this.find = """
                MATCH (a:%s {id: $from})-[r:%s]->(b:%s {id: $to})
                WHERE %s
                RETURN count(r) > 0 AS found
                """.formatted(from, type, to, keyMatch);
        this.one = """
                MATCH (a:%s {id: $from})-[r:%s]->(b:%s {id: $to})
                WHERE %s
                RETURN r {.*, from: a.id, to: b.id} AS value
                LIMIT 1
                """.formatted(from, type, to, keyMatch);
        String filter = """
                MATCH (a:%s)-[r:%s]->(b:%s)
                WHERE ($from IS NULL OR a.id = $from) AND ($to IS NULL OR b.id = $to)
                """.formatted(from, type, to);
        this.list = filter + """
                WITH a, r, b ORDER BY a.id, b.id%s SKIP $skip LIMIT $limit
                RETURN r {.*, from: a.id, to: b.id} AS value
                """.formatted(kind.key() == null ? "" : ", r." + kind.key());
        this.count = filter + "RETURN count(r) AS total";
        this.delete = """
                MATCH (a:%s {id: $from})-[r:%s]->(b:%s {id: $to})
                WHERE %s
                DELETE r
                RETURN count(r) AS deleted
                """.formatted(from, type, to, keyMatch);
    }

    /**
     * The start of a statement over {@code $rows} of {@code from}/{@code to} ids: both ends of each row, found by id
     * as {@code a} and {@code b}. The hints pin the id seeks: a batch planned on stale statistics (right after a big
     * import) may otherwise scan a label per row.
     */
    public static String bothEnds(Label from, Label to) {
        return """
                UNWIND $rows AS row
                MATCH (a:%1$s {id: row.from})
                USING INDEX a:%1$s(id)
                MATCH (b:%2$s {id: row.to})
                USING INDEX b:%2$s(id)
                """.formatted(from.name(), to.name());
    }

    public EdgeKind<T> kind() {
        return kind;
    }

    /** Creates the relationship; refused when it exists already or an end is missing. */
    public Written<T> create(T value, Origin origin) {
        long version = store.write(tx -> {
            checkEnds(tx, value);
            if (exists(tx, value)) {
                throw new Conflict(kind.toField(), "this " + kind.noun()
                        + " exists already; PUT replaces it");
            }
            EdgeRow row = kind.row(value);
            upsert(tx, List.of(Provenance.of(origin, Provenance.changedFields(null, row.props())).on(row)));
            return ChangeLog.append(tx, origin, List.of(change(value, Action.CREATED)));
        });
        return new Written<>(value, version, true);
    }

    /** {@link #create(Object, Origin)} by the service itself (tests). */
    public T create(T value) {
        return create(value, Origin.system("direct")).value();
    }

    /** Creates or replaces the relationship. */
    public Written<T> put(T value, Origin origin) {
        return store.write(tx -> {
            checkEnds(tx, value);
            EdgeRow row = kind.row(value);
            List<Value> stored = tx.run(one, Map.of("from", kind.fromId(value), "to", kind.toId(value),
                    "key", kind.keyOf(value))).list(r -> r.get("value"));
            boolean existed = !stored.isEmpty();
            // what a person changes now is theirs from now on, with what they set before
            Set<String> curated = existed
                    ? new java.util.TreeSet<>(Provenance.union(Provenance.curated(stored.get(0)), Provenance.changedFields(
                            kind.row(kind.read(stored.get(0))).props(), row.props())))
                    : Provenance.changedFields(null, row.props());
            upsert(tx, List.of(Provenance.of(origin, curated).on(row)));
            long version = ChangeLog.append(tx, origin, List.of(change(value, existed ? Action.UPDATED
                    : Action.CREATED)));
            return new Written<>(value, version, !existed);
        });
    }

    /** What writing {@code value} changes, for the change log. */
    public Change change(T value, Action action) {
        return Change.edge(kind.bundleKey(), action, kind.fromId(value), kind.toId(value), kind.keyOf(value));
    }

    /** Writes a batch of rows in the caller's transaction. */
    public void upsert(TransactionContext tx, List<EdgeRow> rows) {
        tx.run(upsert, Map.of("rows", parameters(rows))).consume();
    }

    /**
     * Writes a batch of rows the caller has seen are absent (an import after comparing with the store): CREATE,
     * without MERGE's look-up of an existing relationship. A row that does exist would be doubled.
     */
    public void create(TransactionContext tx, List<EdgeRow> rows) {
        create(tx, rows, Map.of());
    }

    /**
     * {@link #create(TransactionContext, List)} with {@code provenance} (a write's {@link Provenance#properties()})
     * set on every relationship as one parameter of the statement, not copied into each row.
     */
    public void create(TransactionContext tx, List<EdgeRow> rows, Map<String, Object> provenance) {
        tx.run(create, Map.of("rows", parameters(rows), "provenance", provenance)).consume();
    }

    private static List<Map<String, Object>> parameters(List<EdgeRow> rows) {
        return rows.stream().map(EdgeRow::parameters).toList();
    }

    public long delete(String fromId, String toId, String key, Origin origin) {
        String k = key == null ? "" : key;
        return store.write(tx -> {
            long deleted = tx.run(delete, Map.of("from", fromId, "to", toId, "key", k))
                    .single().get("deleted").asLong();
            if (deleted == 0) {
                throw new NotFound(kind.toField(), "no such " + kind.noun()
                        + " between '" + fromId + "' and '" + toId + "'");
            }
            return ChangeLog.append(tx, origin, List.of(Change.edge(kind.bundleKey(), Action.DELETED, fromId, toId,
                    kind.key() == null ? "" : k)));
        });
    }

    public Page<T> list(String fromId, String toId, Page.Request request) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", fromId);
        params.put("to", toId);
        params.put("skip", request.skip());
        params.put("limit", request.size());
        return store.read(tx -> {
            long total = tx.run(count, params).single().get("total").asLong();
            List<T> items = tx.run(list, params).list(r -> kind.read(r.get("value")));
            return new Page<>(items, total, request.page(), request.size());
        });
    }

    private boolean exists(TransactionContext tx, T value) {
        return tx.run(find, Map.of("from", kind.fromId(value), "to", kind.toId(value),
                "key", kind.keyOf(value))).single().get("found").asBoolean();
    }

    private void checkEnds(TransactionContext tx, T value) {
        Nodes.checkReferences(tx, List.of(
                new Reference(kind.fromField(), kind.from(), kind.fromId(value)),
                new Reference(kind.toField(), kind.to(), kind.toId(value))));
    }
}
