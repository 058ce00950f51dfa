package org.sepgraph.imports.staging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;

/**
 * The validated, deduplicated facts of one file, staged per kind, each kind with the rule that merges a staged value
 * into a stored one; and the references to nodes the file itself does not hold, which a writer must find in the
 * store. A parser fills it; a writer (the store's, or the offline bulk files') writes it.
 */
public final class StagedGraph {
    private final Map<NodeKind<?>, NodeStage<?>> nodes = new LinkedHashMap<>();
    private final Map<EdgeKind<?>, EdgeStage<?>> edges = new LinkedHashMap<>();
    private final List<Outside> outside = new ArrayList<>();
    private final List<PoolList> poolLists = new ArrayList<>();

    /**
     * A file that states a pool's whole contents on {@code date} (a pool list): what the pool holds then and the
     * file does not name left it the day before.
     */
    public record PoolList(String pool, java.time.LocalDate date) {}

    /** A node the file names but does not hold (a bundle's reference): where, so a refusal can name the line. */
    public record Outside(Label label, String id, String path, long line) {}

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

    /** The non-empty node stages, in the write order of {@link NodeKinds#ALL}. */
    public List<NodeStage<?>> nodeStages() {
        return NodeKinds.ALL.stream().map(nodes::get).filter(s -> s != null && !s.values.isEmpty())
                .<NodeStage<?>>map(s -> s).toList();
    }

    /** The non-empty relationship stages, in the write order of {@link EdgeKinds#ALL}. */
    public List<EdgeStage<?>> edgeStages() {
        return EdgeKinds.ALL.stream().map(edges::get).filter(s -> s != null && !s.values.isEmpty())
                .<EdgeStage<?>>map(s -> s).toList();
    }

    /** Notes a reference to a node the file does not hold. */
    public void outside(Label label, String id, String path, long line) {
        outside.add(new Outside(label, id, path, line));
    }

    /** Declares that the file states the whole contents of {@code pool} on {@code date}. */
    public void poolList(String pool, java.time.LocalDate date) {
        poolLists.add(new PoolList(pool, date));
    }

    public List<PoolList> poolLists() {
        return List.copyOf(poolLists);
    }

    /** The references to nodes outside the file, in file order. */
    public List<Outside> outside() {
        return List.copyOf(outside);
    }

    /** Staged nodes and relationships in all. */
    public long size() {
        return nodes.values().stream().mapToLong(s -> s.values.size()).sum()
                + edges.values().stream().mapToLong(s -> s.values.size()).sum();
    }

    /** The staged nodes of one kind, by id. */
    public static final class NodeStage<T> {
        private final NodeKind<T> kind;
        private final BinaryOperator<T> merge;
        private final Map<String, T> values = new LinkedHashMap<>();

        NodeStage(NodeKind<T> kind, BinaryOperator<T> merge) {
            this.kind = kind;
            this.merge = merge;
        }

        public NodeKind<T> kind() {
            return kind;
        }

        /** How a staged value merges into the stored one: {@code merge(stored, staged)}. */
        public T merge(T stored, T staged) {
            return merge.apply(stored, staged);
        }

        /** Stages a value, replacing one staged under the same id. */
        public void put(T value) {
            values.put(kind.id(value), value);
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
    }

    /** The staged relationships of one kind, by their two ends and key. */
    public static final class EdgeStage<T> {
        private final EdgeKind<T> kind;
        private final BinaryOperator<T> merge;
        private final Map<String, T> values = new LinkedHashMap<>();

        EdgeStage(EdgeKind<T> kind, BinaryOperator<T> merge) {
            this.kind = kind;
            this.merge = merge;
        }

        public EdgeKind<T> kind() {
            return kind;
        }

        /** How a staged value merges into the stored one: {@code merge(stored, staged)}. */
        public T merge(T stored, T staged) {
            return merge.apply(stored, staged);
        }

        /** The identity of a relationship: its two ends and its key (declarations: the version, "" when none). */
        public String keyOf(T value) {
            return key(kind.fromId(value), kind.toId(value), kind.keyOf(value));
        }

        /** The identity of the relationship between two ends with a key. */
        public static String key(String from, String to, String key) {
            return from + '\u0000' + to + '\u0000' + key;
        }

        /** Stages a value, replacing one staged with the same ends and key. */
        public void put(T value) {
            values.put(keyOf(value), value);
        }

        /** Stages a value whose {@link #keyOf} the caller has computed already. */
        public void put(String key, T value) {
            values.put(key, value);
        }

        /** The value staged with the same ends and key as {@code probe}, or null. */
        public T get(T probe) {
            return values.get(keyOf(probe));
        }

        public Collection<T> values() {
            return values.values();
        }
    }
}
