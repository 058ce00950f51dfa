package org.sepgraph.queries.reference;

import static org.sepgraph.queries.reference.Fragments.group;
import static org.sepgraph.queries.reference.Fragments.licenseInForce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Pages;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageItem;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.coverage.Holdout;
import org.sepgraph.queries.coverage.LicenseCount;
import org.sepgraph.queries.coverage.PatentCoverage;
import org.sepgraph.queries.coverage.PoolCount;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reference.EssentialSet.Essential;

/**
 * The Coverage question (DESIGN.md "Coverage").
 *
 * <p>Without a licensee: two round trips. {@link EssentialSet#ESSENTIAL} gives E with, for each member, the scopes
 * that can include it (the patent, its family, the pools holding it, the organisations of its owners' groups);
 * {@link #LICENSES} then fetches once the licences in force naming any of those scopes. Licences that cannot pass
 * rights on and share grantor, territories and scope (a pool's thousands of identical licences) are solved once as a
 * class; each member of E is then solved on its own ({@link Rights}, chains of at most 3).
 *
 * <p>With a licensee: E, then Reach of the licensee (maxDepth 3, same date and territories), intersected.
 */
public final class CoverageQueries {

    /*
     * Plan (EXPLAIN, Neo4j 5.26): Union of four NodeUniqueIndexSeek(id IN list) -> Expand(All) COVERS <-
     * License -> Distinct -> Filter(dates) -> Expand(All) GRANTED_BY -> Projection (scope: one GetDegree-sized
     * expansion; holders: only for sublicensable licences, Expand GRANTED_TO -> VarLengthExpand(Pruning)).
     * Cost: O(|targets| + licences found × their scope size).
     */
    /*
     * The index hints pin the seeks: planned right after a large import, before statistics caught up, an
     * UNWIND-and-match form of this statement was once planned as a full Patent(id) index scan per listed id and
     * kept in the query cache (150 s instead of 0.25 s; found by the benchmark at the medium tier).
     */
    /** Coverage, licences: every licence in force naming a scope that can include a member of E. */
    public static final String LICENSES = """
            // the licences in force on $asOf whose scope names one of $patents, $families, $pools or $organizations;
            // each with its grantor, territories, whether sublicensable, every scope it names, and (sublicensable
            // ones) the organisations that hold it: its grantees and, unless affiliates is false, their groups
            CALL () {
              MATCH (x:Patent)<-[:COVERS]-(l:License)
              USING INDEX x:Patent(id)
              WHERE x.id IN $patents
              RETURN l
              UNION
              MATCH (f:Family)<-[:COVERS]-(l:License)
              USING INDEX f:Family(id)
              WHERE f.id IN $families
              RETURN l
              UNION
              MATCH (p:Pool)<-[:COVERS]-(l:License)
              USING INDEX p:Pool(id)
              WHERE p.id IN $pools
              RETURN l
              UNION
              MATCH (o:Organization)<-[:COVERS]-(l:License)
              USING INDEX o:Organization(id)
              WHERE o.id IN $organizations
              RETURN l
            }
            WITH l
            WHERE %1$s
            MATCH (l)-[:GRANTED_BY]->(g)
            RETURN l.id AS license,
                   g.id AS grantor,
                   g:Pool AS byPool,
                   l.territories AS territories,
                   coalesce(l.sublicensable, false) AS sublicensable,
                   [(l)-[:COVERS]->(t) | CASE WHEN t:Patent THEN 'P:' WHEN t:Family THEN 'F:'
                                              WHEN t:Pool THEN 'L:' ELSE 'O:' END + t.id] AS scope,
                   CASE WHEN coalesce(l.sublicensable, false) THEN COLLECT {
                     MATCH (l)-[:GRANTED_TO]->(e:Organization)
                     %2$s
                     WITH e, m
                     WHERE m = e OR coalesce(l.affiliates, true)
                     RETURN DISTINCT m.id
                   } ELSE [] END AS holders
            """.formatted(licenseInForce("l"), group("e", "m", 9));

    private final GraphStore store;

    public CoverageQueries(GraphStore store) {
        this.store = store;
    }

    /**
     * Coverage(standard, asOf, territories, licensee, unit). Unknown standard: NotFound("id"); unknown licensee:
     * NotFound("licensee"). Both item lists are paged with {@code page}, ordered by member id.
     * Cost: two round trips without a licensee (rows ≈ |E| + licences naming its scopes), plus Reach's with one;
     * then O(|E| × scopes per member) in Java.
     */
    public Coverage coverage(CoverageRequest q) {
        return store.read(tx -> {
            EssentialSet e = EssentialSet.load(tx, q.standard(), q.asOf(), q.territories());
            Map<String, Covering> how = q.licensee() == null ? everyone(tx, e, q.asOf())
                    : licensee(tx, e, q.asOf(), q.territories(), q.licensee());
            return answer(e, q.asOf(), q.territories(), q.licensee(), q.unit(), how, q.page());
        });
    }

