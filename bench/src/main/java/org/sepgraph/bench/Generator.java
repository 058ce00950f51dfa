package org.sepgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Seeded generator of realistic graphs (issue 5): skewed holders (a few organisations hold most patents),
 * corporate groups, families of 1–8 patents over 1–6 jurisdictions, projects with parts and sub-parts (a few parts
 * in two projects), three "hot" projects that draw 12% of the declarations (aimed at about 5% of all patents
 * essential to each), declarations with some REJECTED, overlapping pools (with past and future pool memberships,
 * partial families and non-declared patents), clusters, and licences: pool licences, bilateral ones (portfolio,
 * families or patents; some limited to territories, some not extending to affiliates, some sublicensable), cross
 * licences, chains of sublicensable licences of depth 2–4, and licences by grantors without any right (unlawful).
 * Expiry dates over 2015–2045. The same tier and seed always give the same graph.
 */
public final class Generator {
    static final String[] JURISDICTIONS = {"US", "CN", "EP", "JP", "KR", "DE", "FR", "GB", "TW", "IN", "BR", "CA"};
    static final String[] COUNTRIES = {"US", "CN", "JP", "KR", "DE", "FR", "FI", "SE", "GB", "NL", "TW", "IN"};
    static final String[] KINDS = {"ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE",
            "FINANCIAL", "SERVICE_AGENCY", "STARTUP", "GOVERNMENT", "OTHER"};
    static final int HOT = 3;
    static final double HOT_SHARE = 0.12;
    static final int HOT_POOLS = 30;
    static final int MAX_POOL_UNITS = 8_000;

    private final Tier tier;
    private final SplittableRandom rnd;
    private final Dataset d;

    private Generator(Tier tier, long seed) {
        this.tier = tier;
        this.rnd = new SplittableRandom(seed);
        this.d = new Dataset(tier, seed);
    }

    public static Dataset generate(Tier tier, long seed) {
        return new Generator(tier, seed).run();
    }

    /** An organisation index skewed towards the first ones: the few big holders. */
    private int holder() {
        return (int) (tier.organizations() * Math.pow(rnd.nextDouble(), 4));
    }

    private int anyOrg() {
        return rnd.nextInt(tier.organizations());
    }

    private int between(int fromDay, int toDay) {
        return fromDay + rnd.nextInt(Math.max(1, toDay - fromDay + 1));
    }

    // family units: contiguous patent ranges [unitStart, unitEnd) sharing owners (a family, or a lone patent)
    private final IntList unitStart = new IntList();
    private final IntList unitEnd = new IntList();
    private List<IntList> unitsByOwner;
    private List<IntList> unitsByProject;

    private Dataset run() {
        organizations();
        patents();
        standardsAndDeclarations();
        pools();
        licenses();
        return d;
    }

