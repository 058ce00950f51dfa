package org.sepgraph.queries.reference;

import static org.sepgraph.queries.reference.Fragments.group;
import static org.sepgraph.queries.reference.Fragments.heldOn;
import static org.sepgraph.queries.reference.Fragments.inForce;
import static org.sepgraph.queries.reference.Fragments.licenseInForce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Pages;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.OwnerCount;
import org.sepgraph.queries.reach.PatentRights;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachRequest;
import org.sepgraph.queries.reach.Route;

/**
 * The Reach question and its two reverses, Path and Practitioners (DESIGN.md "Reach").
 *
 * <p>Reach walks the licence graph backwards from the organisation, one round trip per depth over the frontier of
 * organisations that still need rights ({@link #HOLDINGS}), then fetches in one round trip the patents each licence
 * found includes and the patents the group owns ({@link #SCOPE}); the chains are solved in Java, patent by patent
 * ({@link Rights}). Path and Practitioners need one round trip ({@link #PATENT_RIGHTS}).
 */
public final class ReachQueries {

    /*
     * Plan (EXPLAIN, Neo4j 5.26): NodeUniqueIndexSeek(Organization.id) per frontier organisation
     * -> VarLengthExpand(Pruning, BFS) over AFFILIATE_OF (the group, each member once)
     * -> Optional(Expand(All) GRANTED_TO <- License, Filter on dates/affiliates/sublicensable)
     * -> Optional(Expand(All) GRANTED_BY) -> Projection.
     * Cost: O(Σ group sizes + licences held) per depth; never enumerates paths.
     */
    /** Reach, one depth: the licences in force that each organisation of $organizations holds. */
    public static final String HOLDINGS = """
            // the licences in force on $asOf each organisation of $organizations holds: granted to it, or to an
            // organisation of its group unless the licence says affiliates: false (only sublicensable ones past depth 1)
            UNWIND $organizations AS organizationId
            MATCH (o:Organization {id: organizationId})
            USING INDEX o:Organization(id)
            %2$s
            OPTIONAL MATCH (m)<-[:GRANTED_TO]-(l:License)-[:GRANTED_BY]->(g)
            WHERE (m = o OR coalesce(l.affiliates, true))
              AND (NOT $sublicensableOnly OR coalesce(l.sublicensable, false))
              AND %1$s
            RETURN o.id AS holder,
                   l.id AS license,
                   m.id AS grantee,
                   g.id AS grantor,
                   g:Pool AS byPool,
                   coalesce(l.sublicensable, false) AS sublicensable
            """.formatted(licenseInForce("l"), group("o", "m", 0));