    /**
     * How one patent of E is covered: pools, and licences as groups that share one credit (a licence class without a
     * licensee, one licence with), kept unexpanded so a pool's thousands of licences cost one entry per patent.
     */
    private record Covering(Essential patent, boolean covered, List<String> pools, List<Credit> credits,
                            List<String> licenses, Chain chain) {}

    /** Licences credited together: they cover exactly the same patents of E. Identity semantics. */
    private static final class Credit {
        final SortedSet<String> licenses = new TreeSet<>();
    }

    /** How each member of E is covered for everyone: pools holding it, licences lawfully including it. */
    private static Map<String, Covering> everyone(TransactionContext tx, EssentialSet e, LocalDate asOf) {
        Set<String> patents = new TreeSet<>();
        Set<String> families = new TreeSet<>();
        Set<String> pools = new TreeSet<>();
        Set<String> organizations = new TreeSet<>();
        for (Essential x : e.patents()) {
            patents.add(x.patent());
            if (x.family() != null) {
                families.add(x.family());
            }
            pools.addAll(x.pools());
            organizations.addAll(x.portfolio());
        }
        Map<String, Object> params = Map.of("patents", List.copyOf(patents), "families", List.copyOf(families),
                "pools", List.copyOf(pools), "organizations", List.copyOf(organizations), "asOf", asOf);
        List<Record> rows = patents.isEmpty() ? List.of() : tx.run(LICENSES, params).list();

        // licence classes: licences that cannot pass rights on and share grantor, territories and scope are solved once
        Map<List<Object>, LicenseClass> classes = new HashMap<>();
        Map<String, List<LicenseClass>> byScope = new HashMap<>();
        for (Record r : rows) {
            Party grantor = new Party(r.get("byPool").asBoolean(false), r.get("grantor").asString());
            List<String> territories = r.get("territories").isNull() ? null
                    : List.copyOf(new TreeSet<>(r.get("territories").asList(Value::asString)));
            List<String> scope = List.copyOf(new TreeSet<>(r.get("scope").asList(Value::asString)));
            String license = r.get("license").asString();
            boolean sub = r.get("sublicensable").asBoolean(false);
            List<Object> key = sub ? List.of(license) : Arrays.asList(grantor, territories, scope);
            LicenseClass c = classes.get(key);
            if (c == null) {
                Map<String, String> holders = new HashMap<>();
                if (sub) {
                    r.get("holders").asList(Value::asString).forEach(h -> holders.put(h, h));
                }
                c = new LicenseClass(new Grant("#" + classes.size(), grantor, sub, holders),
                        territories == null ? null : Set.copyOf(territories), new Credit());
                classes.put(key, c);
                for (String target : scope) {
                    byScope.computeIfAbsent(target, k -> new ArrayList<>()).add(c);
                }
            }
            c.credit().licenses.add(license);
        }

        Map<String, Covering> out = new HashMap<>();
        for (Essential x : e.patents()) {
            Set<LicenseClass> candidates = new LinkedHashSet<>();
            List<String> targets = new ArrayList<>();
            targets.add("P:" + x.patent());
            if (x.family() != null) {
                targets.add("F:" + x.family());
            }
            x.pools().forEach(p -> targets.add("L:" + p));
            x.portfolio().forEach(o -> targets.add("O:" + o));
            for (String t : targets) {
                for (LicenseClass c : byScope.getOrDefault(t, List.of())) {
                    if (c.territories() == null || c.territories().contains(x.jurisdiction())) {
                        candidates.add(c);
                    }
                }
            }
            Map<Party, String> base = new HashMap<>();
            x.portfolio().forEach(o -> base.put(Party.organization(o), o));
            x.pools().forEach(p -> base.put(Party.pool(p), p));
            Map<String, LicenseClass> byGrant = new HashMap<>();
            candidates.forEach(c -> byGrant.put(c.grant().license(), c));
            Rights rights = new Rights(x.patent(), x.family(), base,
                    candidates.stream().map(LicenseClass::grant).toList());
            List<Credit> credits = new ArrayList<>();
            for (String g : rights.lawfulLicenses(Params.COVERAGE_DEPTH)) {
                credits.add(byGrant.get(g).credit());
            }
            boolean covered = !x.pools().isEmpty() || !credits.isEmpty();
            out.put(x.patent(), new Covering(x, covered, x.pools(), credits, null, null));
        }
        return out;
    }

