package org.sepgraph.graph.changes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;

/**
 * The change log: every write appends, in its own transaction and as its last statement, one entry with the next
 * version of the store (one counter, the {@code Sequence} node named {@code changes}). Taking the counter's lock
 * last keeps it for the commit only, and orders commits as versions: when the counter reads N, every entry up to N
 * is committed. Instances follow the log to keep their in-memory answers current; it is also the audit trail.
 */
public final class ChangeLog {
    /** Items stored on one node; a write that changed more keeps the rest in {@code ChangePart} nodes. */
    static final int ITEMS_PER_NODE = 10_000;

    /** Appends an entry: takes the next version (locking the counter until commit) and records the changes. */
    static final String APPEND = """
            // the next version of the store, and what the write that takes it changed
            MATCH (s:Sequence {name: 'changes'})
            SET s.value = s.value + 1
            CREATE (c:Change:Meta {seq: s.value, at: datetime(), key: $key, source: $source, items: $items,
                              parts: $parts, reset: $reset, size: $size, partial: $partial})
            RETURN s.value AS version
            """;

    /** The rest of a large entry's items, in parts of {@link #ITEMS_PER_NODE}. */
    static final String APPEND_PARTS = """
            // the items of version $version beyond those on its Change node
            UNWIND $parts AS part
            CREATE (:ChangePart:Meta {seq: $version, part: part.number, items: part.items})
            """;

    /**
     * The entries after $after without their items: what a follower decides on before reading them (an entry of an
     * import still being written is left for later; many items are cheaper to load whole than to read).
     */
    static final String HEADERS = """
            // the change entries after version $after, oldest first, without their items
            MATCH (c:Change)
            WHERE c.seq > $after
            WITH c
            ORDER BY c.seq
            LIMIT $limit
            RETURN c.seq AS version, c.at AS at, c.source AS source, coalesce(c.reset, false) AS reset,
                   coalesce(c.partial, false) AS partial, coalesce(c.size, -1) AS size
            """;

    /**
     * What an entry is without its items: {@code size} how many it lists (-1: written before sizes were kept),
     * {@code partial} a transaction of an import written in several that is not its last.
     */
    public record Header(long version, OffsetDateTime at, String source, boolean reset, boolean partial, long size) {}

    /** The last committed version (0 before the first write). */
    static final String HEAD = """
            MATCH (s:Sequence {name: 'changes'})
            RETURN s.value AS version
            """;

    /** The entries after $after, in order, at most $limit, with the items of their parts. */
    static final String SINCE = """
            // the change entries after version $after, oldest first, with the items of their parts
            MATCH (c:Change)
            WHERE c.seq > $after
            WITH c
            ORDER BY c.seq
            LIMIT $limit
            CALL (c) {
              OPTIONAL MATCH (p:ChangePart {seq: c.seq})
              WITH p
              ORDER BY p.part
              RETURN collect(p.items) AS parts
            }
            RETURN c.seq AS version, c.at AS at, c.key AS key, c.source AS source, c.reset AS reset,
                   c.items AS items, parts
            """;

    private final GraphStore store;

    public ChangeLog(GraphStore store) {
        this.store = store;
    }

    /** Appends the entry of the write running in {@code tx} and returns its version; call it last. */
    public static long append(TransactionContext tx, Origin origin, List<Change> changes) {
        return append(tx, origin, changes, false, false);
    }

    /** Appends an entry that lists nothing and tells followers to reload (a store emptied or rebuilt). */
    public static long appendReset(TransactionContext tx, Origin origin) {
        return append(tx, origin, List.of(), true, false);
    }

    /**
     * Appends the entry of one transaction of an import written in several, not its last: followers apply it with
     * the import's last one (or its undo), so their answers do not show the import half written.
     */
    public static long appendPartial(TransactionContext tx, Origin origin, List<Change> changes) {
        return append(tx, origin, changes, false, true);
    }

