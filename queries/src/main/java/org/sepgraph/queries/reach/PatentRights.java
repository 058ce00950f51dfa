package org.sepgraph.queries.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sepgraph.queries.engine.Adjacency;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.LicenseIndex;
import org.sepgraph.queries.engine.Snapshot;

/**
 * Who may license and who may practise one patent on one day (DESIGN.md "the rights chain"), on a snapshot. Rights
 * to different patents never interact, so every question solves patent by patent.
 *
 * <p>Depth 0: every organisation of an owner's group, and every pool holding the patent. Depth d + 1: the holders
 * of a sublicensable licence in force whose scope includes the patent (in its territories) and whose grantor has
 * depth d. A licence is held by each grantee and, unless it says {@code affiliates: false}, by every organisation of
 * a grantee's group. The chain shown for an organisation: fewest licences; for one licence an organisation's
 * (LICENSED) before a pool's (POOL); then the smallest licence id at each step from the organisation's end. Root: the
 * pool, or the owner in the last grantor's group (itself when it owns, else the smallest owner id).
 *
 * <p>Parties are ints: organisation o is o, pool p is {@code -(p + 1)}. Cost: O(licences including the patent ×
 * holders) for the depths; a chain O(maxDepth × licences held).
 */
public final class PatentRights {
    private final Snapshot s;
    private final int patent;
    private final int day;
    private final int jurisdiction;
    private final int[] owners;
    private final int[] pools;
    private final int family;
    // the licence classes including the patent and the sublicensable ones in force among them: found on first use
    // (a patent the organisation's group owns, or one a held licence gives at depth 0, never needs them)
    private int[] classes; // sorted
    private int[] sublicensable; // in class order: the depths do not depend on the order
    private int[] sublicensableById; // sorted on first use: only a chain's explanation needs the order
    private final Map<Integer, Integer> base = new HashMap<>();
    // per depth limit: the parties of depth 1 .. limit (those of depth 0 are base's keys)
    private final Map<Integer, Map<Integer, Integer>> deeper = new HashMap<>();

    public PatentRights(Snapshot s, int patent, int day) {
        this.s = s;
        this.patent = patent;
        this.day = day;
        this.jurisdiction = s.jurisdiction(patent);
        EdgeTable owns = s.owns();
        Ints o = new Ints();
        for (int p = owns.in().begin(patent); p < owns.in().end(patent); p++) {
            int w = owns.from(owns.in().value(p));
            if (s.organizations().alive(w)) {
                o.add(w);
            }
        }
        owners = o.toArray();
        EdgeTable inPool = s.inPool();
        Ints held = new Ints();
        for (int p = inPool.out().begin(patent); p < inPool.out().end(patent); p++) {
            int e = inPool.out().value(p);
            if (s.heldOn(e, day) && s.pools().alive(inPool.to(e))) {
                held.add(inPool.to(e));
            }
        }
        pools = Arrays.stream(held.toArray()).distinct().toArray();
        // depth 0: the owners' groups (each member answering for the owner in it: itself, else the smallest id)
        for (int w : owners) {
            Adjacency members = s.groups().members();
            int g = s.groups().of(w);
            for (int p = members.begin(g); p < members.end(g); p++) {
                int m = members.value(p);
                Integer known = base.get(m);
                if (known == null || (known != m && (w == m || smaller(w, known)))) {
                    base.put(m, w);
                }
            }
        }
        for (int pool : pools) {
            base.put(pool(pool), pool(pool));
        }
        family = s.family(patent);
    }

    /** The licence classes whose scope names the patent, its family, a pool holding it, or an owner's group. */
    private int[] solveClasses() {
        if (classes != null) {
            return classes;
        }
        LicenseIndex index = s.licenseIndex();
        Ints found = new Ints();
        add(found, index.byPatent(), patent);
        if (family >= 0) {
            add(found, index.byFamily(), family);
        }
        for (int pool : pools) {
            add(found, index.byPool(), pool);
        }
        for (int m : base.keySet()) {
            if (m >= 0) {
                add(found, index.byOrganization(), m);
            }
        }
        int[] all = found.toArray();
        Arrays.sort(all);
        Ints kept = new Ints();
        Ints subs = new Ints();
        for (int i = 0; i < all.length; i++) {
            int c = all[i];
            if (i > 0 && all[i - 1] == c) {
                continue;
            }
            int l = index.representative(c);
            if (!s.licenseIncludesJurisdiction(l, jurisdiction)) {
                continue; // limited to territories without the patent's jurisdiction
            }
            kept.add(c);
            if (s.sublicensable(l) && s.licenseInForce(l, day)) {
                subs.add(l);
            }
        }
        sublicensable = subs.toArray();
        classes = kept.toArray();
        return classes;
    }

