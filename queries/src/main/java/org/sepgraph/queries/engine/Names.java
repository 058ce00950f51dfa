package org.sepgraph.queries.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A dictionary of strings to dense ints (0, 1, 2 …) without an object per string: UTF-8 bytes in one array, their
 * offsets, and an open-addressing hash table of indexes. Immutable; {@link #toBuilder()} copies it to add more.
 * Cost: find O(length), get O(length), memory ≈ bytes + 12 bytes per string.
 */
public final class Names {
    static final Names EMPTY = new Builder(0).build();

    private final byte[] bytes;
    private final int[] offsets;
    private final int[] table;
    private final int size;
    /** {@link #folded()}, once a search asked for it. */
    private volatile String folded;

    private Names(byte[] bytes, int[] offsets, int[] table, int size) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.table = table;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The index of {@code s}, or -1. */
    public int find(String s) {
        if (s == null) {
            return -1;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return lookup(b, table, bytes, offsets);
    }

    public String get(int index) {
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Tells {@code found} the index of every string containing {@code needle} (ASCII, lower case), ASCII letters
     * compared without case: the JDK's vectorised {@link String#indexOf} over {@link #folded()}, a string index
     * found by bisection only for a match. What a search by part of a number reads instead of every node.
     */
    public void forEachContaining(byte[] needle, java.util.function.IntConsumer found) {
        String hay = folded();
        String text = new String(needle, StandardCharsets.ISO_8859_1);
        int at = hay.indexOf(text);
        while (at >= 0) {
            int i = stringAt(at);
            if (at + needle.length <= offsets[i + 1]) {
                found.accept(i);
                at = hay.indexOf(text, offsets[i + 1]);
            } else {
                at = hay.indexOf(text, at + 1); // ran across into the next string: not a match
            }
        }
    }

    /** The string whose bytes hold position {@code at}: the last one starting at or before it. */
    private int stringAt(int at) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * All the bytes with A–Z lowered, as a Latin-1 string (one char per byte; a UTF-8 byte of another letter never
     * equals an ASCII one). Made at the first search of this dictionary and kept with it.
     */
    private String folded() {
        String f = folded;
        if (f == null) {
            byte[] lower = Arrays.copyOf(bytes, offsets[size]);
            for (int i = 0; i < lower.length; i++) {
                byte b = lower[i];
                if (b >= 'A' && b <= 'Z') {
                    lower[i] = (byte) (b + ('a' - 'A'));
                }
            }
            f = new String(lower, StandardCharsets.ISO_8859_1);
            folded = f;
        }
        return f;
    }

    private static int lookup(byte[] b, int[] table, byte[] bytes, int[] offsets) {
        int mask = table.length - 1;
        for (int slot = hash(b, 0, b.length) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int i = entry - 1;
            if (Arrays.equals(bytes, offsets[i], offsets[i + 1], b, 0, b.length)) {
                return i;
            }
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /** Adds strings to a copy of a dictionary; indexes of the strings already in it stay as they were. */
    public static final class Builder {
        private byte[] bytes;
        private int[] offsets;
        private int[] table;
        private int size;
        private int used;

        Builder(int capacity) {
            bytes = new byte[Math.max(16, capacity * 8)];
            offsets = new int[Math.max(2, capacity + 1)];
            table = new int[tableSize(capacity)];
        }

        private Builder(Names names) {
            bytes = Arrays.copyOf(names.bytes, Math.max(16, names.offsets[names.size] * 2));
            offsets = Arrays.copyOf(names.offsets, Math.max(2, names.size * 2 + 1));
            table = names.table.clone();
            size = names.size;
            used = names.offsets[names.size];
        }

        public int size() {
            return size;
        }

        public int find(String s) {
            return s == null ? -1 : lookup(s.getBytes(StandardCharsets.UTF_8), table, bytes, offsets);
        }

        /** The index of {@code s}, added when absent. */
        public int add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            int found = lookup(b, table, bytes, offsets);
            if (found >= 0) {
                return found;
            }
            if ((size + 1) * 2 > table.length) {
                rehash(table.length * 2);
            }
            if (used + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
            }
            if (size + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            System.arraycopy(b, 0, bytes, used, b.length);
            used += b.length;
            offsets[size + 1] = used;
            int index = size++;
            insert(table, b, 0, b.length, index);
            return index;
        }

        public Names build() {
            return new Names(Arrays.copyOf(bytes, used), Arrays.copyOf(offsets, size + 1), table.clone(), size);
        }

        private void rehash(int length) {
            int[] next = new int[length];
            for (int i = 0; i < size; i++) {
                insert(next, bytes, offsets[i], offsets[i + 1], i);
            }
            table = next;
        }

        private static void insert(int[] table, byte[] b, int from, int to, int index) {
            int mask = table.length - 1;
            int slot = hash(b, from, to) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = index + 1;
        }

        private static int tableSize(int capacity) {
            int n = 16;
            while (n < capacity * 2) {
                n <<= 1;
            }
            return n;
        }
    }
}
