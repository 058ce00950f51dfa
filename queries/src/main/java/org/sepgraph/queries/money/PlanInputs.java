package org.sepgraph.queries.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.engine.Codes;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Essentials;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.ReachQuestion;

/**
 * What the graph says for a licensing plan ({@link PlanRequest} → {@link PlanQuestion}), read from one snapshot:
 * <ul>
 * <li>the essential patents: the union of E (DESIGN.md "Coverage": declared not REJECTED to the standard or a part
 * of it, in force on asOf) over the requested standards, in the countries with more than 0 units, grouped by
 * family — a patent without a family is a family of its own, under its own id (the family rule: a family is
 * covered only when each of its patents in E is);</li>
 * <li>for each: the pools holding it on asOf, its owners, its expiry, and whether the {@code licensee} reaches it
 * (Reach with maxDepth 3, as Coverage with a licensee: owned by its group or licensed to it through a chain);</li>
 * <li>the candidates: the requested pools, else every pool holding an essential patent on asOf, each with all its
 * royalty terms (the plans take those in effect on asOf).</li>
 * </ul>
 * Unknown ids are {@link NotFound} naming the field ({@code standards[1]}, {@code licensee}, {@code pools[0]}).
 * Cost: O(Σ E of the standards + IN_POOL and OWNS edges of their members) plus, with a licensee, its Reach.
 */
public final class PlanInputs {
    private PlanInputs() {}

    /** The plans for {@code request} on snapshot {@code s}. */
    public static Plans plans(Snapshot s, PlanRequest request) {
        return new LicensingPlans().plans(question(s, request));
    }

    /** The question {@link LicensingPlans} answers, filled from {@code s}. */
    public static PlanQuestion question(Snapshot s, PlanRequest r) {
        int[] standards = new int[r.standards().size()];
        for (int i = 0; i < standards.length; i++) {
            standards[i] = s.requireStandard("standards[" + i + "]", r.standards().get(i));
        }
        int licensee = -1;
        if (r.licensee() != null) {
            licensee = s.requireOrganization("licensee", r.licensee());
        }
        int[] requested = new int[r.pools().size()];
        for (int i = 0; i < requested.length; i++) {
            requested[i] = s.pools().find(r.pools().get(i));
            if (requested[i] < 0) {
                throw new NotFound("pools[" + i + "]", "no pool with id '" + r.pools().get(i) + "'");
            }
        }
        int day = Days.of(r.asOf());
        int[] countries = r.units().entrySet().stream().filter(e -> e.getValue() > 0)
                .mapToInt(e -> Codes.of(e.getKey())).sorted().toArray();

        BitSet essential = new BitSet();
        for (int standard : standards) {
            for (int x : Essentials.of(s, standard, day, countries)) {
                essential.set(x);
            }
        }
        Set<Integer> reached = new HashSet<>();
        if (licensee >= 0) {
            // only the essential patents matter: the rest is not solved
            reached.addAll(ReachQuestion.reached(s, licensee, day, Params.COVERAGE_DEPTH, countries, essential)
                    .patents());
        }

        Map<String, List<EssentialPatent>> byFamily = new TreeMap<>();
        Set<Integer> holding = new TreeSet<>();
        EdgeTable inPool = s.inPool();
        for (int x = essential.nextSetBit(0); x >= 0; x = essential.nextSetBit(x + 1)) {
            Set<String> pools = new TreeSet<>();
            for (int q = inPool.out().begin(x); q < inPool.out().end(x); q++) {
                int e = inPool.out().value(q);
                int pool = inPool.to(e);
                if (s.pools().alive(pool) && s.heldOn(e, day)) {
                    pools.add(s.pools().id(pool));
                    holding.add(pool);
                }
            }
            int f = s.family(x);
            String family = f >= 0 ? s.families().id(f) : s.patents().id(x);
            byFamily.computeIfAbsent(family, k -> new ArrayList<>()).add(new EssentialPatent(s.patents().id(x),
                    Codes.code(s.jurisdiction(x)), pools, reached.contains(x), owners(s, x),
                    Days.date(s.patents().get(Snapshot.PATENT_EXPIRES, x))));
        }
        List<EssentialFamily> families = new ArrayList<>();
        byFamily.forEach((family, patents) -> families.add(new EssentialFamily(family, patents)));

        int[] candidates = requested.length > 0 ? requested : holding.stream().mapToInt(Integer::intValue).toArray();
        List<CandidatePool> pools = Arrays.stream(candidates)
                .mapToObj(p -> new CandidatePool(s.pools().id(p), s.poolTerms(p))).toList();
        return new PlanQuestion(r.asOf(), r.product(), r.units(), r.target(), families, pools);
    }

    /** The ids of a patent's owners (OWNS). */
    private static List<String> owners(Snapshot s, int patent) {
        EdgeTable owns = s.owns();
        List<String> out = new ArrayList<>();
        for (int q = owns.in().begin(patent); q < owns.in().end(patent); q++) {
            int org = owns.from(owns.in().value(q));
            if (s.organizations().alive(org)) {
                out.add(s.organizations().id(org));
            }
        }
        return out;
    }
}