    /** Licences solved together: the grant stands for all of them. Identity semantics. */
    private record LicenseClass(Grant grant, Set<String> territories, Credit credit) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** How each member of E is covered for one licensee: its chain, if Reach (maxDepth 3) has one. */
    private static Map<String, Covering> licensee(TransactionContext tx, EssentialSet e, LocalDate asOf,
                                                  Set<String> territories, String licensee) {
        ReachQueries.Reached reached = ReachQueries.reached(tx, licensee, asOf, Params.COVERAGE_DEPTH, territories,
                "licensee");
        Map<String, Chain> chains = new HashMap<>();
        reached.chains().forEach(c -> chains.put(c.patent(), c));
        Map<String, Credit> byFirst = new HashMap<>();
        Map<String, Covering> out = new HashMap<>();
        for (Essential x : e.patents()) {
            Chain c = chains.get(x.patent());
            List<String> pools = c != null && rootIsPool(c) ? List.of(c.root()) : List.of();
            // a chain is credited to the licence the licensee's group holds: the first of the chain
            List<Credit> credits = c == null || c.licenses().isEmpty() ? List.of()
                    : List.of(byFirst.computeIfAbsent(c.licenses().get(0), l -> {
                        Credit credit = new Credit();
                        credit.licenses.add(l);
                        return credit;
                    }));
            out.put(x.patent(), new Covering(x, c != null, pools, credits, c == null ? List.of() : c.licenses(), c));
        }
        return out;
    }

    private static boolean rootIsPool(Chain c) {
        return "IN_POOL".equals(c.path().get(c.path().size() - 1).via());
    }

    private static Coverage answer(EssentialSet e, LocalDate asOf, Set<String> territories, String licensee, Unit unit,
                                   Map<String, Covering> how, Page.Request page) {
        Members members = e.members(unit);
        Set<String> coveredPatents = new HashSet<>();
        how.values().stream().filter(Covering::covered).forEach(c -> coveredPatents.add(c.patent().patent()));

        Map<String, Set<String>> perPool = new TreeMap<>();
        Map<Credit, Set<String>> perCredit = new HashMap<>();
        for (Covering c : how.values()) {
            c.pools().forEach(p -> perPool.computeIfAbsent(p, k -> new HashSet<>()).add(c.patent().patent()));
            c.credits().forEach(k -> perCredit.computeIfAbsent(k, x -> new HashSet<>()).add(c.patent().patent()));
        }
        List<PoolCount> byPool = ranked(perPool, members, PoolCount::new);
        List<LicenseCount> byLicense = new ArrayList<>();
        perCredit.forEach((credit, patents) -> {
            long n = members.count(patents);
            credit.licenses.forEach(l -> byLicense.add(new LicenseCount(l, n)));
        });
        byLicense.sort(Comparator.comparingLong(LicenseCount::covered).reversed()
                .thenComparing(LicenseCount::license));

        List<Member> covered = new ArrayList<>();
        List<Member> uncovered = new ArrayList<>();
        Map<String, Set<String>> holdouts = new TreeMap<>();
        for (Member m : members.all()) {
            boolean isCovered = Members.credited(m, coveredPatents::contains);
            (isCovered ? covered : uncovered).add(m);
            if (!isCovered) {
                for (String p : m.patents()) {
                    if (!coveredPatents.contains(p)) {
                        how.get(p).patent().owners().forEach(o -> holdouts.computeIfAbsent(o, k -> new HashSet<>())
                                .add(m.kind() + ":" + m.id()));
                    }
                }
            }
        }
        List<Holdout> ranked = new ArrayList<>();
        holdouts.forEach((o, ms) -> ranked.add(new Holdout(o, ms.size())));
        ranked.sort(Comparator.comparingLong(Holdout::count).reversed().thenComparing(Holdout::holder));

        long essential = members.size();
        return new Coverage(e.standard(), asOf, territories, licensee, unit, essential, covered.size(),
                uncovered.size(), Members.share(covered.size(), essential), e.unknownExpiry(), byPool, byLicense,
                ranked, items(Pages.of(covered, page), how, true), items(Pages.of(uncovered, page), how, false));
    }

    /** The items of one page, with licence classes expanded to licence ids (only here, for the page shown). */
    private static Page<CoverageItem> items(Page<Member> page, Map<String, Covering> how, boolean covered) {
        List<CoverageItem> items = new ArrayList<>();
        for (Member m : page.items()) {
            List<PatentCoverage> patents = new ArrayList<>();
            for (String p : m.patents()) {
                Covering c = how.get(p);
                List<String> licenses = c.licenses();
                if (licenses == null) {
                    SortedSet<String> all = new TreeSet<>();
                    c.credits().forEach(k -> all.addAll(k.licenses));
                    licenses = List.copyOf(all);
                }
                Essential x = c.patent();
                patents.add(new PatentCoverage(x.patent(), x.jurisdiction(), x.owners(), c.covered(), c.pools(),
                        licenses, c.chain()));
            }
            items.add(new CoverageItem(m.id(), m.kind(), covered, patents));
        }
        return new Page<>(items, page.total(), page.page(), page.size());
    }

    private static <T> List<T> ranked(Map<String, Set<String>> perKey, Members members,
                                      BiFunction<String, Long, T> make) {
        record Count(String key, long count) {}
        List<Count> counts = new ArrayList<>();
        perKey.forEach((k, patents) -> counts.add(new Count(k, members.count(patents))));
        counts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key));
        return counts.stream().map(c -> make.apply(c.key(), c.count())).toList();
    }
}
