package org.sepgraph.queries.engine;

import java.util.BitSet;

/**
 * The nodes of one label in a snapshot: dense indexes (the ids in a {@link Names} dictionary), the indexes whose
 * node is gone (deleted nodes keep their index, so the edges of other tables stay valid), and int columns.
 * Immutable; {@link #toBuilder()} copies it.
 */
public final class NodeTable {
    private final Names ids;
    private final BitSet gone;
    private final int[][] columns;

    private NodeTable(Names ids, BitSet gone, int[][] columns) {
        this.ids = ids;
        this.gone = gone;
        this.columns = columns;
    }

    static NodeTable empty(int columns) {
        return new Builder(Names.EMPTY.toBuilder(), new BitSet(), new Ints[columns]).build();
    }

    /** Indexes 0 .. size - 1, gone ones included. */
    public int size() {
        return ids.size();
    }

    /** The index of the node with this id, or -1 (also when it is gone). */
    public int find(String id) {
        int i = ids.find(id);
        return i < 0 || gone.get(i) ? -1 : i;
    }

    public String id(int index) {
        return ids.get(index);
    }

    /** Tells {@code found} each live node whose id contains {@code needle} (see {@link Names#forEachContaining}). */
    public void forEachIdContaining(byte[] needle, java.util.function.IntConsumer found) {
        ids.forEachContaining(needle, i -> {
            if (!gone.get(i)) {
                found.accept(i);
            }
        });
    }

    /**
     * {@code indexes} in the order of their ids, each id read once (reading one makes a string: a comparator that
     * reads both ids makes two per comparison, n log n of them). Cost: O(n log n) comparisons, n strings.
     */
    public int[] byId(int[] indexes) {
        if (indexes.length < 2) {
            return indexes;
        }
        String[] names = new String[indexes.length];
        Integer[] order = new Integer[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            names[i] = id(indexes[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> names[i]));
        int[] out = new int[indexes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = indexes[order[i]];
        }
        return out;
    }

    public boolean alive(int index) {
        return index >= 0 && index < ids.size() && !gone.get(index);
    }

    public int get(int column, int index) {
        return columns[column][index];
    }

    /** How many nodes are alive. */
    public int count() {
        return ids.size() - gone.cardinality();
    }

    Builder toBuilder() {
        Ints[] cols = new Ints[columns.length];
        for (int c = 0; c < columns.length; c++) {
            cols[c] = Ints.of(columns[c], ids.size());
        }
        return new Builder(ids.toBuilder(), (BitSet) gone.clone(), cols);
    }

    /** Adds, changes and removes nodes of a copy. */
    static final class Builder {
        private final Names.Builder ids;
        private final BitSet gone;
        private final Ints[] columns;

        private Builder(Names.Builder ids, BitSet gone, Ints[] columns) {
            this.ids = ids;
            this.gone = gone;
            this.columns = columns;
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] == null) {
                    columns[c] = new Ints();
                }
            }
        }

        /** The index of the node with this id, created (alive, columns NONE) when absent or gone. */
        int put(String id) {
            int i = ids.add(id);
            gone.clear(i);
            for (Ints c : columns) {
                if (c.size() <= i) {
                    c.set(i, Days.NONE, Days.NONE);
                }
            }
            return i;
        }

        void set(int column, int index, int value) {
            columns[column].set(index, value, Days.NONE);
        }

        /** The index of a node that exists (alive), or -1. */
        int find(String id) {
            int i = ids.find(id);
            return i < 0 || gone.get(i) ? -1 : i;
        }

        /** Marks the node gone; its index stays taken. Returns its index, or -1 when there was none. */
        int remove(String id) {
            int i = find(id);
            if (i >= 0) {
                gone.set(i);
            }
            return i;
        }

        int size() {
            return ids.size();
        }

        NodeTable build() {
            int[][] cols = new int[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                cols[c] = columns[c].toArray(); // put() keeps every column as long as the ids
            }
            return new NodeTable(ids.build(), (BitSet) gone.clone(), cols);
        }
    }
}
