package org.sepgraph.queries.engine;

import java.util.Arrays;
import java.util.BitSet;
import org.sepgraph.graph.model.Assessment;

/**
 * The essential set E of a standard on a day (DESIGN.md "Coverage"): patents in force, in the territories when
 * given, with a declaration other than REJECTED to the standard or to a standard PART_OF it at any depth.
 * Cost: O(parts + declarations to them).
 */
public final class Essentials {
    private static final int REJECTED = Assessment.REJECTED.ordinal();

    private Essentials() {}

    /** The standard and every standard that is part of it at any depth, each once. */
    public static int[] parts(Snapshot s, int standard) {
        BitSet seen = new BitSet();
        Ints parts = new Ints();
        parts.add(standard);
        seen.set(standard);
        EdgeTable partOf = s.partOf();
        for (int i = 0; i < parts.size(); i++) {
            int std = parts.get(i);
            for (int p = partOf.in().begin(std); p < partOf.in().end(std); p++) {
                int child = partOf.from(partOf.in().value(p));
                if (!seen.get(child) && s.standards().alive(child)) {
                    seen.set(child);
                    parts.add(child);
                }
            }
        }
        return parts.toArray();
    }

    /**
     * The patents of E, by index, ascending. {@code territories}: sorted jurisdiction codes, empty for all.
     */
    public static int[] of(Snapshot s, int standard, int day, int[] territories) {
        BitSet members = new BitSet();
        EdgeTable declared = s.declared();
        for (int part : parts(s, standard)) {
            for (int p = declared.in().begin(part); p < declared.in().end(part); p++) {
                int e = declared.in().value(p);
                int x = declared.from(e);
                if (declared.get(Snapshot.DECLARED_ASSESSMENT, e) != REJECTED && !members.get(x)
                        && s.patents().alive(x) && s.inForce(x, day)
                        && (territories.length == 0 || Arrays.binarySearch(territories, s.jurisdiction(x)) >= 0)) {
                    members.set(x);
                }
            }
        }
        return members.stream().toArray();
    }

    /**
     * The patents that belong to E on every day they are in force (E of any day is these, filtered by
     * {@link Snapshot#inForce}), by index, ascending: alive, in the territories, with a declaration other than
     * REJECTED to the standard or a part of it. A time series filters them per date instead of asking E each time.
     */
    public static int[] declared(Snapshot s, int standard, int[] territories) {
        BitSet members = new BitSet();
        EdgeTable declared = s.declared();
        for (int part : parts(s, standard)) {
            for (int p = declared.in().begin(part); p < declared.in().end(part); p++) {
                int e = declared.in().value(p);
                int x = declared.from(e);
                if (declared.get(Snapshot.DECLARED_ASSESSMENT, e) != REJECTED && s.patents().alive(x)
                        && (territories.length == 0 || Arrays.binarySearch(territories, s.jurisdiction(x)) >= 0)) {
                    members.set(x);
                }
            }
        }
        return members.stream().toArray();
    }
}
