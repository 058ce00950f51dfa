package org.sepgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sepgraph.bench.Keys.BindingKey;
import org.sepgraph.bench.Keys.CoverageKey;
import org.sepgraph.bench.Keys.PathKey;
import org.sepgraph.bench.Keys.ReachKey;

/**
 * The four questions answered from the generated data held in plain arrays: an implementation of DESIGN.md's rules
 * written from the brief, independent of the queries module (it shares no code with it), used both as a cross-check
 * and as the in-memory lower bound of the benchmark. Only the default forms are implemented: no territories, no
 * licensee, unit FAMILY (a patent without a family is a family of its own), Reach and Path with maxDepth 3.
 *
 * <p>Where DESIGN.md is silent it follows the choices documented in queries/README.md: a licence is held by each
 * grantee and, unless {@code affiliates} is false, by every organisation of a grantee's group.
 */
public final class Baseline {
    static final int INF = Integer.MAX_VALUE / 2;
    static final int COVERAGE_CHAIN = 3;

    private final Dataset d;
    private final int[] group;
    private final int[][] groupMembers;
    private final int[][] patentsOfFamily;
    private final int[][] ownedByGroup;
    private final int[][] childrenOf;
    private final int[][] declsOfStandard;
    private final int[][] poolEntriesOfPatent;
    private final int[][] poolEntriesOfPool;
    private final int[][] licByPatent;
    private final int[][] licByFamily;
    private final int[][] licByPool;
    private final int[][] licByGroup;
    private final int[][] licByGrantee;
    /** Sublicensable licences only, by what their scope names (they are what depth propagation needs). */
    private final int[][] subByPatent;
    private final int[][] subByFamily;
    private final int[][] subByPool;
    private final int[][] subByGroup;
    /**
     * Licence classes for Coverage's credits: the licences in force on a date with the same grantor, territories
     * and scope include the same patents and are credited alike, so each class is solved once (a pool's thousands of
     * licences are one class).
     */
    private final int[] classOf;
    private final int[][] classMembers;
    private final int[][] classByPatent;
    private final int[][] classByFamily;
    private final int[][] classByPool;
    private final int[][] classByGroup;
    private final int[][] poolsBinding;
    private final int[][] clustersOfPool;
    private final Map<String, Integer> orgIndex = new HashMap<>();
    private final Map<String, Integer> patentIndex = new HashMap<>();
    private final Map<String, Integer> standardIndex = new HashMap<>();