    /*
     * Plan (EXPLAIN, Neo4j 5.26): Union of two branches, then RollUpApply(OWNS <-) for the owners.
     * Owned: NodeUniqueIndexSeek(Organization.id) -> VarLengthExpand(Pruning,BFS) AFFILIATE_OF -> Expand(All) OWNS
     * -> Filter(in force, territory) -> Sort -> EagerAggregation (the root per patent).
     * Licensed: Unwind $licenses -> NodeUniqueIndexSeek(License.id) -> Expand(All) GRANTED_BY -> Apply(Union of
     * Expand COVERS->Patent; COVERS->Family<-IN_FAMILY; COVERS->Pool<-IN_POOL(dated); COVERS->Organization ->
     * VarLengthExpand(Pruning,BFS) AFFILIATE_OF -> OWNS) -> Distinct(l, x) -> Filter(in force, territories) ->
     * Projection of the root (an EXISTS over IN_POOL for a pool grantor; for an organisation, the patent's owners
     * with an EXISTS AFFILIATE_OF check to the grantor, stopping at the first path).
     * Cost: O(owned + Σ |scope of each licence|) rows, each with O(owners) extra work.
     */
    /** Reach, scopes: what the group owns, and what each licence found includes, with who may license it at depth 0. */
    public static final String SCOPE = """
            // the patents in force on $asOf (in $territories) that the group of $organization owns (license null,
            // root = the owner, the organisation itself first), and that each licence of $licenses includes, limited
            // to its territories (root = the owner in the grantor's group or the pool, null when the grantor holds
            // no right of its own to license it)
            CALL () {
              MATCH (o:Organization {id: $organization})
              %3$s
              MATCH (m)-[:OWNS]->(x:Patent)
              WHERE %1$s
                AND (size($territories) = 0 OR x.jurisdiction IN $territories)
              WITH o, x, m
              ORDER BY CASE WHEN m = o THEN 0 ELSE 1 END, m.id
              WITH x, collect(m.id)[0] AS root
              RETURN null AS license, x, root
              UNION ALL
              UNWIND $licenses AS licenseId
              MATCH (l:License {id: licenseId})-[:GRANTED_BY]->(g)
              USING INDEX l:License(id)
              CALL (l) {
                MATCH (l)-[:COVERS]->(x:Patent)
                RETURN x
                UNION
                MATCH (l)-[:COVERS]->(:Family)<-[:IN_FAMILY]-(x:Patent)
                RETURN x
                UNION
                MATCH (l)-[:COVERS]->(:Pool)<-[r:IN_POOL]-(x:Patent)
                WHERE %2$s
                RETURN x
                UNION
                MATCH (l)-[:COVERS]->(c:Organization)
                %4$s
                MATCH (m)-[:OWNS]->(x:Patent)
                RETURN x
              }
              WITH l, g, x
              WHERE %1$s
                AND (size($territories) = 0 OR x.jurisdiction IN $territories)
                AND (l.territories IS NULL OR x.jurisdiction IN l.territories)
              RETURN l.id AS license, x,
                     CASE WHEN g:Pool
                       THEN CASE WHEN EXISTS {
                              MATCH (x)-[r:IN_POOL]->(g)
                              WHERE %2$s
                            } THEN g.id END
                       ELSE COLLECT {
                              MATCH (x)<-[:OWNS]-(w:Organization)
                              WHERE w = g OR EXISTS { (w)-[:AFFILIATE_OF*]-(g) }
                              RETURN w.id AS owner
                              ORDER BY CASE WHEN w = g THEN 0 ELSE 1 END, owner
                            }[0]
                     END AS root
            }
            RETURN license,
                   x.id AS patent,
                   [(x)-[:IN_FAMILY]->(f:Family) | f.id][0] AS family,
                   [(x)<-[:OWNS]-(w:Organization) | w.id] AS owners,
                   x.expires IS NULL AS unknownExpiry,
                   root
            """.formatted(inForce("x"), heldOn("r"), group("o", "m", 2), group("c", "m", 4));

    /*
     * Plan: NodeUniqueIndexSeek(Patent.id) -> Apply(owners' groups: Expand OWNS -> VarLengthExpand(Pruning)
     * AFFILIATE_OF) -> Apply(pools: Expand IN_POOL, Filter dates) -> Apply(Union of the four reverse scope
     * expansions to License, Distinct, Filter dates/territories, Expand GRANTED_BY, Apply(grantees' groups)
     * -> EagerAggregation). One row. Cost: O(licences including the patent × their holders).
     */
    /** Practitioners and Path: everything that decides who may practise $patent on $asOf. */
    public static final String PATENT_RIGHTS = """
            // who may license and practise $patent on $asOf: whether it is in force, each organisation of an owner's
            // group with that owner, the pools holding it, and every licence in force whose scope includes it (limited
            // to its territories) with its grantor and the organisations that hold it through a grantee
            CALL db.index.fulltext.queryNodes('patent_numbers', $term) YIELD node AS x
            WITH x
            ORDER BY x.id = $patent DESC, x.id
            LIMIT 1
            CALL (x) {
              OPTIONAL MATCH (x)<-[:OWNS]-(w:Organization)
              OPTIONAL %4$s
              RETURN collect([m.id, w.id]) AS owning
            }
            CALL (x) {
              OPTIONAL MATCH (x)-[r:IN_POOL]->(p:Pool)
              WHERE %2$s
              RETURN collect(p.id) AS pools
            }
            CALL (x) {
              OPTIONAL CALL (x) {
                MATCH (x)<-[:COVERS]-(l:License)
                RETURN l
                UNION
                MATCH (x)-[:IN_FAMILY]->(:Family)<-[:COVERS]-(l:License)
                RETURN l
                UNION
                MATCH (x)-[r:IN_POOL]->(:Pool)<-[:COVERS]-(l:License)
                WHERE %2$s
                RETURN l
                UNION
                MATCH (x)<-[:OWNS]-(w:Organization)
                %5$s
                MATCH (c)<-[:COVERS]-(l:License)
                RETURN l
              }
              WITH x, l
              WHERE l IS NOT NULL
                AND %3$s
                AND (l.territories IS NULL OR x.jurisdiction IN l.territories)
              MATCH (l)-[:GRANTED_BY]->(g)
              CALL (l) {
                MATCH (l)-[:GRANTED_TO]->(e:Organization)
                %6$s
                WITH e, m
                WHERE m = e OR coalesce(l.affiliates, true)
                RETURN collect([m.id, e.id]) AS holders
              }
              RETURN collect({license: l.id, grantor: g.id, byPool: g:Pool,
                              sublicensable: coalesce(l.sublicensable, false), holders: holders}) AS grants
            }
            RETURN x.id AS patent,
                   [(x)-[:IN_FAMILY]->(f:Family) | f.id][0] AS family,
                   %1$s AS inForce,
                   owning, pools, grants,
                   $organization IS NOT NULL AND EXISTS { MATCH (:Organization {id: $organization}) } AS knownOrganization
            """.formatted(inForce("x"), heldOn("r"), licenseInForce("l"), group("w", "m", 2), group("w", "c", 4), group("e", "m", 4));

