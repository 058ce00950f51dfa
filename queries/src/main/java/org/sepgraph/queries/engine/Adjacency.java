package org.sepgraph.queries.engine;

/**
 * Lists of ints per node in compressed form (CSR): the values of node {@code n} are {@code values[offsets[n] ..
 * offsets[n + 1])}. A node beyond the end (one added after the lists were built) has none.
 */
public final class Adjacency {
    static final Adjacency EMPTY = new Adjacency(new int[] {0}, new int[0]);

    private final int[] offsets;
    private final int[] values;

    Adjacency(int[] offsets, int[] values) {
        this.offsets = offsets;
        this.values = values;
    }

    /** Groups {@code values[i]} under {@code keys[i]} for i < count (a counting sort: O(nodes + count)). */
    static Adjacency group(int nodes, int[] keys, int[] values, int count) {
        int[] offsets = new int[nodes + 1];
        for (int i = 0; i < count; i++) {
            offsets[keys[i] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            offsets[n + 1] += offsets[n];
        }
        int[] next = offsets.clone();
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[next[keys[i]]++] = values[i];
        }
        return new Adjacency(offsets, out);
    }

    /** Like {@link #group} with the list index itself as the value (edge ids grouped by an end). */
    static Adjacency index(int nodes, int[] keys, int count) {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = i;
        }
        return group(nodes, keys, ids, count);
    }

    public int begin(int node) {
        return node + 1 < offsets.length ? offsets[node] : 0;
    }

    public int end(int node) {
        return node + 1 < offsets.length ? offsets[node + 1] : 0;
    }

    public int value(int position) {
        return values[position];
    }

    public int count(int node) {
        return end(node) - begin(node);
    }

    /** The values of one node, copied. */
    public int[] of(int node) {
        return java.util.Arrays.copyOfRange(values, begin(node), end(node));
    }

    /** How many values in all. */
    public int total() {
        return values.length;
    }
}
