package org.sepgraph.queries.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sepgraph.queries.Unit;

/**
 * The members of a set of patents in a unit, with the family rule of DESIGN.md: FAMILY groups the patents by
 * family (a patent without one is a member of its own), PATENT makes each patent a member; a member counts for a
 * pool, a licence, a cluster or the covered total only when every one of its patents in the set is covered.
 * Members are ordered by id (then FAMILY before PATENT), their patents by id. Cost: O(n log n) to build.
 * One question's: {@link #count(Ints)} reuses scratch arrays, so a set is not for concurrent use.
 */
public final class MemberSet {
    private final Snapshot snapshot;
    private final Unit unit;
    private final int[][] patents;
    private final boolean[] family;
    private final String[] ids;
    // the set's patents ascending, and the member of each: of() by binary search, without boxing
    private final int[] sortedPatents;
    private final int[] memberAt;
    // scratch of count(Ints): patents found per member, valid where stamps equals the call's number
    private int[] found;
    private int[] stamps;
    private int calls;

    public MemberSet(Snapshot s, Unit unit, int[] set) {
        this.snapshot = s;
        this.unit = unit;
        record Draft(String id, boolean family, int[] patents) {}
        List<Draft> drafts = new ArrayList<>();
        Comparator<Integer> byId = Comparator.comparing(p -> s.patents().id(p));
        for (int[] ps : grouped(s, unit, set)) {
            int f = unit == Unit.FAMILY ? s.family(ps[0]) : -1;
            drafts.add(f < 0 ? new Draft(s.patents().id(ps[0]), false, ps) : new Draft(s.families().id(f), true,
                    Arrays.stream(ps).boxed().sorted(byId).mapToInt(Integer::intValue).toArray()));
        }
        drafts.sort(Comparator.comparing(Draft::id).thenComparing(d -> !d.family()));
        int n = drafts.size();
        patents = new int[n][];
        family = new boolean[n];
        ids = new String[n];
        int total = 0;
        for (int m = 0; m < n; m++) {
            patents[m] = drafts.get(m).patents();
            family[m] = drafts.get(m).family();
            ids[m] = drafts.get(m).id();
            total += patents[m].length;
        }
        long[] pairs = new long[total]; // patent << 32 | member, sorted by patent
        int i = 0;
        for (int m = 0; m < n; m++) {
            for (int x : patents[m]) {
                pairs[i++] = ((long) x << 32) | m;
            }
        }
        Arrays.sort(pairs);
        sortedPatents = new int[total];
        memberAt = new int[total];
        for (int k = 0; k < total; k++) {
            sortedPatents[k] = (int) (pairs[k] >>> 32);
            memberAt[k] = (int) pairs[k];
        }
    }

    /**
     * The patents of {@code set} grouped as the unit counts them, unordered: by family (a patent without one alone),
     * or one by one. For questions that only count members, without the ids and order of a MemberSet.
     */
    public static List<int[]> grouped(Snapshot s, Unit unit, int[] set) {
        Map<Integer, Ints> byFamily = new LinkedHashMap<>();
        List<int[]> out = new ArrayList<>();
        for (int x : set) {
            int f = unit == Unit.FAMILY ? s.family(x) : -1;
            if (f < 0) {
                out.add(new int[] {x});
            } else {
                byFamily.computeIfAbsent(f, k -> new Ints()).add(x);
            }
        }
        byFamily.values().forEach(ps -> out.add(ps.toArray()));
        return out;
    }

    public Unit unit() {
        return unit;
    }

    public int size() {
        return patents.length;
    }

    public String id(int member) {
        return ids[member];
    }

    /** FAMILY for a family, PATENT for a single patent. */
    public Unit kind(int member) {
        return family[member] ? Unit.FAMILY : Unit.PATENT;
    }

    /** The member's patents in the set, ordered by id. */
    public int[] patents(int member) {
        return patents[member];
    }

    public List<String> patentIds(int member) {
        return Arrays.stream(patents[member]).mapToObj(snapshot.patents()::id).toList();
    }

    /** The member a patent of the set belongs to, or -1. */
    public int of(int patent) {
        int k = Arrays.binarySearch(sortedPatents, patent);
        return k < 0 ? -1 : memberAt[k];
    }

    /** True when every patent of the member is in {@code covered}: the family rule. */
    public boolean credited(int member, BitSet covered) {
        for (int x : patents[member]) {
            if (!covered.get(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many members have every patent among {@code patents} (each listed once; patents outside the set are
     * ignored). The sparse form of {@link #count(BitSet)}, for the many small sets of one answer (a licence class
     * covers a few of E's patents; a BitSet over every patent of the graph would cost 125 KB each at a million).
     */
    public long count(Ints patents) {
        // patents found per member, in scratch arrays kept for the set's next count: each call has its own stamp,
        // so nothing is cleared between calls (one question asks this for thousands of licence classes)
        if (found == null) {
            found = new int[size()];
            stamps = new int[size()];
        }
        int stamp = ++calls;
        long n = 0;
        for (int i = 0; i < patents.size(); i++) {
            int m = of(patents.get(i));
            if (m < 0) {
                continue;
            }
            if (stamps[m] != stamp) {
                stamps[m] = stamp;
                found[m] = 0;
            }
            if (++found[m] == this.patents[m].length) {
                n++;
            }
        }
        return n;
    }

    /** How many members have every patent in {@code covered}; patents outside the set are ignored. */
    public long count(BitSet covered) {
        BitSet seen = new BitSet();
        long n = 0;
        for (int x = covered.nextSetBit(0); x >= 0; x = covered.nextSetBit(x + 1)) {
            int m = of(x);
            if (m >= 0 && !seen.get(m)) {
                seen.set(m);
                if (credited(m, covered)) {
                    n++;
                }
            }
        }
        return n;
    }
}
