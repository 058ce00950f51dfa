package org.sepgraph.queries.engine;

import java.util.Arrays;

/** A growable list of ints, for building the arrays of a snapshot. */
public final class Ints {
    private int[] values;
    private int size;

    public Ints() {
        this(16);
    }

    public Ints(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    /** A list holding a copy of {@code array}'s first {@code size} values. */
    static Ints of(int[] array, int size) {
        Ints ints = new Ints(Math.max(size * 5 / 4, 16));
        System.arraycopy(array, 0, ints.values, 0, size);
        ints.size = size;
        return ints;
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    /** Sets {@code index}, growing the list with {@code fill} when it is beyond the end. */
    public void set(int index, int value, int fill) {
        while (size <= index) {
            add(fill);
        }
        values[index] = value;
    }

    public int get(int index) {
        return values[index];
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
