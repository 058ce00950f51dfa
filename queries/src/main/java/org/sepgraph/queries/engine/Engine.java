package org.sepgraph.queries.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.ChangeEntry;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.store.GraphStore;

/**
 * Answers from memory, kept current with Neo4j (the only store). It holds one {@link Snapshot}; every question
 * takes the current one and reads it from start to end, so an answer is computed on one committed version and
 * never waits for a writer. {@link #catchUp()} follows the change log: it re-reads from the store exactly what the
 * new entries name and swaps in the next snapshot (a reset entry, a gap in the log, or a batch too large to list
 * makes it load everything again). After re-reading, it checks that the store's version is still the one it
 * caught up to — else a write committed while it read, and it reads that write's keys too — so a snapshot never
 * holds half of a write. An import written in several transactions is applied when its last one (or its undo)
 * is in the log, so answers do not show it half written, unless a version within it is asked for (a write of this
 * instance, {@code minVersion}) or it has written nothing for {@link #STALLED}.
 */
public final class Engine {
    /** Entries read from the log at once. */
    static final int ENTRIES_PER_READ = 1_000;
    /** Beyond this many changed keys, loading everything again is cheaper than reading each. */
    static final int RELOAD_ABOVE = 200_000;
    /** An import in progress that has written nothing for this long is applied as it stands (its writer may be gone). */
    static final Duration STALLED = Duration.ofSeconds(60);

    private final GraphStore store;
    private final ChangeLog log;
    private final Object applying = new Object();
    private volatile Snapshot current = Snapshot.empty();
    private final AtomicLong changesApplied = new AtomicLong();
    private volatile double lastLoadSeconds;
    private volatile long loads;

    public Engine(GraphStore store) {
        this.store = store;
        this.log = new ChangeLog(store);
    }

    /** The snapshot questions read now. */
    public Snapshot current() {
        return current;
    }

    /**
     * A snapshot of at least {@code version}: the current one when it is recent enough, else the one the engine
     * catches up to within {@code wait}. Throws {@link Behind} when the version is not applied in time.
     */
    public Snapshot atLeast(long version, Duration wait) {
        Snapshot s = current;
        if (s.version >= version) {
            return s;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            catchUp(version);
            s = current;
            if (s.version >= version) {
                return s;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new Behind(version, s.version);
            }
            try {
                Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Behind(version, s.version);
            }
        }
    }

    /** A version not applied within the time allowed (the service answers 503: retry later). */
    public static final class Behind extends RuntimeException {
        private final long wanted;
        private final long applied;

        Behind(long wanted, long applied) {
            super("version " + wanted + " is not applied yet (this instance is at " + applied + ")");
            this.wanted = wanted;
            this.applied = applied;
        }

        public long wanted() {
            return wanted;
        }

        public long applied() {
            return applied;
        }
    }

    /** Loads the whole graph from the store (at start, or when the log cannot be followed). */
    public void load() {
        synchronized (applying) {
            reload();
        }
    }

    /**
     * After a write of this instance committed {@code version}: applies the log until the snapshot holds it. Writers
     * queue here one at a time, and one catch-up applies every entry settled so far, so a writer whose version an
     * earlier catch-up already applied returns without a round trip to the store (it used to read the head and take
     * the version counter's lock again, behind every write in flight: a convoy under many concurrent writes).
     */
    public void catchUpTo(long version) {
        synchronized (applying) {
            while (current.version < version) {
                long before = current.version;
                catchUp(version); // up to the settled head (at most ENTRIES_PER_READ entries at once): it holds version
                if (current.version == before) {
                    return; // nothing left to apply: the store was emptied or replaced since the write
                }
            }
        }
    }

    /**
     * Applies the change log's new entries, if any, but an import still being written (the follower's poll). Cost:
     * one round trip when nothing changed.
     */
    public void catchUp() {
        catchUp(0);
    }

    /**
     * Applies the new entries, an import still being written only up to {@code needed} (a version a caller waits
     * for). The entries' headers are read first: what to leave for later and whether to load everything again are
     * decided without reading their items.
     */
    private void catchUp(long needed) {
        synchronized (applying) {
            Snapshot s = current;
            long head = log.head();
            if (head == s.version) {
                return;
            }
            if (head < s.version) {
                reload(); // the store was replaced by an older one (a restore): start again
                return;
            }
            Settled settled = settled();
            head = settled.version();
            List<ChangeLog.Header> headers = wholeImports(log.headers(s.version, ENTRIES_PER_READ), head, needed,
                    settled.now());
            if (headers.isEmpty()) {
                return; // only an import still being written: applied with its last transaction
            }
            if (!continues(headers, s.version)) {
                reload();
                return;
            }
            List<ChangeEntry> entries = upTo(log.since(s.version, headers.size()),
                    headers.get(headers.size() - 1).version());
            if (!followable(entries, s.version)) {
                reload();
                return;
            }
            Snapshot next = apply(s, entries);
            if (next == null) {
                reload();
            } else {
                current = next;
            }
        }
    }

    /**
     * The store's version once every write up to it is wholly visible: the version counter read under its lock,
     * which a write holds until its changes are applied to the store. A plain read of the counter can run ahead of
     * them — Neo4j applies a committed transaction record by record, and a concurrent reader may see the new version
     * (or its change entry) before all the data it names — and a snapshot read then and stamped with that version
     * would miss part of the write for good (seen: a follower's load racing a bundle import held an empty graph at
     * the import's version). Setting the counter's constant name to itself takes the lock and changes nothing (not
     * its value: Cypher reads a SET's right side before the lock, so {@code SET s.value = s.value} could write back
     * a value another write has just raised). Cost: one write round trip per batch of changes applied, none while
     * nothing changes.
     */
    private long settledHead() {
        return settled().version();
    }

