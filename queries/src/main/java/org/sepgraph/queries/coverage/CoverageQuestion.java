package org.sepgraph.queries.coverage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Pages;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.engine.Adjacency;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.Essentials;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.MemberSet;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PatentRights;
import org.sepgraph.queries.reach.ReachQuestion;

/**
 * Coverage (DESIGN.md "Coverage") on a snapshot. Without a licensee: each member of E is solved on its own
 * ({@link PatentRights}): covered when a pool holds it or a licence in force lawfully includes it (its grantor may
 * license it within a chain of at most 3), credited to each such pool and licence — per licence class, so a pool's
 * thousands of identical licences cost one credit per patent. With a licensee: covered means reached by it (Reach,
 * maxDepth 3, same date and territories). Cost: O(|E| × licence classes including each member).
 */
public final class CoverageQuestion {
    private CoverageQuestion() {}

    /**
     * How one patent of E is covered: pools, and licence classes (without a licensee) or the licensee's right (its
     * chain explained only for the items of a page).
     */
    private record Covering(int patent, boolean covered, List<Integer> pools, int[] classes,
                            PatentRights.Right right, List<String> owners) {}

    public static Coverage coverage(Snapshot s, CoverageRequest q) {
        int standard = s.requireStandard("id", q.standard());
        int licensee = -1;
        if (q.licensee() != null) {
            licensee = s.requireOrganization("licensee", q.licensee());
        }
        int day = Days.of(q.asOf());
        int[] codes = ReachQuestion.codes(q.territories());
        int[] e = Essentials.of(s, standard, day, codes);
        Map<Integer, Covering> how = licensee < 0 ? everyone(s, e, day) : licensee(s, e, day, codes, licensee);
        return answer(s, q, e, how);
    }

    private static Map<Integer, Covering> everyone(Snapshot s, int[] e, int day) {
        Map<Integer, Covering> out = new HashMap<>();
        PatentRights.ClassesInForce inForce = new PatentRights.ClassesInForce(s, day);
        for (int x : e) {
            PatentRights rights = new PatentRights(s, x, day);
            int[] classes = rights.lawfulClasses(Params.COVERAGE_DEPTH, inForce);
            List<Integer> pools = sorted(s, rights.pools(), true);
            out.put(x, new Covering(x, !pools.isEmpty() || classes.length > 0, pools, classes, null,
                    owners(s, rights.owners())));
        }
        return out;
    }

    private static Map<Integer, Covering> licensee(Snapshot s, int[] e, int day, int[] codes, int licensee) {
        // only E's patents are solved: the licensee may reach many more, which the answer does not show
        BitSet inE = new BitSet();
        for (int x : e) {
            inE.set(x);
        }
        ReachQuestion.Reached reached = ReachQuestion.reached(s, licensee, day, Params.COVERAGE_DEPTH, codes, inE);
        Map<Integer, PatentRights.Right> rights = new HashMap<>();
        for (PatentRights.Right r : reached.rights()) {
            rights.put(r.patent(), r);
        }
        Map<Integer, Covering> out = new HashMap<>();
        for (int x : e) {
            PatentRights.Right r = rights.get(x);
            // a chain ending at a pool credits that pool (the root of its chain)
            List<Integer> pools = r != null && r.end() < 0 ? List.of(r.end()) : List.of();
            PatentRights patentRights = new PatentRights(s, x, day);
            out.put(x, new Covering(x, r != null, pools, new int[0], r, owners(s, patentRights.owners())));
        }
        return out;
    }

    private static List<Integer> sorted(Snapshot s, int[] pools, boolean encode) {
        List<Integer> out = new ArrayList<>();
        for (int p : pools) {
            out.add(encode ? PatentRights.pool(p) : p);
        }
        out.sort(Comparator.comparing(p -> s.pools().id(-p - 1)));
        return out;
    }

    private static List<String> owners(Snapshot s, int[] owners) {
        return java.util.Arrays.stream(owners).mapToObj(s.organizations()::id).sorted().toList();
    }

