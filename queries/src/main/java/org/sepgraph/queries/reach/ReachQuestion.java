package org.sepgraph.queries.reach;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.queries.Pages;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.engine.Adjacency;
import org.sepgraph.queries.engine.Codes;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.Snapshot;

/**
 * Reach, Path and Practitioners (DESIGN.md "Reach") on a snapshot. Reach: the patents the organisation's group owns
 * and those in the scope of the licences it holds (in force, in the territories) are the candidates; each is solved
 * on its own ({@link PatentRights}) for the one shortest chain. Cost: O(Σ scope of the licences held + candidates ×
 * licences including each).
 */
public final class ReachQuestion {
    private ReachQuestion() {}

    /** Reach(organization, asOf, maxDepth, territories, unit). Unknown organisation: NotFound("id"). */
    public static Reach reach(Snapshot s, ReachRequest q) {
        int org = s.requireOrganization("id", q.organization());
        int day = Days.of(q.asOf());
        Reached r = reached(s, org, day, q.maxDepth(), codes(q.territories()), null);
        Unit unit = q.unit();
        // the counts need each reached patent's route, family and owners, not its chain: only the page's items are
        // explained (a big holder reaches thousands of patents and shows 50)
        Map<Integer, Route> best = new HashMap<>(); // by member (see member)
        Map<Integer, Set<Integer>> perOwner = new HashMap<>();
        for (int i = 0; i < r.rights().size(); i++) {
            PatentRights.Right right = r.rights().get(i);
            int member = member(s, right.patent(), unit);
            best.merge(member, right.route(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            for (int owner : r.owners().get(i)) {
                perOwner.computeIfAbsent(owner, k -> new HashSet<>()).add(member);
            }
        }
        EnumMap<Route, Long> byRoute = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            byRoute.put(route, 0L);
        }
        best.values().forEach(route -> byRoute.merge(route, 1L, Long::sum));
        List<OwnerCount> byOwner = new ArrayList<>();
        perOwner.forEach((owner, members) -> byOwner.add(new OwnerCount(s.organizations().id(owner), members.size())));
        byOwner.sort(Comparator.comparingLong(OwnerCount::count).reversed().thenComparing(OwnerCount::owner));
        return new Reach(q.organization(), q.asOf(), q.maxDepth(), q.territories(), unit, best.size(),
                r.unknownExpiry(), Collections.unmodifiableMap(byRoute), byOwner,
                Pages.of(r.rights(), q.page(), right -> explain(s, right, day)));
    }

    /** What Reach counts a patent as: its family (unit FAMILY, when it has one: index ≥ 0), else itself (-(x + 1)). */
    private static int member(Snapshot s, int patent, Unit unit) {
        int family = s.family(patent);
        return unit == Unit.FAMILY && family >= 0 ? family : -(patent + 1);
    }

    /** The chain shown for a right (solved afresh for its patent: the same solver, so the same chain). */
    public static Chain explain(Snapshot s, PatentRights.Right right, int day) {
        return new PatentRights(s, right.patent(), day).explain(right);
    }

    /**
     * The rights to every patent an organisation reaches, by patent id, each with its patent's owners and how many
     * have no expiry date; Coverage with a licensee and licensing plans use it. {@link #explain} gives a right's
     * chain.
     */
    public record Reached(List<PatentRights.Right> rights, List<int[]> owners, long unknownExpiry) {
        /** The reached patents, by id. */
        public List<Integer> patents() {
            return rights.stream().map(PatentRights.Right::patent).toList();
        }
    }

    /**
     * Reach's rights; {@code within}, when not null, limits the patents solved to its members (a question that
     * needs only some of them, Coverage's E, skips solving the rest: each patent is solved on its own).
     */
    public static Reached reached(Snapshot s, int org, int day, int maxDepth, int[] territories, BitSet within) {
        BitSet candidates = new BitSet();
        // owned by the group
        Adjacency members = s.groups().members();
        int group = s.groups().of(org);
        EdgeTable owns = s.owns();
        for (int q = members.begin(group); q < members.end(group); q++) {
            int m = members.value(q);
            for (int p = owns.out().begin(m); p < owns.out().end(m); p++) {
                candidates.set(owns.to(owns.out().value(p)));
            }
        }
        int[] held = PatentRights.held(s, org, day);
        if (maxDepth > 0) {
            for (int l : held) {
                scope(s, l, day, candidates);
            }
        }
        if (within != null) {
            candidates.and(within);
        }
        Ints kept = new Ints();
        for (int x = candidates.nextSetBit(0); x >= 0; x = candidates.nextSetBit(x + 1)) {
            if (s.patents().alive(x) && s.inForce(x, day) && (territories.length == 0
                    || java.util.Arrays.binarySearch(territories, s.jurisdiction(x)) >= 0)) {
                kept.add(x);
            }
        }
        int[] sorted = s.patents().byId(kept.toArray());
        List<PatentRights.Right> rights = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        long unknown = 0;
        for (int x : sorted) {
            PatentRights patentRights = new PatentRights(s, x, day);
            var right = patentRights.right(org, maxDepth, held);
            if (right.isPresent()) {
                rights.add(right.get());
                owners.add(patentRights.owners());
                if (s.unknownExpiry(x)) {
                    unknown++;
                }
            }
        }
        return new Reached(rights, owners, unknown);
    }

    /** Any date: a pool's contents over its whole history (a series filters each date by its own rights). */
    static final int ANY_DAY = Integer.MIN_VALUE;

    /**
     * Adds the patents licence {@code l}'s scope names on {@code day}, or on any date for {@link #ANY_DAY} (its
     * territories applied later, per patent).
     */
    static void scope(Snapshot s, int l, int day, BitSet out) {
        Adjacency patents = s.scopePatents();
        for (int p = patents.begin(l); p < patents.end(l); p++) {
            out.set(patents.value(p));
        }
        Adjacency families = s.scopeFamilies();
        for (int p = families.begin(l); p < families.end(l); p++) {
            int f = families.value(p);
            for (int q = s.patentsOfFamily().begin(f); q < s.patentsOfFamily().end(f); q++) {
                out.set(s.patentsOfFamily().value(q));
            }
        }
        Adjacency pools = s.scopePools();
        EdgeTable inPool = s.inPool();
        for (int p = pools.begin(l); p < pools.end(l); p++) {
            int pool = pools.value(p);
            for (int q = inPool.in().begin(pool); q < inPool.in().end(pool); q++) {
                int e = inPool.in().value(q);
                if (day == ANY_DAY || s.heldOn(e, day)) {
                    out.set(inPool.from(e));
                }
            }
        }
        Adjacency portfolios = s.scopeOrganizations();
        Adjacency members = s.groups().members();
        EdgeTable owns = s.owns();
        for (int p = portfolios.begin(l); p < portfolios.end(l); p++) {
            int group = s.groups().of(portfolios.value(p));
            for (int q = members.begin(group); q < members.end(group); q++) {
                int m = members.value(q);
                for (int r = owns.out().begin(m); r < owns.out().end(m); r++) {
                    out.set(owns.to(owns.out().value(r)));
                }
            }
        }
    }

    /**
     * Path(from, to): the one shortest chain. NotFound("from") for an unknown organisation, NotFound("to") for an
     * unknown patent (by any publication number), one not in force, or no chain within maxDepth.
     */
    public static Chain path(Snapshot s, PathRequest q) {
        int x = s.patentByNumber(Patent.normalise("to", q.to()));
        if (x < 0) {
            throw new NotFound("to", "no patent with id '" + q.to() + "'");
        }
        String pat = s.patents().id(x);
        int org = s.requireOrganization("from", q.from());
        int day = Days.of(q.asOf());
        if (!s.inForce(x, day)) {
            throw new NotFound("to", "patent '" + pat + "' is not in force on " + q.asOf()
                    + ", so no chain lets '" + q.from() + "' practise it");
        }
        return new PatentRights(s, x, day).chain(org, q.maxDepth(), PatentRights.held(s, org, day))
                .orElseThrow(() -> new NotFound("to", "no chain of at most " + q.maxDepth() + " licences lets '"
                        + q.from() + "' practise '" + pat + "' on " + q.asOf()));
    }

    /** Practitioners(patent): everyone whose reach contains it, by organisation id. Unknown patent: NotFound("id"). */
    public static Practitioners practitioners(Snapshot s, PractitionersRequest q) {
        int x = s.patentByNumber(Patent.normalise("id", q.patent()));
        if (x < 0) {
            throw new NotFound("id", "no patent with id '" + q.patent() + "'");
        }
        int day = Days.of(q.asOf());
        boolean inForce = s.inForce(x, day);
        PatentRights rights = new PatentRights(s, x, day);
        List<PatentRights.Right> all = inForce ? rights.practitioners(q.maxDepth()) : List.of();
        // every practitioner counts in the total; only the page's are explained
        return new Practitioners(s.patents().id(x), q.asOf(), q.maxDepth(), inForce,
                Pages.of(all, q.page(), rights::explain));
    }

    /** Jurisdiction codes as the snapshot's ints, sorted. */
    public static int[] codes(Set<String> territories) {
        return territories.stream().mapToInt(Codes::of).filter(c -> c >= 0).sorted().toArray();
    }
}