    /** {@link #settledHead()} and the store's time then, which the entries' times are compared with. */
    private Settled settled() {
        return store.write(tx -> {
            org.neo4j.driver.Record r = tx.run(SETTLED_HEAD).single();
            return new Settled(r.get("version").asLong(), r.get("now").asOffsetDateTime());
        });
    }

    private record Settled(long version, java.time.OffsetDateTime now) {}

    static final String SETTLED_HEAD = """
            // the version counter under its lock: every write up to the version returned is applied; and the
            // store's clock, which stamped the change entries (this instance's clock may differ)
            MATCH (s:Sequence {name: 'changes'})
            SET s.name = s.name
            WITH s
            RETURN s.value AS version, datetime() AS now
            """;

    /**
     * The entries up to {@code head}, and of those the ones before an import still being written: a partial entry
     * whose import has no later entry that is not partial, and which wrote within {@link #STALLED} before the
     * store's time {@code now}. Entries up to {@code needed} are kept whatever they are.
     */
    static List<ChangeLog.Header> wholeImports(List<ChangeLog.Header> all, long head, long needed,
                                               java.time.OffsetDateTime now) {
        List<ChangeLog.Header> headers = all.stream().filter(h -> h.version() <= head).toList();
        java.time.OffsetDateTime stalled = now.minus(STALLED);
        for (int i = 0; i < headers.size(); i++) {
            ChangeLog.Header h = headers.get(i);
            if (!h.partial() || h.version() <= needed) {
                continue;
            }
            boolean whole = false;
            java.time.OffsetDateTime latest = h.at();
            for (ChangeLog.Header later : headers.subList(i + 1, headers.size())) {
                if (later.source().equals(h.source())) {
                    whole |= !later.partial();
                    latest = later.at().isAfter(latest) ? later.at() : latest;
                }
            }
            if (!whole && latest.isAfter(stalled)) {
                return headers.subList(0, i);
            }
        }
        return headers;
    }

    /**
     * True when {@code headers} continue {@code version} without a gap, hold no reset and name few enough keys to
     * read them (an entry without a recorded size counts as few: its items decide, {@link #followable}).
     */
    private static boolean continues(List<ChangeLog.Header> headers, long version) {
        if (headers.get(0).version() != version + 1) {
            return false;
        }
        long keys = 0;
        for (ChangeLog.Header h : headers) {
            if (h.reset()) {
                return false;
            }
            keys += Math.max(0, h.size());
        }
        return keys <= RELOAD_ABOVE;
    }

    /** The entries up to {@code head}: later ones may not be wholly visible yet, and are read on the next round. */
    private static List<ChangeEntry> upTo(List<ChangeEntry> entries, long head) {
        return entries.stream().filter(e -> e.version() <= head).toList();
    }

    /** The version the store has committed (what this instance may lag behind). */
    public long storeVersion() {
        return log.head();
    }

    public long changesApplied() {
        return changesApplied.get();
    }

    public double lastLoadSeconds() {
        return lastLoadSeconds;
    }

    public long loads() {
        return loads;
    }

    /** True when {@code entries} continue {@code version} without a gap, list their keys, and are few enough. */
    private static boolean followable(List<ChangeEntry> entries, long version) {
        if (entries.isEmpty() || entries.get(0).version() != version + 1) {
            return false; // the log no longer holds what this instance missed
        }
        long keys = 0;
        for (ChangeEntry e : entries) {
            if (e.reset()) {
                return false;
            }
            keys += e.changes().size();
        }
        return keys <= RELOAD_ABOVE;
    }

    /**
     * The snapshot after {@code entries}: their keys read again, in one read transaction that then checks the store
     * is still at the last entry's version (read committed: a write that committed meanwhile may have been seen in
     * part, so its keys are read too, and again until the version holds). Null when the log turned unfollowable.
     */
    private Snapshot apply(Snapshot base, List<ChangeEntry> entries) {
        List<Change> changes = new ArrayList<>();
        entries.forEach(e -> changes.addAll(e.changes()));
        long target = entries.get(entries.size() - 1).version();
        while (true) {
            long wanted = target;
            Read read = store.read(tx -> {
                SnapshotBuilder b = new SnapshotBuilder(base);
                GraphReader.readChanged(tx, b, changes);
                long seen = ChangeLog.head(tx);
                return new Read(seen == wanted ? b.build(wanted) : null, seen);
            });
            if (read.snapshot() != null) {
                changesApplied.addAndGet(entries.size());
                return read.snapshot();
            }
            List<ChangeEntry> more = upTo(log.since(target, ENTRIES_PER_READ), settledHead());
            if (!followable(more, target) || changes.size() > RELOAD_ABOVE) {
                return null;
            }
            more.forEach(e -> changes.addAll(e.changes()));
            entries = more;
            target = more.get(more.size() - 1).version();
        }
    }

    private record Read(Snapshot snapshot, long seen) {}

    /** Loads everything; writes that commit meanwhile are then read again by their keys (see {@link #apply}). */
    private void reload() {
        long start = System.nanoTime();
        while (true) {
            long before = settledHead();
            Snapshot loaded = store.read(tx -> {
                SnapshotBuilder b = new SnapshotBuilder(null);
                GraphReader.readAll(tx, b);
                return b.build(before);
            });
            long after = settledHead();
            Snapshot next = loaded;
            if (after != before) {
                List<ChangeEntry> entries = upTo(log.since(before, ENTRIES_PER_READ), after);
                next = followable(entries, before) ? apply(loaded, entries) : null;
            }
            if (next != null) {
                current = next;
                loads++;
                lastLoadSeconds = (System.nanoTime() - start) / 1e9;
                return;
            }
        }
    }
}
