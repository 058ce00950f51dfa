package org.sepgraph.queries.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.engine.Groups;

/**
 * The members of an essential set in a unit, with the family rule of DESIGN.md: a family counts for a pool, a
 * licence, a cluster or the covered total only when every one of its patents in the set is covered.
 * Cost: O(|set|) to build, O(|set|) per count.
 */
public final class Members {
    private final Unit unit;
    private final List<Member> members;
    private final Map<String, Member> byPatent = new HashMap<>();

    private Members(Unit unit, List<Member> members) {
        this.unit = unit;
        this.members = List.copyOf(members);
        for (Member m : this.members) {
            for (String p : m.patents()) {
                byPatent.put(p, m);
            }
        }
    }

    /**
     * Groups {@code patents} into members: by family when {@code unit} is FAMILY ({@code familyOf} answers null
     * for a patent without one), one member per patent otherwise. Members are ordered by id, patents by id.
     */
    public static Members of(Unit unit, Collection<String> patents, Function<String, String> familyOf) {
        Map<String, List<String>> families = new TreeMap<>();
        List<Member> out = new ArrayList<>();
        for (String p : patents) {
            String family = unit == Unit.FAMILY ? familyOf.apply(p) : null;
            if (family == null) {
                out.add(new Member(p, Unit.PATENT, List.of(p)));
            } else {
                families.computeIfAbsent(family, f -> new ArrayList<>()).add(p);
            }
        }
        families.forEach((f, ps) -> out.add(new Member(f, Unit.FAMILY, ps.stream().sorted().toList())));
        out.sort(Comparator.comparing(Member::id).thenComparing(Member::kind));
        return new Members(unit, out);
    }

    public Unit unit() {
        return unit;
    }

    public List<Member> all() {
        return members;
    }

    public int size() {
        return members.size();
    }

    /** The member a patent of the set belongs to (null when the patent is not in the set). */
    public Member of(String patent) {
        return byPatent.get(patent);
    }

    /** True when every patent of {@code m} satisfies {@code covered}: the family rule. */
    public static boolean credited(Member m, Predicate<String> covered) {
        for (String p : m.patents()) {
            if (!covered.test(p)) {
                return false;
            }
        }
        return true;
    }

    /** How many members are credited under {@code covered}. */
    public long count(Predicate<String> covered) {
        long n = 0;
        for (Member m : members) {
            if (credited(m, covered)) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many members are credited when exactly the patents of {@code covered} are covered; patents outside the
     * set are ignored. Cost: O(|covered|), so many small counts (one per licence) stay cheap.
     */
    public long count(java.util.Set<String> covered) {
        java.util.Set<Member> seen = new java.util.HashSet<>();
        long n = 0;
        for (String p : covered) {
            Member m = byPatent.get(p);
            if (m != null && seen.add(m) && credited(m, covered::contains)) {
                n++;
            }
        }
        return n;
    }

    /** {@code part / whole}, 0 when the whole is 0. */
    public static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
