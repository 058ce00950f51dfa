package org.sepgraph.queries.engine;

import java.util.BitSet;

/**
 * The relationships of one type in a snapshot: start and end node indexes, int columns (dates as epoch days, enums
 * as ordinals, dictionary indexes), and the edge ids grouped by start ({@link #out}) and by end ({@link #in}).
 * Immutable; {@link #toBuilder()} copies it.
 */
public final class EdgeTable {
    private final int[] from;
    private final int[] to;
    private final int[][] columns;
    private final Adjacency out;
    private final Adjacency in;

    private EdgeTable(int[] from, int[] to, int[][] columns, int fromNodes, int toNodes) {
        this.from = from;
        this.to = to;
        this.columns = columns;
        this.out = Adjacency.index(fromNodes, from, from.length);
        this.in = Adjacency.index(toNodes, to, to.length);
    }

    static EdgeTable empty(int columns) {
        return new EdgeTable(new int[0], new int[0], new int[columns][0], 0, 0);
    }

    public int size() {
        return from.length;
    }

    public int from(int edge) {
        return from[edge];
    }

    public int to(int edge) {
        return to[edge];
    }

    public int get(int column, int edge) {
        return columns[column][edge];
    }

    /** Edge ids by start node. */
    public Adjacency out() {
        return out;
    }

    /** Edge ids by end node. */
    public Adjacency in() {
        return in;
    }

    /** The edge from {@code a} to {@code b} whose {@code keyColumn} is {@code key} (any when keyColumn < 0), or -1. */
    public int find(int a, int b, int keyColumn, int key) {
        for (int p = out.begin(a); p < out.end(a); p++) {
            int e = out.value(p);
            if (to[e] == b && (keyColumn < 0 || columns[keyColumn][e] == key)) {
                return e;
            }
        }
        return -1;
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Adds, changes and removes relationships of a copy. */
    static final class Builder {
        private final EdgeTable base;
        private final Ints from;
        private final Ints to;
        private final Ints[] columns;
        private final BitSet removed = new BitSet();

        private Builder(EdgeTable base) {
            this.base = base;
            int n = base.size();
            from = Ints.of(base.from, n);
            to = Ints.of(base.to, n);
            columns = new Ints[base.columns.length];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Ints.of(base.columns[c], n);
            }
        }

        /** Adds an edge; returns its id in this builder. */
        int add(int a, int b, int... values) {
            from.add(a);
            to.add(b);
            for (int c = 0; c < columns.length; c++) {
                columns[c].add(c < values.length ? values[c] : Days.NONE);
            }
            return from.size() - 1;
        }

        /**
         * Removes the edge from a to b with that key (key column < 0: any key) among those of the base table, and
         * among those added since; returns whether there was one.
         */
        boolean remove(int a, int b, int keyColumn, int key) {
            boolean found = false;
            int e = base.find(a, b, keyColumn, key);
            if (e >= 0 && !removed.get(e)) {
                removed.set(e);
                found = true;
            }
            for (int i = base.size(); i < from.size(); i++) {
                if (!removed.get(i) && from.get(i) == a && to.get(i) == b
                        && (keyColumn < 0 || columns[keyColumn].get(i) == key)) {
                    removed.set(i);
                    found = true;
                }
            }
            return found;
        }

        /** Removes every edge that starts ({@code start}) or ends at node {@code node}. */
        void removeAll(boolean start, int node) {
            Adjacency by = start ? base.out : base.in;
            for (int p = by.begin(node); p < by.end(node); p++) {
                removed.set(by.value(p));
            }
            for (int i = base.size(); i < from.size(); i++) {
                if ((start ? from.get(i) : to.get(i)) == node) {
                    removed.set(i);
                }
            }
        }

        EdgeTable build(int fromNodes, int toNodes) {
            int n = from.size() - removed.cardinality();
            int[] f = new int[n];
            int[] t = new int[n];
            int[][] cols = new int[columns.length][n];
            int k = 0;
            for (int i = 0; i < from.size(); i++) {
                if (removed.get(i)) {
                    continue;
                }
                f[k] = from.get(i);
                t[k] = to.get(i);
                for (int c = 0; c < cols.length; c++) {
                    cols[c][k] = columns[c].get(i);
                }
                k++;
            }
            return new EdgeTable(f, t, cols, fromNodes, toNodes);
        }
    }
}