    public Baseline(Dataset d) {
        this.d = d;
        int orgs = d.organizations();
        // corporate groups: AFFILIATE_OF in either direction, transitively (union-find)
        int[] parent = new int[orgs];
        for (int i = 0; i < orgs; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < d.affFrom.length; i++) {
            int a = find(parent, d.affFrom[i]);
            int b = find(parent, d.affTo[i]);
            if (a != b) {
                parent[a] = b;
            }
        }
        group = new int[orgs];
        for (int i = 0; i < orgs; i++) {
            group[i] = find(parent, i);
        }
        groupMembers = IntList.group(orgs, group, seq(orgs));
        int patents = d.patents();
        IntList famKeys = new IntList();
        IntList famVals = new IntList();
        IntList ownKeys = new IntList();
        IntList ownVals = new IntList();
        for (int p = 0; p < patents; p++) {
            if (d.family[p] >= 0) {
                famKeys.add(d.family[p]);
                famVals.add(p);
            }
            Set<Integer> groups = new HashSet<>();
            for (int w : d.owners[p]) {
                if (groups.add(group[w])) {
                    ownKeys.add(group[w]);
                    ownVals.add(p);
                }
            }
        }
        patentsOfFamily = IntList.group(d.familyCount, famKeys.toArray(), famVals.toArray());
        ownedByGroup = IntList.group(orgs, ownKeys.toArray(), ownVals.toArray());
        IntList childKeys = new IntList();
        IntList childVals = new IntList();
        for (int s = 0; s < d.standards(); s++) {
            for (int parentStd : d.partOf[s]) {
                childKeys.add(parentStd);
                childVals.add(s);
            }
        }
        childrenOf = IntList.group(d.standards(), childKeys.toArray(), childVals.toArray());
        declsOfStandard = IntList.group(d.standards(), d.declStandard, seq(d.declarations()));
        poolEntriesOfPatent = IntList.group(patents, d.ppPatent, seq(d.poolPatents()));
        poolEntriesOfPool = IntList.group(d.pools(), d.ppPool, seq(d.poolPatents()));
        IntList[] lk = {new IntList(), new IntList(), new IntList(), new IntList(), new IntList()};
        IntList[] lv = {new IntList(), new IntList(), new IntList(), new IntList(), new IntList()};
        for (int l = 0; l < d.licenses(); l++) {
            for (int p : d.scopePatents[l]) {
                lk[0].add(p);
                lv[0].add(l);
            }
            for (int f : d.scopeFamilies[l]) {
                lk[1].add(f);
                lv[1].add(l);
            }
            for (int pool : d.scopePools[l]) {
                lk[2].add(pool);
                lv[2].add(l);
            }
            Set<Integer> groups = new HashSet<>();
            for (int o : d.scopePortfolios[l]) {
                if (groups.add(group[o])) {
                    lk[3].add(group[o]);
                    lv[3].add(l);
                }
            }
            for (int e : d.licGrantees[l]) {
                lk[4].add(e);
                lv[4].add(l);
            }
        }
        licByPatent = IntList.group(patents, lk[0].toArray(), lv[0].toArray());
        licByFamily = IntList.group(d.familyCount, lk[1].toArray(), lv[1].toArray());
        licByPool = IntList.group(d.pools(), lk[2].toArray(), lv[2].toArray());
        licByGroup = IntList.group(orgs, lk[3].toArray(), lv[3].toArray());
        licByGrantee = IntList.group(orgs, lk[4].toArray(), lv[4].toArray());
        int[][][] sub = scopeIndex(l -> d.licSublicensable[l], l -> l, d.licenses());
        subByPatent = sub[0];
        subByFamily = sub[1];
        subByPool = sub[2];
        subByGroup = sub[3];
        classOf = new int[d.licenses()];
        Map<String, Integer> classes = new HashMap<>();
        List<Integer> representatives = new ArrayList<>();
        for (int l = 0; l < d.licenses(); l++) {
            String key = d.licByPool[l] + "|" + d.licGrantor[l] + "|" + Arrays.toString(d.licTerritories[l]) + "|" + Arrays.toString(d.scopePatents[l]) + "|"
                    + Arrays.toString(d.scopeFamilies[l]) + "|" + Arrays.toString(d.scopePools[l]) + "|"
                    + Arrays.toString(d.scopePortfolios[l]);
            Integer c = classes.get(key);
            if (c == null) {
                c = representatives.size();
                classes.put(key, c);
                representatives.add(l);
            }
            classOf[l] = c;
        }
        classMembers = IntList.group(representatives.size(), classOf, seq(d.licenses()));
        int[] rep = representatives.stream().mapToInt(Integer::intValue).toArray();
        int[][][] cls = scopeIndex(c -> true, c -> rep[c], rep.length);
        classByPatent = cls[0];
        classByFamily = cls[1];
        classByPool = cls[2];
        classByGroup = cls[3];
        IntList bk = new IntList();
        IntList bv = new IntList();
        for (int pool = 0; pool < d.pools(); pool++) {
            for (int s : d.poolBinds[pool]) {
                bk.add(s);
                bv.add(pool);
            }
        }
        poolsBinding = IntList.group(d.standards(), bk.toArray(), bv.toArray());
        IntList ck = new IntList();
        IntList cv = new IntList();
        for (int c = 0; c < d.clusterId.length; c++) {
            for (int pool : d.clusterPools[c]) {
                ck.add(pool);
                cv.add(c);
            }
        }
        clustersOfPool = IntList.group(d.pools(), ck.toArray(), cv.toArray());
        for (int i = 0; i < orgs; i++) {
            orgIndex.put(d.orgId[i], i);
        }
        for (int p = 0; p < patents; p++) {
            patentIndex.put(d.patentId[p], p);
        }
        for (int s = 0; s < d.standards(); s++) {
            standardIndex.put(d.standardId[s], s);
        }
    }