    private static long append(TransactionContext tx, Origin origin, List<Change> changes, boolean reset,
                               boolean partial) {
        List<String> items = new ArrayList<>(changes.size());
        changes.forEach(c -> items.add(c.encode()));
        List<String> first = items.subList(0, Math.min(items.size(), ITEMS_PER_NODE));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int from = ITEMS_PER_NODE, n = 1; from < items.size(); from += ITEMS_PER_NODE, n++) {
            parts.add(Map.of("number", n, "items", items.subList(from, Math.min(items.size(), from + ITEMS_PER_NODE))));
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("key", origin.key());
        params.put("source", origin.source());
        params.put("items", first);
        params.put("parts", parts.size());
        params.put("reset", reset);
        params.put("size", items.size());
        params.put("partial", partial);
        long version = tx.run(APPEND, params).single().get("version").asLong();
        if (!parts.isEmpty()) {
            tx.run(APPEND_PARTS, Map.of("version", version, "parts", parts)).consume();
        }
        return version;
    }

    /** The last committed version. */
    public long head() {
        return store.read(ChangeLog::head);
    }

    /** The last committed version, read in the caller's transaction. */
    public static long head(TransactionContext tx) {
        return tx.run(HEAD).single().get("version").asLong();
    }

    /** The entries after {@code after} without their items, oldest first, at most {@code limit}. */
    public List<Header> headers(long after, int limit) {
        return store.read(tx -> tx.run(HEADERS, Map.of("after", after, "limit", limit)).list(r -> new Header(
                r.get("version").asLong(), r.get("at").asOffsetDateTime(), r.get("source").asString(),
                r.get("reset").asBoolean(), r.get("partial").asBoolean(), r.get("size").asLong())));
    }

    /** The entries after {@code after}, oldest first, at most {@code limit}. */
    public List<ChangeEntry> since(long after, int limit) {
        return store.read(tx -> tx.run(SINCE, Map.of("after", after, "limit", limit)).list(ChangeLog::entry));
    }

    /**
     * The audit trail: entries after version {@code after} (or made at or after {@code from}, when given), oldest
     * first, each with only the changes of collection {@code kind} and id {@code id} (either null: any); entries
     * left with no change are left out. Read in batches; paged with an exact total. Cost: O(entries after).
     */
    public Page<ChangeEntry> audit(long after, OffsetDateTime from, String kind, String id, Page.Request page) {
        List<ChangeEntry> matching = new ArrayList<>();
        long cursor = after;
        while (true) {
            List<ChangeEntry> batch = since(cursor, 1_000);
            if (batch.isEmpty()) {
                break;
            }
            for (ChangeEntry e : batch) {
                if (from != null && e.at() != null && e.at().isBefore(from)) {
                    continue;
                }
                List<Change> kept = e.changes().stream().filter(c -> (kind == null || kind.equals(c.collection()))
                        && (id == null || id.equals(c.id()) || id.equals(c.from()) || id.equals(c.to()))).toList();
                if (!kept.isEmpty() || (kind == null && id == null)) {
                    matching.add(new ChangeEntry(e.version(), e.at(), e.origin(), kept, e.reset()));
                }
            }
            cursor = batch.get(batch.size() - 1).version();
        }
        long skip = Math.min(page.skip(), matching.size());
        return new Page<>(matching.subList((int) skip, (int) Math.min(matching.size(), skip + page.size())),
                matching.size(), page.page(), page.size());
    }

    private static ChangeEntry entry(Record r) {
        List<Change> changes = new ArrayList<>();
        for (Value item : r.get("items").values()) {
            changes.add(Change.decode(item.asString()));
        }
        for (Value part : r.get("parts").values()) {
            for (Value item : part.values()) {
                changes.add(Change.decode(item.asString()));
            }
        }
        OffsetDateTime at = r.get("at").asOffsetDateTime();
        return new ChangeEntry(r.get("version").asLong(), at,
                new Origin(r.get("key").asString(null), r.get("source").asString()), changes,
                r.get("reset").asBoolean(false));
    }
}
