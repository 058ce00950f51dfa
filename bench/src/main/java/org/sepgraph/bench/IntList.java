package org.sepgraph.bench;

import java.util.Arrays;

/** A growable list of ints (the generator and the baseline keep everything in primitive arrays). */
final class IntList {
    private int[] a;
    private int n;

    IntList() {
        this(8);
    }

    IntList(int capacity) {
        a = new int[Math.max(1, capacity)];
    }

    void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[n++] = v;
    }

    int get(int i) {
        return a[i];
    }

    int size() {
        return n;
    }

    boolean contains(int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    int[] toArray() {
        return Arrays.copyOf(a, n);
    }

    /** Groups values by key: {@code keys[i]} gets {@code values[i]}; an array of arrays indexed by key. */
    static int[][] group(int keyCount, int[] keys, int[] values) {
        int[] counts = new int[keyCount];
        for (int k : keys) {
            counts[k]++;
        }
        int[][] out = new int[keyCount][];
        for (int k = 0; k < keyCount; k++) {
            out[k] = new int[counts[k]];
        }
        int[] fill = new int[keyCount];
        for (int i = 0; i < keys.length; i++) {
            out[keys[i]][fill[keys[i]]++] = values[i];
        }
        return out;
    }
}