    private void organizations() {
        int n = tier.organizations();
        d.orgId = new String[n];
        d.orgName = new String[n];
        d.orgKind = new String[n];
        d.orgCountry = new String[n];
        IntList from = new IntList();
        IntList to = new IntList();
        for (int i = 0; i < n; i++) {
            d.orgId[i] = String.format("org-%06d", i);
            d.orgName[i] = "Organisation " + i;
            d.orgKind[i] = KINDS[rnd.nextInt(KINDS.length)];
            d.orgCountry[i] = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            // controlled affiliates of bigger organisations (an affiliate of an affiliate makes deeper groups)
            if (i >= 10 && rnd.nextDouble() < 0.08) {
                from.add(i);
                to.add((int) (i * Math.pow(rnd.nextDouble(), 2)));
            }
        }
        d.affFrom = from.toArray();
        d.affTo = to.toArray();
        unitsByOwner = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            unitsByOwner.add(new IntList(2));
        }
    }

    private void patents() {
        int n = tier.patents();
        d.patentId = new String[n];
        d.jurisdiction = new String[n];
        d.status = new byte[n];
        d.filed = new int[n];
        d.expires = new int[n];
        d.family = new int[n];
        d.owners = new int[n][];
        int start2015 = Dataset.day(2015, 1, 1);
        int end2045 = Dataset.day(2045, 12, 31);
        int p = 0;
        int families = 0;
        while (p < n) {
            int size = Math.min(n - p, 1 + (int) (7 * Math.pow(rnd.nextDouble(), 2.2)));
            int jurisdictions = Math.min(size, 1 + rnd.nextInt(6));
            List<String> jurs = new ArrayList<>(List.of(JURISDICTIONS));
            for (int i = jurs.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                String t = jurs.get(i);
                jurs.set(i, jurs.get(j));
                jurs.set(j, t);
            }
            int family = size == 1 && rnd.nextBoolean() ? -1 : families++;
            int[] owners;
            double o = rnd.nextDouble();
            if (o < 0.01) {
                owners = new int[0];
            } else if (o < 0.07) {
                int a = holder();
                int b = holder();
                owners = a == b ? new int[] {a} : new int[] {a, b};
            } else {
                owners = new int[] {holder()};
            }
            int unit = unitStart.size();
            unitStart.add(p);
            unitEnd.add(p + size);
            for (int w : owners) {
                unitsByOwner.get(w).add(unit);
            }
            int baseExpiry = between(start2015, end2045 - 200);
            for (int k = 0; k < size; k++, p++) {
                String jur = jurs.get(k % jurisdictions);
                double s = rnd.nextDouble();
                byte status = (byte) (s < 0.85 ? 0 : s < 0.93 ? 1 : s < 0.97 ? 2 : s < 0.99 ? 3 : 4);
                int expires = Math.min(end2045, baseExpiry + rnd.nextInt(200));
                d.patentId[p] = jur + (10_000_000 + p) + (status == 1 ? "A1" : "B2");
                d.jurisdiction[p] = jur;
                d.status[p] = status;
                d.filed[p] = expires - 7305 + rnd.nextInt(30);
                d.expires[p] = rnd.nextDouble() < 0.02 ? Dataset.OPEN_END : expires;
                d.family[p] = family;
                d.owners[p] = owners;
            }
        }
        d.familyCount = families;
    }

    private void standardsAndDeclarations() {
        int projects = tier.projects();
        List<String> ids = new ArrayList<>();
        List<int[]> parents = new ArrayList<>();
        List<IntList> specsOf = new ArrayList<>();
        for (int pr = 0; pr < projects; pr++) {
            int project = ids.size();
            ids.add(String.format("STD-%03d", pr));
            parents.add(new int[0]);
            IntList specs = new IntList();
            specs.add(project);
            int parts = 2 + rnd.nextInt(7);
            for (int pa = 1; pa <= parts; pa++) {
                int part = ids.size();
                ids.add(String.format("STD-%03d.%d", pr, pa));
                // a few specs belong to two projects (one spec in two releases)
                if (pr > 0 && rnd.nextDouble() < 0.05) {
                    parents.add(new int[] {project, 0});
                } else {
                    parents.add(new int[] {project});
                }
                specs.add(part);
                if (rnd.nextDouble() < 0.3) {
                    int subs = 1 + rnd.nextInt(3);
                    for (int su = 1; su <= subs; su++) {
                        specs.add(ids.size());
                        ids.add(String.format("STD-%03d.%d.%d", pr, pa, su));
                        parents.add(new int[] {part});
                    }
                }
            }
            specsOf.add(specs);
        }
        d.standardId = ids.toArray(String[]::new);
        d.partOf = parents.toArray(int[][]::new);

        unitsByProject = new ArrayList<>();
        for (int pr = 0; pr < projects; pr++) {
            unitsByProject.add(new IntList());
        }
        IntList dp = new IntList(tier.declarations());
        IntList ds = new IntList(tier.declarations());
        List<Byte> da = new ArrayList<>(tier.declarations());
        double declaredShare = 0.8;
        double perFamily = (double) tier.declarations() / tier.patents() / declaredShare; // specs per declared unit
        for (int u = 0; u < unitStart.size(); u++) {
            if (rnd.nextDouble() >= declaredShare) {
                continue;
            }
            int k = Math.max(1, (int) Math.round(perFamily - 1.5 + rnd.nextDouble() * 3));
            Set<Integer> specs = new LinkedHashSet<>();
            for (int i = 0; i < k; i++) {
                int pr = rnd.nextDouble() < HOT_SHARE ? rnd.nextInt(HOT) : HOT + rnd.nextInt(projects - HOT);
                IntList sp = specsOf.get(pr);
                if (specs.add(sp.get(rnd.nextInt(sp.size())))) {
                    if (!unitsByProject.get(pr).contains(u)) {
                        unitsByProject.get(pr).add(u);
                    }
                }
            }
            for (int spec : specs) {
                double a = rnd.nextDouble();
                byte assessment = (byte) (a < 0.05 ? Dataset.REJECTED : a < 0.20 ? 1 : 0);
                for (int p = unitStart.get(u); p < unitEnd.get(u); p++) {
                    dp.add(p);
                    ds.add(spec);
                    // now and then one patent of a family is found not essential on its own
                    da.add(assessment != Dataset.REJECTED && rnd.nextDouble() < 0.01 ? Dataset.REJECTED : assessment);
                }
            }
        }
        d.declPatent = dp.toArray();
        d.declStandard = ds.toArray();
        d.declAssessment = new byte[da.size()];
        for (int i = 0; i < da.size(); i++) {
            d.declAssessment[i] = da.get(i);
        }
    }

    private void pools() {
        int n = tier.pools();
        int projects = tier.projects();
        d.poolId = new String[n];
        d.poolBinds = new int[n][];
        d.poolLicensors = new int[n][];
        IntList ppPool = new IntList();
        IntList ppPatent = new IntList();
        IntList ppSince = new IntList();
        IntList ppUntil = new IntList();
        int[] projectIndex = new int[projects];
        for (int s = 0, pr = 0; s < d.standardId.length; s++) {
            if (d.standardId[s].indexOf('.') < 0) {
                projectIndex[pr++] = s;
            }
        }
        int after = Dataset.day(2026, 1, 1);
        for (int i = 0; i < n; i++) {
            d.poolId[i] = String.format("pool-%04d", i);
            // 30% of the pools (at most HOT_POOLS) license a hot project: a standard has a handful of pools, not
            // hundreds; the rest are spread over all projects
            int project = i < Math.min(n * 0.3, HOT_POOLS) ? i % HOT : rnd.nextInt(projects);
            Set<Integer> binds = new TreeSet<>();
            binds.add(projectIndex[project]);
            if (rnd.nextDouble() < 0.2) {
                binds.add(rnd.nextInt(d.standardId.length));
            }
            d.poolBinds[i] = binds.stream().mapToInt(Integer::intValue).toArray();
            Set<Integer> licensors = new TreeSet<>();
            IntList units = unitsByProject.get(project);
            // a pool takes 10–50% of its project's declared families, but not more than about MAX_POOL_UNITS of them
            // (the biggest real pools hold ~20k patents)
            double q = Math.min(0.1 + 0.4 * rnd.nextDouble(), (double) MAX_POOL_UNITS / Math.max(1, units.size()));
            for (int k = 0; k < units.size(); k++) {
                if (rnd.nextDouble() >= q) {
                    continue;
                }
                int u = units.get(k);
                int from = unitStart.get(u);
                int to = unitEnd.get(u);
                int left = to - from > 1 && rnd.nextDouble() < 0.1 ? from + rnd.nextInt(to - from) : -1;
                int since = rnd.nextDouble() < 0.05 ? after + rnd.nextInt(300) : between(Dataset.day(2010, 1, 1),
                        Dataset.day(2024, 6, 30));
                int until = rnd.nextDouble() < 0.08 ? between(Math.max(since, Dataset.day(2018, 1, 1)),
                        Math.max(since, Dataset.day(2025, 3, 1))) : Dataset.OPEN_END;
                if (rnd.nextDouble() < 0.1) {
                    since = Dataset.OPEN_START;
                }
                for (int p = from; p < to; p++) {
                    if (p == left) {
                        continue; // one country of the family left out of the pool
                    }
                    ppPool.add(i);
                    ppPatent.add(p);
                    ppSince.add(since);
                    ppUntil.add(until);
                    for (int w : d.owners[p]) {
                        licensors.add(w);
                    }
                }
            }
            // a few patents that are essential to nothing the pool binds (red flags)
            int extra = 1 + units.size() / 100;
            for (int k = 0; k < extra; k++) {
                int p = rnd.nextInt(d.patentId.length);
                ppPool.add(i);
                ppPatent.add(p);
                ppSince.add(Dataset.day(2015, 1, 1));
                ppUntil.add(Dataset.OPEN_END);
                for (int w : d.owners[p]) {
                    licensors.add(w);
                }
            }
            d.poolLicensors[i] = licensors.stream().mapToInt(Integer::intValue).toArray();
        }
        // one IN_POOL edge per pool and patent: keep the first
        Set<Long> seen = new java.util.HashSet<>();
        IntList keep = new IntList(ppPool.size());
        for (int k = 0; k < ppPool.size(); k++) {
            if (seen.add(((long) ppPool.get(k) << 32) | ppPatent.get(k))) {
                keep.add(k);
            }
        }
        d.ppPool = new int[keep.size()];
        d.ppPatent = new int[keep.size()];
        d.ppSince = new int[keep.size()];
        d.ppUntil = new int[keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            int k = keep.get(j);
            d.ppPool[j] = ppPool.get(k);
            d.ppPatent[j] = ppPatent.get(k);
            d.ppSince[j] = ppSince.get(k);
            d.ppUntil[j] = ppUntil.get(k);
        }
        int clusters = Math.max(3, n / 5);
        d.clusterId = new String[clusters];
        List<Set<Integer>> members = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            d.clusterId[c] = String.format("cluster-%03d", c);
            members.add(new TreeSet<>());
        }
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < 0.6) {
                members.get(rnd.nextInt(clusters)).add(i);
                if (rnd.nextDouble() < 0.1) {
                    members.get(rnd.nextInt(clusters)).add(i);
                }
            }
        }
        d.clusterPools = members.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    // licences -------------------------------------------------------------------------------------------------

    private final List<String> lKind = new ArrayList<>();
    private final IntList lByPool = new IntList();
    private final IntList lGrantor = new IntList();
    private final List<int[]> lGrantees = new ArrayList<>();
    private final IntList lGranted = new IntList();
    private final IntList lExpires = new IntList();
    private final List<String[]> lTerritories = new ArrayList<>();
    private final IntList lSub = new IntList();
    private final IntList lAff = new IntList();
    private final List<int[][]> lScope = new ArrayList<>(); // patents, families, pools, portfolios

    private void license(String kind, boolean byPool, int grantor, int grantee, boolean sublicensable,
                         boolean affiliates, String[] territories, int[][] scope) {
        int granted = rnd.nextDouble() < 0.03 ? Dataset.OPEN_START : between(Dataset.day(2012, 1, 1),
                Dataset.day(2024, 12, 31));
        int base = granted == Dataset.OPEN_START ? Dataset.day(2020, 1, 1) : granted;
        int expires = rnd.nextDouble() < 0.05 ? Dataset.OPEN_END : base + 1825 + rnd.nextInt(1826);
        lKind.add(kind);
        lByPool.add(byPool ? 1 : 0);
        lGrantor.add(grantor);
        lGrantees.add(new int[] {grantee});
        lGranted.add(granted);
        lExpires.add(expires);
        lTerritories.add(territories);
        lSub.add(sublicensable ? 1 : 0);
        lAff.add(affiliates ? 1 : 0);
        lScope.add(scope);
    }

    private String[] territories(double probability) {
        if (rnd.nextDouble() >= probability) {
            return null;
        }
        Set<String> t = new TreeSet<>();
        int k = 1 + rnd.nextInt(3);
        for (int i = 0; i < k; i++) {
            t.add(JURISDICTIONS[rnd.nextInt(JURISDICTIONS.length)]);
        }
        return t.toArray(String[]::new);
    }

    /** Some of an owner's families (a lone patent without a family goes in as a patent). */
    private int[][] familiesOf(int owner, int max) {
        IntList units = unitsByOwner.get(owner);
        Set<Integer> fams = new TreeSet<>();
        Set<Integer> pats = new TreeSet<>();
        int k = 1 + rnd.nextInt(max);
        for (int i = 0; i < k && units.size() > 0; i++) {
            int u = units.get(rnd.nextInt(units.size()));
            int f = d.family[unitStart.get(u)];
            if (f >= 0) {
                fams.add(f);
            } else {
                pats.add(unitStart.get(u));
            }
        }
        return new int[][] {ints(pats), ints(fams), {}, {}};
    }

    private int[][] patentsOf(int owner, int max) {
        IntList units = unitsByOwner.get(owner);
        Set<Integer> pats = new TreeSet<>();
        int k = 1 + rnd.nextInt(max);
        for (int i = 0; i < k && units.size() > 0; i++) {
            int u = units.get(rnd.nextInt(units.size()));
            pats.add(unitStart.get(u) + rnd.nextInt(unitEnd.get(u) - unitStart.get(u)));
        }
        return new int[][] {ints(pats), {}, {}, {}};
    }

    private static int[] ints(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private int otherThan(int org) {
        int o = anyOrg();
        return o == org ? (org + 1) % tier.organizations() : o;
    }

    private void licenses() {
        int n = tier.licenses();
        int pools = tier.pools();
        while (lGrantor.size() < n) {
            double r = rnd.nextDouble();
            if (r < 0.40) {
                int pool = (int) (pools * Math.pow(rnd.nextDouble(), 2));
                license("POOL", true, pool, anyOrg(), false, true, territories(0.1),
                        new int[][] {{}, {}, {pool}, {}});
            } else if (r < 0.75) {
                int g = holder();
                double s = rnd.nextDouble();
                int[][] scope = s < 0.4 ? new int[][] {{}, {}, {}, {g}} : s < 0.8 ? familiesOf(g, 10) : patentsOf(g, 20);
                license("BILATERAL", false, g, otherThan(g), rnd.nextDouble() < 0.1, rnd.nextDouble() >= 0.15,
                        territories(0.2), scope);
            } else if (r < 0.85) {
                int a = holder();
                int b = otherThan(a);
                license("CROSS", false, a, b, false, true, null, new int[][] {{}, {}, {}, {a}});
                license("CROSS", false, b, a, false, true, null, new int[][] {{}, {}, {}, {b}});
            } else if (r < 0.97) {
                // a chain of sublicensable licences, 2 to 4 long: owner -> b -> c -> ... ; every link names the
                // owner's families or portfolio
                int owner = holder();
                int length = 2 + rnd.nextInt(3);
                int[][] scope = rnd.nextBoolean() ? new int[][] {{}, {}, {}, {owner}} : familiesOf(owner, 5);
                int grantor = owner;
                for (int k = 0; k < length; k++) {
                    int grantee = otherThan(grantor);
                    license("BILATERAL", false, grantor, grantee, k < length - 1, rnd.nextDouble() >= 0.1, null,
                            scope);
                    grantor = grantee;
                }
            } else {
                // a grantor without any right to what it licenses
                int owner = holder();
                int grantor = otherThan(owner);
                license("BILATERAL", false, grantor, otherThan(grantor), rnd.nextDouble() < 0.3, true, null,
                        rnd.nextBoolean() ? new int[][] {{}, {}, {}, {owner}} : familiesOf(owner, 5));
            }
        }
        int m = n; // a chain or cross pair drawn last may be cut short
        d.licId = new String[m];
        d.licKind = lKind.toArray(String[]::new);
        d.licByPool = new boolean[m];
        d.licGrantor = lGrantor.toArray();
        d.licGrantees = lGrantees.toArray(int[][]::new);
        d.licGranted = lGranted.toArray();
        d.licExpires = lExpires.toArray();
        d.licTerritories = lTerritories.toArray(String[][]::new);
        d.licSublicensable = new boolean[m];
        d.licAffiliates = new boolean[m];
        d.scopePatents = new int[m][];
        d.scopeFamilies = new int[m][];
        d.scopePools = new int[m][];
        d.scopePortfolios = new int[m][];
        for (int i = 0; i < m; i++) {
            d.licId[i] = String.format("LIC-%07d", i);
            d.licByPool[i] = lByPool.get(i) == 1;
            d.licSublicensable[i] = lSub.get(i) == 1;
            d.licAffiliates[i] = lAff.get(i) == 1;
            int[][] s = lScope.get(i);
            d.scopePatents[i] = s[0];
            d.scopeFamilies[i] = s[1];
            d.scopePools[i] = s[2];
            d.scopePortfolios[i] = s[3];
        }
    }
}
