package org.sepgraph.queries.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a time series may change, patent by patent: the runs of consecutive series dates on which nothing that one
 * patent's rights depend on changes, so that a question answered for that patent on the first date of a run holds
 * for every date of it. What the rights of patent X on day D depend on (DESIGN.md "the rights chain", as
 * {@code reach.PatentRights} reads it): X in force (filing and expiry), X's IN_POOL ranges, and whether each
 * licence of a class whose scope may include X (names X, X's family, a pool X is ever in, an organisation of an
 * owner's group) is in force. Everything else (owners, groups, grantees, scopes, territories, declarations) is
 * the same on every date of one snapshot. A run ends where any of those ranges starts or ends between two series
 * dates, which over-approximates the changes and never misses one.
 *
 * <p>Cost: a licence class's change points are found once per series (O(its licences × log dates)); a patent's runs
 * in O(its pool ranges + the change points of its classes).
 */
public final class Epochs {
    private final Snapshot s;
    private final int[] days;
    private final Map<Integer, int[]> classChanges = new HashMap<>();

    /** {@code days}: the series, ascending epoch days. */
    public Epochs(Snapshot s, int[] days) {
        this.s = s;
        this.days = days.clone();
    }

    public int size() {
        return days.length;
    }

    public int day(int index) {
        return days[index];
    }

    /**
     * For each series date index i, the index of the first date of the run containing i, for patent {@code x}:
     * {@code runs[i] == i} where a run starts, and the answer for x on date i equals its answer on
     * {@code runs[i]}.
     */
    public int[] runs(int x) {
        BitSet changes = new BitSet(days.length);
        mark(changes, s.patents().get(Snapshot.PATENT_FILED, x), s.patents().get(Snapshot.PATENT_EXPIRES, x));
        EdgeTable inPool = s.inPool();
        LicenseIndex index = s.licenseIndex();
        for (int p = inPool.out().begin(x); p < inPool.out().end(x); p++) {
            int e = inPool.out().value(p);
            mark(changes, inPool.get(Snapshot.HELD_SINCE, e), inPool.get(Snapshot.HELD_UNTIL, e));
            classes(changes, index.byPool(), inPool.to(e));
        }
        classes(changes, index.byPatent(), x);
        int family = s.family(x);
        if (family >= 0) {
            classes(changes, index.byFamily(), family);
        }
        EdgeTable owns = s.owns();
        Adjacency members = s.groups().members();
        for (int p = owns.in().begin(x); p < owns.in().end(x); p++) {
            int group = s.groups().of(owns.from(owns.in().value(p)));
            for (int q = members.begin(group); q < members.end(group); q++) {
                classes(changes, index.byOrganization(), members.value(q));
            }
        }
        int[] runs = new int[days.length];
        int start = 0;
        for (int i = 0; i < days.length; i++) {
            if (changes.get(i)) {
                start = i;
            }
            runs[i] = start;
        }
        return runs;
    }

    private void classes(BitSet changes, Adjacency byTarget, int target) {
        for (int p = byTarget.begin(target); p < byTarget.end(target); p++) {
            for (int i : classChanges.computeIfAbsent(byTarget.value(p), this::changesOf)) {
                changes.set(i);
            }
        }
    }

    /** The series indexes at which some licence of class {@code c} starts or stops being in force. */
    private int[] changesOf(int c) {
        BitSet changes = new BitSet(days.length);
        Adjacency members = s.licenseIndex().members();
        for (int p = members.begin(c); p < members.end(c); p++) {
            int l = members.value(p);
            mark(changes, s.licenses().get(Snapshot.LICENSE_GRANTED, l), s.licenses().get(Snapshot.LICENSE_EXPIRES, l));
        }
        return changes.stream().toArray();
    }

    /** Marks where an inclusive range [start, end] (NONE = open) begins or ends between two series dates. */
    private void mark(BitSet changes, int start, int end) {
        if (start != Days.NONE) {
            set(changes, firstAtOrAfter(start));
        }
        if (end != Days.NONE && end != Integer.MAX_VALUE) {
            set(changes, firstAtOrAfter(end + 1));
        }
    }

    private void set(BitSet changes, int i) {
        if (i > 0 && i < days.length) {
            changes.set(i);
        }
    }

    /** The first index whose day is {@code day} or later (days.length when none). */
    private int firstAtOrAfter(int day) {
        int i = Arrays.binarySearch(days, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && days[i - 1] == day) {
            i--;
        }
        return i;
    }
}