    private static Coverage answer(Snapshot s, CoverageRequest q, int[] e, Map<Integer, Covering> how) {
        MemberSet members = new MemberSet(s, q.unit(), e);
        BitSet covered = new BitSet();
        how.values().stream().filter(Covering::covered).forEach(c -> covered.set(c.patent()));
        boolean withLicensee = q.licensee() != null;

        // per pool and per credit (a licence class, or with a licensee the first licence of the chain): sparse lists
        // of E's patents, each patent once (how holds one Covering per patent) — there may be tens of thousands
        Map<String, Ints> perPool = new TreeMap<>();
        Map<String, Ints> perLicense = new HashMap<>();
        Ints[] perClass = new Ints[0]; // by class index: a map would box each of the many (patent, class) credits
        for (Covering c : how.values()) {
            for (int p : c.pools()) {
                perPool.computeIfAbsent(s.pools().id(-p - 1), k -> new Ints()).add(c.patent());
            }
            if (withLicensee) {
                if (c.right() != null && c.right().licenses().length > 0) {
                    perLicense.computeIfAbsent(s.licenses().id(c.right().licenses()[0]), k -> new Ints())
                            .add(c.patent());
                }
            } else {
                for (int cl : c.classes()) {
                    if (cl >= perClass.length) {
                        perClass = java.util.Arrays.copyOf(perClass, Math.max(cl + 1, perClass.length * 2));
                    }
                    if (perClass[cl] == null) {
                        perClass[cl] = new Ints();
                    }
                    perClass[cl].add(c.patent());
                }
            }
        }
        List<PoolCount> byPool = new ArrayList<>();
        perPool.forEach((pool, patents) -> byPool.add(new PoolCount(pool, members.count(patents))));
        byPool.sort(Comparator.comparingLong(PoolCount::covered).reversed().thenComparing(PoolCount::pool));
        List<LicenseCount> byLicense = new ArrayList<>();
        int day = Days.of(q.asOf());
        Adjacency classMembers = s.licenseIndex().members();
        for (int cl = 0; cl < perClass.length; cl++) {
            if (perClass[cl] == null) {
                continue;
            }
            long n = members.count(perClass[cl]);
            for (int p = classMembers.begin(cl); p < classMembers.end(cl); p++) {
                int l = classMembers.value(p);
                if (s.licenseInForce(l, day)) {
                    byLicense.add(new LicenseCount(s.licenses().id(l), n));
                }
            }
        }
        perLicense.forEach((l, patents) -> byLicense.add(new LicenseCount(l, members.count(patents))));
        byLicense.sort(Comparator.comparingLong(LicenseCount::covered).reversed()
                .thenComparing(LicenseCount::license));

        List<Integer> coveredMembers = new ArrayList<>();
        List<Integer> uncoveredMembers = new ArrayList<>();
        Map<String, java.util.Set<Integer>> holdouts = new TreeMap<>();
        for (int m = 0; m < members.size(); m++) {
            boolean isCovered = members.credited(m, covered);
            (isCovered ? coveredMembers : uncoveredMembers).add(m);
            if (!isCovered) {
                for (int x : members.patents(m)) {
                    if (!covered.get(x)) {
                        for (String o : how.get(x).owners()) {
                            holdouts.computeIfAbsent(o, k -> new java.util.HashSet<>()).add(m);
                        }
                    }
                }
            }
        }
        List<Holdout> ranked = new ArrayList<>();
        holdouts.forEach((o, ms) -> ranked.add(new Holdout(o, ms.size())));
        ranked.sort(Comparator.comparingLong(Holdout::count).reversed().thenComparing(Holdout::holder));
        long unknown = java.util.Arrays.stream(e).filter(s::unknownExpiry).count();
        long essential = members.size();
        return new Coverage(q.standard(), q.asOf(), q.territories(), q.licensee(), q.unit(), essential,
                coveredMembers.size(), uncoveredMembers.size(),
                essential == 0 ? 0.0 : (double) coveredMembers.size() / essential, unknown, byPool, byLicense,
                ranked, items(s, members, Pages.of(coveredMembers, q.page()), how, true, day),
                items(s, members, Pages.of(uncoveredMembers, q.page()), how, false, day));
    }

    /** The items of one page, with licence classes expanded to the licence ids in force (only for the page). */
    private static Page<CoverageItem> items(Snapshot s, MemberSet members, Page<Integer> page,
                                            Map<Integer, Covering> how, boolean covered, int day) {
        List<CoverageItem> items = new ArrayList<>();
        Adjacency classMembers = s.licenseIndex().members();
        for (int m : page.items()) {
            List<PatentCoverage> patents = new ArrayList<>();
            for (int x : members.patents(m)) {
                Covering c = how.get(x);
                Chain chain = c.right() == null ? null : ReachQuestion.explain(s, c.right(), day);
                List<String> licenses;
                if (chain != null || c.classes().length == 0) {
                    licenses = chain == null ? List.of() : chain.licenses();
                } else {
                    TreeSet<String> all = new TreeSet<>();
                    for (int cl : c.classes()) {
                        for (int p = classMembers.begin(cl); p < classMembers.end(cl); p++) {
                            int l = classMembers.value(p);
                            if (s.licenseInForce(l, day)) {
                                all.add(s.licenses().id(l));
                            }
                        }
                    }
                    licenses = List.copyOf(all);
                }
                List<String> pools = c.pools().stream().map(p -> s.pools().id(-p - 1)).toList();
                int j = s.jurisdiction(x);
                patents.add(new PatentCoverage(s.patents().id(x), j < 0 ? null
                        : org.sepgraph.queries.engine.Codes.code(j), c.owners(), c.covered(), pools, licenses,
                        chain));
            }
            items.add(new CoverageItem(members.id(m), members.kind(m), covered, patents));
        }
        return new Page<>(items, page.total(), page.page(), page.size());
    }
}