    /**
     * Indexes items (licences or licence classes) by what the scope of their licence {@code licenceOf(item)} names:
     * patents, families, pools, and the groups of portfolio organisations.
     */
    private int[][][] scopeIndex(java.util.function.IntPredicate keep, java.util.function.IntUnaryOperator licenceOf,
                                 int items) {
        IntList[] k = {new IntList(), new IntList(), new IntList(), new IntList()};
        IntList[] v = {new IntList(), new IntList(), new IntList(), new IntList()};
        for (int i = 0; i < items; i++) {
            if (!keep.test(i)) {
                continue;
            }
            int l = licenceOf.applyAsInt(i);
            for (int p : d.scopePatents[l]) {
                k[0].add(p);
                v[0].add(i);
            }
            for (int f : d.scopeFamilies[l]) {
                k[1].add(f);
                v[1].add(i);
            }
            for (int pool : d.scopePools[l]) {
                k[2].add(pool);
                v[2].add(i);
            }
            Set<Integer> groups = new HashSet<>();
            for (int o : d.scopePortfolios[l]) {
                if (groups.add(group[o])) {
                    k[3].add(group[o]);
                    v[3].add(i);
                }
            }
        }
        return new int[][][] {IntList.group(d.patents(), k[0].toArray(), v[0].toArray()),
                IntList.group(d.familyCount, k[1].toArray(), v[1].toArray()),
                IntList.group(d.pools(), k[2].toArray(), v[2].toArray()),
                IntList.group(d.organizations(), k[3].toArray(), v[3].toArray())};
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int[] seq(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    // ---- dated facts ----

    boolean inForce(int p, int day) {
        return d.status[p] <= 1 && d.filed[p] <= day && day <= d.expires[p];
    }

    boolean poolEntryOn(int entry, int day) {
        return d.ppSince[entry] <= day && day <= d.ppUntil[entry];
    }

    boolean holds(int pool, int p, int day) {
        for (int e : poolEntriesOfPatent[p]) {
            if (d.ppPool[e] == pool && poolEntryOn(e, day)) {
                return true;
            }
        }
        return false;
    }

    boolean licenseInForce(int l, int day) {
        return d.licGranted[l] <= day && day <= d.licExpires[l];
    }

    boolean territoryAllows(int l, int p) {
        String[] t = d.licTerritories[l];
        if (t == null) {
            return true;
        }
        for (String code : t) {
            if (code.equals(d.jurisdiction[p])) {
                return true;
            }
        }
        return false;
    }

    /** Organisation {@code o} holds licence {@code l}: a grantee, or in a grantee's group when it extends to affiliates. */
    boolean heldBy(int l, int o) {
        for (int e : d.licGrantees[l]) {
            if (e == o || (d.licAffiliates[l] && group[e] == group[o])) {
                return true;
            }
        }
        return false;
    }

    boolean ownedByGroupOf(int p, int o) {
        for (int w : d.owners[p]) {
            if (group[w] == group[o]) {
                return true;
            }
        }
        return false;
    }

    /** The licences in force on {@code day} whose scope (with territories) includes patent {@code p}. */
    int[] licensesIncluding(int p, int day) {
        return including(p, day, licByPatent, licByFamily, licByPool, licByGroup, l -> l, l -> licenseInForce(l, day));
    }

    /**
     * The items of four scope indexes (licences, or licence classes with {@code licenceOf} giving a member) whose
     * licence is in force on {@code day} and includes patent {@code p} (territories applied), sorted.
     */
    int[] including(int p, int day, int[][] byPatent, int[][] byFamily, int[][] byPool, int[][] byGroup,
                    java.util.function.IntUnaryOperator licenceOf, java.util.function.IntPredicate inForce) {
        Set<Integer> out = new HashSet<>();
        for (int l : byPatent[p]) {
            out.add(l);
        }
        if (d.family[p] >= 0) {
            for (int l : byFamily[d.family[p]]) {
                out.add(l);
            }
        }
        for (int e : poolEntriesOfPatent[p]) {
            if (poolEntryOn(e, day)) {
                for (int l : byPool[d.ppPool[e]]) {
                    out.add(l);
                }
            }
        }
        Set<Integer> groups = new HashSet<>();
        for (int w : d.owners[p]) {
            if (groups.add(group[w])) {
                for (int l : byGroup[group[w]]) {
                    out.add(l);
                }
            }
        }
        return out.stream().filter(i -> inForce.test(i) && territoryAllows(licenceOf.applyAsInt(i), p))
                .mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * Who may license patent {@code p} on {@code day}, and at what depth: 0 for the organisations of an owner's group
     * and the pools holding it; d + 1 for the holders of a sublicensable licence including it granted by someone of
     * depth d. Depths are found up to {@code maxLicenseDepth}.
     */
    final class Licensers {
        final int p;
        final int[] including;
        final Set<Integer> ownerGroups = new HashSet<>();
        final Set<Integer> pools = new HashSet<>();
        final Map<Integer, Integer> orgDepth = new HashMap<>();
        final Map<Integer, Integer> groupDepth = new HashMap<>();

        Licensers(int p, int day, int maxLicenseDepth) {
            this(p, day, maxLicenseDepth, licensesIncluding(p, day));
        }

        /** @param including the licences including p, or at least every sublicensable one (all depths need) */
        Licensers(int p, int day, int maxLicenseDepth, int[] including) {
            this.p = p;
            this.including = including;
            for (int w : d.owners[p]) {
                ownerGroups.add(group[w]);
            }
            for (int e : poolEntriesOfPatent[p]) {
                if (poolEntryOn(e, day)) {
                    pools.add(d.ppPool[e]);
                }
            }
            for (int depth = 1; depth <= maxLicenseDepth; depth++) {
                List<Integer> sources = new ArrayList<>();
                for (int l : including) {
                    if (d.licSublicensable[l] && grantorDepth(l) == depth - 1) {
                        sources.add(l);
                    }
                }
                for (int l : sources) {
                    for (int e : d.licGrantees[l]) {
                        if (d.licAffiliates[l]) {
                            groupDepth.putIfAbsent(group[e], depth);
                        } else {
                            orgDepth.putIfAbsent(e, depth);
                        }
                    }
                }
            }
        }

        int orgDepth(int o) {
            if (ownerGroups.contains(group[o])) {
                return 0;
            }
            return Math.min(groupDepth.getOrDefault(group[o], INF), orgDepth.getOrDefault(o, INF));
        }

        int grantorDepth(int l) {
            if (d.licByPool[l]) {
                return pools.contains(d.licGrantor[l]) ? 0 : INF;
            }
            return orgDepth(d.licGrantor[l]);
        }

        /** The depth of the grantor of licence class {@code c} (one grantor for all its licences). */
        int classGrantorDepth(int c) {
            return grantorDepth(classMembers[c][0]);
        }
    }

    // ---- the essential set ----

    /** Patents declared (not REJECTED) to {@code s} or a part of it at any depth, in force on {@code day}. */
    int[] essential(int s, int day) {
        boolean[] seenStd = new boolean[d.standards()];
        ArrayList<Integer> stack = new ArrayList<>(List.of(s));
        seenStd[s] = true;
        Set<Integer> out = new HashSet<>();
        while (!stack.isEmpty()) {
            int std = stack.remove(stack.size() - 1);
            for (int decl : declsOfStandard[std]) {
                int p = d.declPatent[decl];
                if (d.declAssessment[decl] != Dataset.REJECTED && inForce(p, day)) {
                    out.add(p);
                }
            }
            for (int c : childrenOf[std]) {
                if (!seenStd[c]) {
                    seenStd[c] = true;
                    stack.add(c);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The member (FAMILY unit) a patent counts in: its family, or itself when it has none. */
    int member(int p) {
        return d.family[p] >= 0 ? d.family[p] : d.familyCount + p;
    }

    String memberId(int m) {
        return m < d.familyCount ? Dataset.familyId(m) : d.patentId[m - d.familyCount];
    }

    /** The members of a set of patents, each with its patents in the set. */
    Map<Integer, List<Integer>> members(int[] patents) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (int p : patents) {
            out.computeIfAbsent(member(p), k -> new ArrayList<>(2)).add(p);
        }
        return out;
    }

    /** Members of E all of whose patents in E are in {@code set} (the family rule). */
    static long credited(Map<Integer, List<Integer>> members, Set<Integer> set, java.util.function.IntUnaryOperator memberOf) {
        Set<Integer> touched = new HashSet<>();
        for (int p : set) {
            touched.add(memberOf.applyAsInt(p));
        }
        long n = 0;
        for (int m : touched) {
            List<Integer> ps = members.get(m);
            if (ps != null && set.containsAll(ps)) {
                n++;
            }
        }
        return n;
    }

    // ---- the questions ----

    public CoverageKey coverage(String standard, LocalDate asOf) {
        int s = standardIndex.get(standard);
        int day = (int) asOf.toEpochDay();
        int[] e = essential(s, day);
        Map<Integer, List<Integer>> members = members(e);
        Set<Integer> covered = new HashSet<>();
        Map<Integer, Set<Integer>> perPool = new HashMap<>();
        Map<Integer, Set<Integer>> perClass = new HashMap<>();
        boolean[] classInForce = new boolean[classMembers.length];
        for (int l = 0; l < d.licenses(); l++) {
            if (licenseInForce(l, day)) {
                classInForce[classOf[l]] = true;
            }
        }
        for (int p : e) {
            boolean isCovered = false;
            for (int entry : poolEntriesOfPatent[p]) {
                if (poolEntryOn(entry, day)) {
                    perPool.computeIfAbsent(d.ppPool[entry], k -> new HashSet<>()).add(p);
                    isCovered = true;
                }
            }
            Licensers who = new Licensers(p, day, COVERAGE_CHAIN - 1,
                    including(p, day, subByPatent, subByFamily, subByPool, subByGroup, l -> l,
                            l -> licenseInForce(l, day)));
            for (int c : including(p, day, classByPatent, classByFamily, classByPool, classByGroup,
                    c -> classMembers[c][0], c -> classInForce[c])) {
                if (who.classGrantorDepth(c) <= COVERAGE_CHAIN - 1) {
                    perClass.computeIfAbsent(c, k -> new HashSet<>()).add(p);
                    isCovered = true;
                }
            }
            if (isCovered) {
                covered.add(p);
            }
        }
        long coveredMembers = 0;
        Map<Integer, Set<Integer>> holdoutMembers = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> m : members.entrySet()) {
            if (covered.containsAll(m.getValue())) {
                coveredMembers++;
                continue;
            }
            for (int p : m.getValue()) {
                if (!covered.contains(p)) {
                    for (int w : d.owners[p]) {
                        holdoutMembers.computeIfAbsent(w, k -> new HashSet<>()).add(m.getKey());
                    }
                }
            }
        }
        Map<String, Long> byPool = new TreeMap<>();
        perPool.forEach((pool, ps) -> Keys.nonZero(byPool, d.poolId[pool], credited(members, ps, this::member)));
        Map<String, Long> byLicense = new TreeMap<>();
        perClass.forEach((c, ps) -> {
            long n = credited(members, ps, this::member);
            for (int l : classMembers[c]) {
                if (licenseInForce(l, day)) {
                    Keys.nonZero(byLicense, d.licId[l], n);
                }
            }
        });
        Map<String, Long> holdouts = new TreeMap<>();
        holdoutMembers.forEach((w, ms) -> holdouts.put(d.orgId[w], (long) ms.size()));
        long unknown = Arrays.stream(e).filter(p -> d.expires[p] == Dataset.OPEN_END).count();
        return new CoverageKey(members.size(), coveredMembers, members.size() - coveredMembers, unknown, byPool,
                byLicense, holdouts);
    }

    static final String[] ROUTES = {"OWNED", "LICENSED", "POOL", "SUBLICENSED"};

    /**
     * How organisation {@code o} may practise patent {@code p}: route index into {@link #ROUTES} and number of
     * licences, or null when no chain of at most {@code maxDepth} licences exists.
     */
    int[] chain(int o, int p, int day, int maxDepth) {
        if (!inForce(p, day)) {
            return null;
        }
        if (ownedByGroupOf(p, o)) {
            return new int[] {0, 0};
        }
        if (maxDepth < 1) {
            return null;
        }
        Licensers who = new Licensers(p, day, maxDepth - 1);
        int best = INF;
        boolean byOrganization = false;
        for (int l : who.including) {
            if (!heldBy(l, o)) {
                continue;
            }
            int gd = who.grantorDepth(l);
            if (gd > maxDepth - 1) {
                continue;
            }
            if (gd + 1 < best) {
                best = gd + 1;
                byOrganization = !d.licByPool[l];
            } else if (gd + 1 == best && !d.licByPool[l]) {
                byOrganization = true;
            }
        }
        if (best == INF) {
            return null;
        }
        int route = best > 1 ? 3 : byOrganization ? 1 : 2;
        return new int[] {route, best};
    }

    public ReachKey reach(String organization, LocalDate asOf, int maxDepth) {
        int o = orgIndex.get(organization);
        int day = (int) asOf.toEpochDay();
        Set<Integer> candidates = new HashSet<>();
        for (int p : ownedByGroup[group[o]]) {
            candidates.add(p);
        }
        if (maxDepth >= 1) {
            for (int m : groupMembers[group[o]]) {
                for (int l : licByGrantee[m]) {
                    if ((m == o || d.licAffiliates[l]) && licenseInForce(l, day)) {
                        addScope(l, day, candidates);
                    }
                }
            }
        }
        Map<Integer, Integer> bestRoute = new HashMap<>();
        Map<Integer, Set<Integer>> perOwner = new HashMap<>();
        long unknown = 0;
        for (int p : candidates) {
            int[] c = chain(o, p, day, maxDepth);
            if (c == null) {
                continue;
            }
            int m = member(p);
            bestRoute.merge(m, c[0], Math::min);
            for (int w : d.owners[p]) {
                perOwner.computeIfAbsent(w, k -> new HashSet<>()).add(m);
            }
            if (d.expires[p] == Dataset.OPEN_END) {
                unknown++;
            }
        }
        Map<String, Long> byRoute = new TreeMap<>();
        for (String r : ROUTES) {
            byRoute.put(r, 0L);
        }
        bestRoute.values().forEach(r -> byRoute.merge(ROUTES[r], 1L, Long::sum));
        Map<String, Long> byOwner = new TreeMap<>();
        perOwner.forEach((w, ms) -> byOwner.put(d.orgId[w], (long) ms.size()));
        return new ReachKey(bestRoute.size(), unknown, byRoute, byOwner);
    }

    /** Adds the patents licence {@code l}'s scope names (territories applied; in force or not: chain() checks). */
    private void addScope(int l, int day, Set<Integer> out) {
        List<Integer> ps = new ArrayList<>();
        for (int p : d.scopePatents[l]) {
            ps.add(p);
        }
        for (int f : d.scopeFamilies[l]) {
            for (int p : patentsOfFamily[f]) {
                ps.add(p);
            }
        }
        for (int pool : d.scopePools[l]) {
            for (int e : poolEntriesOfPool[pool]) {
                if (poolEntryOn(e, day)) {
                    ps.add(d.ppPatent[e]);
                }
            }
        }
        for (int c : d.scopePortfolios[l]) {
            for (int p : ownedByGroup[group[c]]) {
                ps.add(p);
            }
        }
        for (int p : ps) {
            if (territoryAllows(l, p)) {
                out.add(p);
            }
        }
    }

    public PathKey path(String organization, String patent, LocalDate asOf, int maxDepth) {
        int[] c = chain(orgIndex.get(organization), patentIndex.get(patent), (int) asOf.toEpochDay(), maxDepth);
        return c == null ? PathKey.NONE : new PathKey(true, ROUTES[c[0]], c[1]);
    }

    public BindingKey binding(String standard, LocalDate asOf) {
        int s = standardIndex.get(standard);
        int day = (int) asOf.toEpochDay();
        int[] e = essential(s, day);
        Map<Integer, List<Integer>> members = members(e);
        Map<Integer, Set<Integer>> heldBy = new TreeMap<>();
        for (int pool : poolsBinding[s]) {
            heldBy.put(pool, new HashSet<>());
        }
        Map<Long, Set<Integer>> pairs = new TreeMap<>();
        for (int p : e) {
            List<Integer> pools = new ArrayList<>();
            for (int entry : poolEntriesOfPatent[p]) {
                if (poolEntryOn(entry, day)) {
                    pools.add(d.ppPool[entry]);
                }
            }
            pools.sort(null);
            for (int i = 0; i < pools.size(); i++) {
                heldBy.computeIfAbsent(pools.get(i), k -> new HashSet<>()).add(p);
                for (int j = i + 1; j < pools.size(); j++) {
                    pairs.computeIfAbsent(((long) pools.get(i) << 32) | pools.get(j), k -> new HashSet<>()).add(p);
                }
            }
        }
        Map<String, String> poolKeys = new TreeMap<>();
        Set<Integer> bindsS = new HashSet<>();
        for (int pool : poolsBinding[s]) {
            bindsS.add(pool);
        }
        heldBy.forEach((pool, ps) -> poolKeys.put(d.poolId[pool],
                bindsS.contains(pool) + "/" + credited(members, ps, this::member)));
        Map<String, String> overlaps = new TreeMap<>();
        pairs.forEach((key, ps) -> {
            int a = (int) (key >>> 32);
            int b = (int) (key & 0xffffffffL);
            Set<Integer> both = new HashSet<>(heldBy.get(a));
            both.retainAll(heldBy.get(b));
            overlaps.put(d.poolId[a] + "|" + d.poolId[b], credited(members, both, this::member) + "/" + ps.size());
        });
        Map<Integer, Set<Integer>> clusterUnion = new TreeMap<>();
        heldBy.forEach((pool, ps) -> {
            for (int c : clustersOfPool[pool]) {
                clusterUnion.computeIfAbsent(c, k -> new HashSet<>()).addAll(ps);
            }
        });
        Map<String, Long> clusters = new TreeMap<>();
        clusterUnion.forEach((c, ps) -> clusters.put(d.clusterId[c], credited(members, ps, this::member)));
        long unknown = Arrays.stream(e).filter(p -> d.expires[p] == Dataset.OPEN_END).count();
        return new BindingKey(members.size(), unknown, poolKeys, overlaps, clusters);
    }

    // ---- for picking targets ----

    int group(int o) {
        return group[o];
    }

    int[] ownedByGroup(int g) {
        return ownedByGroup[g];
    }

    /** The patents the scopes of {@code o}'s licences name (candidates for Path targets). */
    Set<Integer> licensedCandidates(int o, int day) {
        Set<Integer> out = new HashSet<>();
        for (int m : groupMembers[group[o]]) {
            for (int l : licByGrantee[m]) {
                if ((m == o || d.licAffiliates[l]) && licenseInForce(l, day)) {
                    addScope(l, day, out);
                }
            }
        }
        return out;
    }

    int essentialSize(int s, int day) {
        return members(essential(s, day)).size();
    }
}