    private static void add(Ints found, Adjacency byTarget, int target) {
        for (int p = byTarget.begin(target); p < byTarget.end(target); p++) {
            found.add(byTarget.value(p));
        }
    }

    /** Whether a party may license the patent at depth 0 (a key of base), without boxing: held for every licence. */
    private boolean depthZero(int party) {
        if (party >= 0) {
            if (!s.organizations().alive(party)) {
                return false;
            }
            for (int w : owners) {
                if (s.groups().same(party, w)) {
                    return true;
                }
            }
            return false;
        }
        if (party == Integer.MIN_VALUE) {
            return false;
        }
        for (int pool : pools) {
            if (pool(pool) == party) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether licence {@code l}'s own scope includes the patent, read from the licence (what its class's entry in
     * {@link #classes()} says, without finding every class): it names the patent, its family, a pool holding it on
     * the day, or an organisation of an owner's group, and its territories, if any, include the patent's.
     */
    private boolean scopeIncludes(int l) {
        if (!s.licenseIncludesJurisdiction(l, jurisdiction)) {
            return false;
        }
        Adjacency named = s.scopePatents();
        for (int p = named.begin(l); p < named.end(l); p++) {
            if (named.value(p) == patent) {
                return true;
            }
        }
        if (family >= 0) {
            named = s.scopeFamilies();
            for (int p = named.begin(l); p < named.end(l); p++) {
                if (named.value(p) == family) {
                    return true;
                }
            }
        }
        named = s.scopePools();
        for (int p = named.begin(l); p < named.end(l); p++) {
            int pool = named.value(p);
            for (int held : pools) {
                if (held == pool) {
                    return true;
                }
            }
        }
        named = s.scopeOrganizations();
        for (int p = named.begin(l); p < named.end(l); p++) {
            int m = named.value(p);
            if (m >= 0 && base.containsKey(m)) {
                return true;
            }
        }
        return false;
    }

    public static int pool(int pool) {
        return -(pool + 1);
    }

    private boolean smaller(int a, int b) {
        return s.organizations().id(a).compareTo(s.organizations().id(b)) < 0;
    }

    private int[] sortById(int[] licenses) {
        return byId(s, licenses);
    }

    /** Licences by id (see {@link org.sepgraph.queries.engine.NodeTable#byId}). */
    static int[] byId(Snapshot s, int[] licenses) {
        return s.licenses().byId(licenses);
    }

    public int patent() {
        return patent;
    }

    /** The owners of the patent (alive). */
    public int[] owners() {
        return owners;
    }

    /** The pools holding the patent on the day. */
    public int[] pools() {
        return pools;
    }

    /** Whether the scope of licence class {@code c} includes the patent (territories applied). */
    public boolean includes(int licenseClass) {
        return Arrays.binarySearch(solveClasses(), licenseClass) >= 0;
    }

    /** The classes whose scope includes the patent. */
    public BitSet classes() {
        BitSet out = new BitSet();
        for (int c : solveClasses()) {
            out.set(c);
        }
        return out;
    }

    /** The grantor party of a licence (-1 when none is left). */
    public int grantor(int license) {
        int org = s.grantorOrganization(license);
        if (org >= 0) {
            return org;
        }
        int pool = s.grantorPool(license);
        return pool >= 0 ? pool(pool) : Integer.MIN_VALUE;
    }

    /**
     * The least depth at which each party may license the patent, up to {@code limit}: parties of depth 0 (owners'
     * groups, holding pools), then, one round per depth, the holders of the sublicensable licences whose grantor
     * has the depth before.
     */
    public Map<Integer, Integer> depths(int limit) {
        Map<Integer, Integer> depth = new HashMap<>();
        base.keySet().forEach(p -> depth.put(p, 0));
        deeper(limit).forEach(depth::putIfAbsent);
        return depth;
    }

    /** The parties of depth 1 .. {@code limit} (see {@link #depths}), without copying those of depth 0. */
    private Map<Integer, Integer> deeper(int limit) {
        return deeper.computeIfAbsent(Math.max(limit, 0), lim -> {
            Map<Integer, Integer> depth = new HashMap<>();
            if (lim > 0) {
                solveClasses();
            }
            for (int d = 1; d <= lim; d++) {
                List<Integer> next = new ArrayList<>();
                for (int l : sublicensable) {
                    if (depthOf(grantor(l), depth) == d - 1) {
                        forEachHolder(l, h -> {
                            if (depthOf(h, depth) < 0) {
                                next.add(h);
                            }
                        });
                    }
                }
                if (next.isEmpty()) {
                    break;
                }
                for (int p : next) {
                    depth.putIfAbsent(p, d);
                }
            }
            return depth;
        });
    }

    private int depthOf(int party, Map<Integer, Integer> deeper) {
        if (base.containsKey(party)) {
            return 0;
        }
        Integer d = deeper.get(party);
        return d == null ? -1 : d;
    }

    /** The least depth of a party within {@code limit}, or -1. */
    private int depth(int party, int limit) {
        return depthOf(party, deeper(limit));
    }

    /** True when {@code grantor} may license the patent with room for one more licence within {@code maxDepth}. */
    public boolean lawful(int grantor, int maxDepth) {
        if (maxDepth < 1) {
            return false;
        }
        if (base.containsKey(grantor)) {
            return true; // depth 0: no need to solve the deeper depths
        }
        int d = depth(grantor, maxDepth - 1);
        return d >= 0 && d <= maxDepth - 1;
    }

    /** Calls {@code each} with every organisation holding licence {@code l} (alive grantees and, unless not, their groups). */
    public void forEachHolder(int l, java.util.function.IntConsumer each) {
        Adjacency grantees = s.grantees();
        if (grantees.end(l) - grantees.begin(l) == 1) { // one grantee: its group's members are distinct already
            int g = grantees.value(grantees.begin(l));
            if (!s.organizations().alive(g)) {
                return;
            }
            if (!s.affiliates(l)) {
                each.accept(g);
                return;
            }
            Adjacency members = s.groups().members();
            int group = s.groups().of(g);
            for (int q = members.begin(group); q < members.end(group); q++) {
                each.accept(members.value(q));
            }
            return;
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int p = grantees.begin(l); p < grantees.end(l); p++) {
            int g = grantees.value(p);
            if (!s.organizations().alive(g)) {
                continue;
            }
            if (!s.affiliates(l)) {
                if (seen.add(g)) {
                    each.accept(g);
                }
                continue;
            }
            Adjacency members = s.groups().members();
            int group = s.groups().of(g);
            for (int q = members.begin(group); q < members.end(group); q++) {
                int m = members.value(q);
                if (seen.add(m)) {
                    each.accept(m);
                }
            }
        }
    }

    /** The grantee through which {@code org} holds licence {@code l}: itself, else the smallest grantee id of its group; -1 when it does not. */
    public int holdsVia(int l, int org) {
        Adjacency grantees = s.grantees();
        int best = -1;
        for (int p = grantees.begin(l); p < grantees.end(l); p++) {
            int g = grantees.value(p);
            if (!s.organizations().alive(g)) {
                continue;
            }
            if (g == org) {
                return org;
            }
            if (s.affiliates(l) && s.groups().same(g, org) && (best < 0 || smaller(g, best))) {
                best = g;
            }
        }
        return best;
    }

    /**
     * The right by which {@code org} may practise the patent, solved but not explained: its route, the chain's
     * licences from the one {@code org}'s group holds, and the party at the chain's end (an organisation of an
     * owner's group, or a pool as {@link #pool}). What counts and credits need; {@link #explain} makes the chain shown
     * (ids and path), which only the items of a page need.
     */
    public record Right(int organization, int patent, Route route, int[] licenses, int end) {
        static Right of(int organization, int patent, List<Integer> chain, int end) {
            Route route = chain.isEmpty() ? Route.OWNED
                    : chain.size() > 1 ? Route.SUBLICENSED
                    : end < 0 ? Route.POOL : Route.LICENSED;
            int[] licenses = new int[chain.size()];
            for (int i = 0; i < licenses.length; i++) {
                licenses[i] = chain.get(i);
            }
            return new Right(organization, patent, route, licenses, end);
        }
    }

    /**
     * The shortest chain by which {@code org} may practise the patent with at most {@code maxDepth} licences.
     * {@code held}: the licences in force {@code org} holds, by licence id (see {@link #held}).
     */
    public Optional<Chain> chain(int org, int maxDepth, int[] held) {
        return right(org, maxDepth, held).map(this::explain);
    }

    /**
     * The right behind {@link #chain}, without its explanation. {@code held}: the licences in force {@code org}
     * holds, by licence id (the order picks the chain's licences, not whether there is one).
     */
    public Optional<Right> right(int org, int maxDepth, int[] held) {
        if (base.containsKey(org)) {
            return Optional.of(Right.of(org, patent, List.of(), org));
        }
        if (maxDepth < 1) {
            return Optional.empty();
        }
        // one licence from a party of depth 0 (an owner's group, a holding pool) is the shortest chain there is: the
        // first such held licence by id, an organisation's before a pool's — found without solving deeper depths
        int direct = -1;
        for (int l : held) {
            if (depthZero(grantor(l)) && scopeIncludes(l)) {
                if (direct < 0 || (grantor(direct) < 0 && grantor(l) >= 0)) {
                    direct = l;
                }
                if (grantor(l) >= 0) {
                    break;
                }
            }
        }
        if (direct >= 0) {
            return Optional.of(Right.of(org, patent, List.of(direct), grantor(direct)));
        }
        int limit = maxDepth - 1;
        int first = -1;
        int firstDepth = Integer.MAX_VALUE;
        for (int l : held) {
            if (!includes(s.licenseIndex().classOf(l))) {
                continue;
            }
            int d = depth(grantor(l), limit);
            if (d < 0 || d > maxDepth - 1) {
                continue;
            }
            if (first < 0 || d < firstDepth || (d == firstDepth && d == 0 && grantor(first) < 0 && grantor(l) >= 0)) {
                first = l;
                firstDepth = d;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<Integer> chain = new ArrayList<>();
        chain.add(first);
        int current = grantor(first);
        for (int r = firstDepth; r > 0; r--) {
            int step = -1;
            if (sublicensableById == null) {
                sublicensableById = sortById(sublicensable);
            }
            for (int l : sublicensableById) { // by licence id: the first fit is the smallest
                if (depth(grantor(l), limit) == r - 1 && holdsVia(l, current) >= 0) {
                    step = l;
                    break;
                }
            }
            if (step < 0) {
                throw new IllegalStateException("no licence explains depth " + r + " of " + current + " for "
                        + s.patents().id(patent));
            }
            chain.add(step);
            current = grantor(step);
        }
        return Optional.of(Right.of(org, patent, chain, current));
    }

    /** The licences in force that {@code org} holds (granted to it, or to its group unless not), by licence id. */
    public static int[] held(Snapshot s, int org, int day) {
        BitSet held = new BitSet();
        Adjacency members = s.groups().members();
        Adjacency byGrantee = s.licenseIndex().byGrantee();
        int group = s.groups().of(org);
        for (int q = members.begin(group); q < members.end(group); q++) {
            int m = members.value(q);
            for (int p = byGrantee.begin(m); p < byGrantee.end(m); p++) {
                int l = byGrantee.value(p);
                if (s.licenses().alive(l) && (m == org || s.affiliates(l)) && s.licenseInForce(l, day)) {
                    held.set(l);
                }
            }
        }
        return byId(s, held.stream().toArray());
    }

    /**
     * Every organisation that may practise the patent within {@code maxDepth} licences, by id, each with its right
     * ({@link #explain} makes its chain). Candidates: the organisations of the owners' groups, and the holders of
     * every licence including the patent whose grantor may license it within the chain.
     */
    public List<Right> practitioners(int maxDepth) {
        BitSet candidates = new BitSet();
        base.keySet().stream().filter(p -> p >= 0).forEach(candidates::set);
        if (maxDepth >= 1) {
            Adjacency members = s.licenseIndex().members();
            for (int c : solveClasses()) {
                int d = depth(grantor(s.licenseIndex().representative(c)), maxDepth - 1);
                if (d < 0 || d > maxDepth - 1) {
                    continue;
                }
                for (int p = members.begin(c); p < members.end(c); p++) {
                    int l = members.value(p);
                    if (s.licenseInForce(l, day)) {
                        forEachHolder(l, candidates::set);
                    }
                }
            }
        }
        List<Right> out = new ArrayList<>();
        for (int o : s.organizations().byId(candidates.stream().toArray())) {
            right(o, maxDepth, held(s, o, day)).ifPresent(out::add);
        }
        return out;
    }

    /** The licence ids of the classes whose grantor may license the patent within {@code maxDepth}, in force. */
    public List<Integer> lawfulClasses(int maxDepth) {
        List<Integer> out = new ArrayList<>();
        for (int c : lawfulClasses(maxDepth, new ClassesInForce(s, day))) {
            out.add(c);
        }
        return out;
    }

    /**
     * {@link #lawfulClasses(int)} as ascending class indices, with whether a class has a licence in force on the
     * day read from {@code inForce} (the same for every patent of one question: found once per class, not per
     * patent). Only classes with a licence in force are asked whether their grantor may license the patent.
     */
    public int[] lawfulClasses(int maxDepth, ClassesInForce inForce) {
        if (inForce.day() != day) {
            throw new IllegalArgumentException("classes in force on another day");
        }
        Ints out = new Ints();
        LicenseIndex index = s.licenseIndex();
        for (int c : solveClasses()) {
            if (inForce.test(c) && lawful(grantor(index.representative(c)), maxDepth)) {
                out.add(c);
            }
        }
        return out.toArray();
    }

    /** Whether each licence class has a licence in force on one day, found on first ask: one per question. */
    public static final class ClassesInForce {
        private final Snapshot s;
        private final int day;
        private byte[] known = new byte[64]; // 0 not yet asked, 1 in force, 2 not

        public ClassesInForce(Snapshot s, int day) {
            this.s = s;
            this.day = day;
        }

        int day() {
            return day;
        }

        public boolean test(int c) {
            if (c >= known.length) {
                known = Arrays.copyOf(known, Math.max(c + 1, known.length * 2));
            }
            if (known[c] == 0) {
                Adjacency members = s.licenseIndex().members();
                known[c] = 2;
                for (int p = members.begin(c); p < members.end(c); p++) {
                    if (s.licenseInForce(members.value(p), day)) {
                        known[c] = 1;
                        break;
                    }
                }
            }
            return known[c] == 1;
        }
    }

    /** The chain shown for a right to this patent: licence ids, root and path. */
    public Chain explain(Right right) {
        if (right.patent() != patent) {
            throw new IllegalArgumentException("a right to another patent");
        }
        int org = right.organization();
        int end = right.end();
        List<Step> path = new ArrayList<>();
        path.add(new Step(null, null, "Organization", s.organizations().id(org)));
        int current = org;
        List<String> licenses = new ArrayList<>();
        for (int l : right.licenses()) {
            int via = holdsVia(l, current);
            if (via >= 0 && via != current) {
                path.add(new Step("AFFILIATE_OF", Direction.EITHER, "Organization", s.organizations().id(via)));
            }
            path.add(new Step("GRANTED_TO", Direction.IN, "License", s.licenses().id(l)));
            int g = grantor(l);
            path.add(new Step("GRANTED_BY", Direction.OUT, g < 0 ? "Pool" : "Organization", party(g)));
            licenses.add(s.licenses().id(l));
            current = g;
        }
        String root;
        String patentId = s.patents().id(patent);
        if (end < 0) {
            root = party(end);
            path.add(new Step("IN_POOL", Direction.IN, "Patent", patentId));
        } else {
            int owner = base.get(end);
            root = s.organizations().id(owner);
            if (owner != end) {
                path.add(new Step("AFFILIATE_OF", Direction.EITHER, "Organization", root));
            }
            path.add(new Step("OWNS", Direction.OUT, "Patent", patentId));
        }
        return new Chain(s.organizations().id(org), patentId, family < 0 ? null : s.families().id(family),
                right.route(), licenses, root, path);
    }

    private String party(int p) {
        return p < 0 ? s.pools().id(-p - 1) : s.organizations().id(p);
    }
}