    private final GraphStore store;

    public ReachQueries(GraphStore store) {
        this.store = store;
    }

    /**
     * Reach(organization, asOf, maxDepth, territories, unit). Unknown organisation: NotFound("id").
     * Cost: (depths used) + 1 round trips; O(licences in the backward closure + Σ their scopes) rows.
     */
    public Reach reach(ReachRequest q) {
        String org = q.organization();
        LocalDate date = q.asOf();
        int depth = q.maxDepth();
        Set<String> terr = q.territories();
        Unit u = q.unit();
        Page.Request p = q.page();
        Reached reached = store.read(tx -> reached(tx, org, date, depth, terr, "id"));

        List<Chain> chains = reached.chains();
        Map<String, String> memberOf = new HashMap<>();
        for (Chain c : chains) {
            memberOf.put(c.patent(), memberKey(u, c));
        }
        // byRoute: each member once, under the best route of its patents
        Map<String, Route> best = new HashMap<>();
        for (Chain c : chains) {
            best.merge(memberOf.get(c.patent()), c.route(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        EnumMap<Route, Long> byRoute = new EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            byRoute.put(r, 0L);
        }
        best.values().forEach(r -> byRoute.merge(r, 1L, Long::sum));
        // byOwner: distinct members per owner
        Map<String, Set<String>> perOwner = new TreeMap<>();
        for (Chain c : chains) {
            for (String owner : reached.owners().getOrDefault(c.patent(), List.of())) {
                perOwner.computeIfAbsent(owner, k -> new HashSet<>()).add(memberOf.get(c.patent()));
            }
        }
        List<OwnerCount> byOwner = ranked(perOwner);
        long unknown = chains.stream().filter(c -> reached.unknownExpiry().contains(c.patent())).count();
        return new Reach(org, date, depth, terr, u, best.size(), unknown,
                Collections.unmodifiableMap(byRoute), byOwner, Pages.of(chains, p));
    }

    /**
     * Path(from, to): the one shortest chain of at most maxDepth licences by which {@code organization} may practise
     * {@code patent} on asOf. NotFound("from") for an unknown organisation, NotFound("to") for an unknown patent or
     * when no chain exists. Cost: one round trip, O(licences including the patent × holders).
     */
    public Chain path(PathRequest q) {
        String org = q.from();
        LocalDate date = q.asOf();
        int depth = q.maxDepth();
        PatentRights rights = store.read(tx -> patentRights(tx, q.to(), date, org, "to"));
        String pat = rights.rights().patent();
        if (!rights.knownOrganization()) {
            throw new NotFound("from", "no organization with id '" + org + "'");
        }
        if (!rights.inForce()) {
            throw new NotFound("to", "patent '" + pat + "' is not in force on " + date
                    + ", so no chain lets '" + org + "' practise it");
        }
        return rights.rights().chain(org, depth).orElseThrow(() -> new NotFound("to",
                "no chain of at most " + depth + " licences lets '" + org + "' practise '" + pat + "' on " + date));
    }

    /**
     * Practitioners(patent): every organisation whose reach (maxDepth) contains the patent on asOf, by id, each
     * with its chain. Unknown patent: NotFound("id"). Cost: one round trip, O(licences including it × holders).
     */
    public Practitioners practitioners(PractitionersRequest q) {
        LocalDate date = q.asOf();
        int depth = q.maxDepth();
        Page.Request p = q.page();
        PatentRights rights = store.read(tx -> patentRights(tx, q.patent(), date, null, "id"));
        String pat = rights.rights().patent();
        List<Chain> all = rights.inForce() ? rights.rights().practitioners(depth) : List.of();
        return new Practitioners(pat, date, depth, rights.inForce(), Pages.of(all, p));
    }

    /** The patents an organisation reaches, with their owners and which have no expiry date; for Coverage. */
    public record Reached(List<Chain> chains, Map<String, List<String>> owners, Set<String> unknownExpiry) {}

    /**
     * Reach solved inside a caller's transaction (Coverage's licensee mode uses it). Chains are ordered by patent id.
     *
     * @param missingField the field NotFound names when the organisation does not exist
     */
    public static Reached reached(TransactionContext tx, String organization, LocalDate asOf, int maxDepth,
                                  Set<String> territories, String missingField) {
        // 1. the backward closure: licences held by the organisation, then the sublicensable licences held by the
        //    grantors found, one depth per round trip, each organisation expanded once
        Map<String, Map<String, Set<String>>> granteesByHolder = new HashMap<>(); // licence -> holder -> grantees
        Map<String, Party> grantorOf = new HashMap<>();
        Map<String, Boolean> sublicensable = new HashMap<>();
        Set<String> expanded = new HashSet<>();
        List<String> frontier = List.of(organization);
        boolean known = false;
        for (int level = 1; !frontier.isEmpty() && level <= Math.max(1, maxDepth); level++) {
            List<Record> rows = tx.run(HOLDINGS, Map.of("organizations", frontier, "asOf", asOf,
                    "sublicensableOnly", level > 1)).list();
            expanded.addAll(frontier);
            Set<String> next = new TreeSet<>();
            for (Record r : rows) {
                known = true;
                String license = r.get("license").asString(null);
                if (license == null || maxDepth == 0) {
                    continue;
                }
                granteesByHolder.computeIfAbsent(license, k -> new HashMap<>())
                        .computeIfAbsent(r.get("holder").asString(), k -> new HashSet<>())
                        .add(r.get("grantee").asString());
                Party grantor = new Party(r.get("byPool").asBoolean(false), r.get("grantor").asString());
                grantorOf.put(license, grantor);
                sublicensable.put(license, r.get("sublicensable").asBoolean(false));
                if (!grantor.pool() && !expanded.contains(grantor.id())) {
                    next.add(grantor.id());
                }
            }
            if (level == 1 && !known) {
                throw new NotFound(missingField, "no organization with id '" + organization + "'");
            }
            frontier = List.copyOf(next);
        }
        Map<String, Grant> grants = new HashMap<>();
        granteesByHolder.forEach((license, holders) -> grants.put(license, new Grant(license, grantorOf.get(license),
                sublicensable.get(license), Rights.preferSelf(holders))));

        // 2. one round trip for the scopes and the owned patents
        List<Record> rows = tx.run(SCOPE, Map.of("organization", organization, "licenses",
                new ArrayList<>(new TreeSet<>(grants.keySet())), "asOf", asOf,
                "territories", new ArrayList<>(new TreeSet<>(territories)))).list();
        Map<String, Map<Party, String>> base = new HashMap<>();
        Map<String, List<Grant>> including = new HashMap<>();
        Map<String, String> family = new HashMap<>();
        Map<String, List<String>> owners = new HashMap<>();
        Set<String> unknownExpiry = new HashSet<>();
        for (Record r : rows) {
            String patent = r.get("patent").asString();
            String license = r.get("license").asString(null);
            String root = r.get("root").asString(null);
            family.put(patent, r.get("family").asString(null));
            owners.computeIfAbsent(patent, k -> r.get("owners").asList(Value::asString).stream().sorted().toList());
            if (r.get("unknownExpiry").asBoolean(false)) {
                unknownExpiry.add(patent);
            }
            Map<Party, String> b = base.computeIfAbsent(patent, k -> new HashMap<>());
            if (license == null) {
                b.put(Party.organization(organization), root);
            } else {
                Grant g = grants.get(license);
                including.computeIfAbsent(patent, k -> new ArrayList<>()).add(g);
                if (root != null) {
                    b.put(g.grantor(), root);
                }
            }
        }
        // 3. the chains, patent by patent
        List<Chain> chains = new ArrayList<>();
        for (String patent : new TreeSet<>(base.keySet())) {
            Rights rights = new Rights(patent, family.get(patent), base.get(patent),
                    including.getOrDefault(patent, List.of()));
            rights.chain(organization, maxDepth).ifPresent(chains::add);
        }
        return new Reached(chains, owners, unknownExpiry);
    }

    /** What PATENT_RIGHTS answers, solved. */
    record PatentRights(Rights rights, boolean inForce, boolean knownOrganization, List<String> pools) {}

    static PatentRights patentRights(TransactionContext tx, String patent, LocalDate asOf, String organization,
                                     String missingField) {
        Map<String, Object> params = new HashMap<>(Nodes.patentNumber(missingField, patent));
        params.put("patent", params.get("id"));
        params.put("asOf", asOf);
        params.put("organization", organization);
        List<Record> rows = tx.run(PATENT_RIGHTS, params).list();
        if (rows.isEmpty()) {
            throw new NotFound(missingField, "no patent with id '" + patent + "'");
        }
        Record r = rows.get(0);
        Map<Party, String> base = new HashMap<>();
        // each member of an owner's group answers for an owner: itself if it owns, else the smallest owner id
        Map<String, Set<String>> ownersByMember = new HashMap<>();
        for (Value pair : r.get("owning").values()) {
            if (pair.get(0).isNull()) {
                continue;
            }
            ownersByMember.computeIfAbsent(pair.get(0).asString(), k -> new TreeSet<>()).add(pair.get(1).asString());
        }
        Rights.preferSelf(ownersByMember).forEach((m, owner) -> base.put(Party.organization(m), owner));
        List<String> pools = r.get("pools").asList(Value::asString);
        pools.forEach(pool -> base.put(Party.pool(pool), pool));
        List<Grant> grants = new ArrayList<>();
        for (Value g : r.get("grants").values()) {
            Map<String, Set<String>> holders = new HashMap<>();
            for (Value pair : g.get("holders").values()) {
                holders.computeIfAbsent(pair.get(0).asString(), k -> new HashSet<>()).add(pair.get(1).asString());
            }
            grants.add(new Grant(g.get("license").asString(),
                    new Party(g.get("byPool").asBoolean(false), g.get("grantor").asString()),
                    g.get("sublicensable").asBoolean(false), Rights.preferSelf(holders)));
        }
        Rights rights = new Rights(r.get("patent").asString(), r.get("family").asString(null), base, grants);
        return new PatentRights(rights, r.get("inForce").asBoolean(false), r.get("knownOrganization").asBoolean(false),
                pools);
    }

    static String memberKey(Unit unit, Chain c) {
        return unit == Unit.FAMILY && c.family() != null ? "F:" + c.family() : "P:" + c.patent();
    }

    /** Counts by key, ranked by count (highest first), then by key. */
    static List<OwnerCount> ranked(Map<String, Set<String>> perOwner) {
        List<OwnerCount> out = new ArrayList<>();
        perOwner.forEach((owner, members) -> out.add(new OwnerCount(owner, members.size())));
        out.sort(Comparator.comparingLong(OwnerCount::count).reversed().thenComparing(OwnerCount::owner));
        return out;
    }
}
