package org.sepgraph.queries.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.Direction;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.Route;
import org.sepgraph.queries.reach.Step;

/**
 * Who may license and who may practise one patent on one date: the rights chain of DESIGN.md, solved for a single
 * patent (rights to different patents never interact, so every question solves patent by patent).
 *
 * <p>Input: the licensers at depth 0 ({@code base}: organisations of an owner's group and pools holding the patent,
 * each with the root to show, i.e. the owner or the pool) and the licences that include the patent. Licence depth is
 * found breadth first, one round per depth (never by enumerating paths); the chain shown for an organisation is
 * then picked greedily from its end: fewest licences, then route order (OWNED, LICENSED, POOL, SUBLICENSED), then
 * the smallest licence id at each step, read from the organisation's end. The choice depends only on the graph, so
 * Reach, Path and Practitioners show the same chain.
 *
 * <p>Cost: O(maxDepth × Σ holders of the sublicensable grants) for the depths, O(maxDepth × grants held) per chain.
 */
public final class Rights {
    private static final Comparator<Grant> BY_ID = Comparator.comparing(Grant::license);

    private final String patent;
    private final String family;
    private final Map<Party, String> base;
    private final List<Grant> grants;
    private final Map<String, List<Grant>> held = new HashMap<>();
    private final Map<Integer, Map<Party, Integer>> depthsByLimit = new HashMap<>();

    /**
     * @param base   who may license the patent at depth 0, each with its root (the owner in its group, or the pool)
     * @param grants the licences including the patent; a licence listed twice is taken once
     */
    public Rights(String patent, String family, Map<Party, String> base, List<Grant> grants) {
        this.patent = patent;
        this.family = family;
        this.base = Map.copyOf(base);
        Map<String, Grant> unique = new HashMap<>();
        for (Grant g : grants) {
            unique.putIfAbsent(g.license(), g);
        }
        this.grants = unique.values().stream().sorted(BY_ID).toList();
        for (Grant g : this.grants) {
            for (String h : g.holders().keySet()) {
                held.computeIfAbsent(h, k -> new ArrayList<>()).add(g);
            }
        }
    }

    public String patent() {
        return patent;
    }

    /**
     * The least depth at which each party may license the patent, up to {@code maxLicenseDepth} (0 = owners' groups
     * and holding pools; d + 1 = holders of a sublicensable licence granted by a party of depth d).
     */
    public Map<Party, Integer> licenseDepths(int maxLicenseDepth) {
        return depthsByLimit.computeIfAbsent(Math.max(maxLicenseDepth, 0), limit -> {
            Map<Party, Integer> depth = new HashMap<>();
            base.keySet().forEach(p -> depth.put(p, 0));
            for (int d = 1; d <= limit; d++) {
                List<Party> next = new ArrayList<>();
                for (Grant g : grants) {
                    Integer gd = depth.get(g.grantor());
                    if (g.sublicensable() && gd != null && gd == d - 1) {
                        for (String h : g.holders().keySet()) {
                            Party p = Party.organization(h);
                            if (!depth.containsKey(p)) {
                                next.add(p);
                            }
                        }
                    }
                }
                if (next.isEmpty()) {
                    break;
                }
                for (Party p : next) {
                    depth.putIfAbsent(p, d);
                }
            }
            return depth;
        });
    }

    /** True when {@code grantor} may license the patent through a chain that leaves room for one more licence within {@code maxDepth}. */
    public boolean lawful(Party grantor, int maxDepth) {
        if (maxDepth < 1) {
            return false;
        }
        Integer d = licenseDepths(maxDepth - 1).get(grantor);
        return d != null && d <= maxDepth - 1;
    }

    /** The shortest chain by which {@code organization} may practise the patent with at most {@code maxDepth} licences. */
    public Optional<Chain> chain(String organization, int maxDepth) {
        Party self = Party.organization(organization);
        if (base.containsKey(self)) {
            return Optional.of(build(organization, List.of(), self));
        }
        if (maxDepth < 1) {
            return Optional.empty();
        }
        Map<Party, Integer> depth = licenseDepths(maxDepth - 1);
        Grant first = null;
        int firstDepth = Integer.MAX_VALUE;
        for (Grant g : held.getOrDefault(organization, List.of())) {
            Integer d = depth.get(g.grantor());
            if (d == null || d > maxDepth - 1) {
                continue;
            }
            // fewer licences first; for one licence an organisation (LICENSED) before a pool (POOL); then by id
            if (first == null || d < firstDepth
                    || (d == firstDepth && d == 0 && first.grantor().pool() && !g.grantor().pool())) {
                first = g;
                firstDepth = d;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        List<Grant> chain = new ArrayList<>();
        chain.add(first);
        Party current = first.grantor();
        for (int r = firstDepth; r > 0; r--) {
            Grant step = null;
            for (Grant g : held.getOrDefault(current.id(), List.of())) {
                Integer d = depth.get(g.grantor());
                if (g.sublicensable() && d != null && d == r - 1) {
                    step = g; // held lists are sorted by licence id: the first fit is the smallest
                    break;
                }
            }
            if (step == null) {
                throw new IllegalStateException("no licence explains depth " + r + " of " + current + " for " + patent);
            }
            chain.add(step);
            current = step.grantor();
        }
        return Optional.of(build(organization, chain, current));
    }

    /** Every organisation that may practise the patent within {@code maxDepth} licences, by id, each with its chain. */
    public List<Chain> practitioners(int maxDepth) {
        Set<String> candidates = new TreeSet<>();
        base.keySet().stream().filter(p -> !p.pool()).forEach(p -> candidates.add(p.id()));
        if (maxDepth >= 1) {
            Map<Party, Integer> depth = licenseDepths(maxDepth - 1);
            for (Grant g : grants) {
                Integer d = depth.get(g.grantor());
                if (d != null && d <= maxDepth - 1) {
                    candidates.addAll(g.holders().keySet());
                }
            }
        }
        List<Chain> out = new ArrayList<>();
        for (String o : candidates) {
            chain(o, maxDepth).ifPresent(out::add);
        }
        return out;
    }

    /** The licences including the patent whose grantor may license it within a chain of {@code maxDepth}, by id. */
    public List<String> lawfulLicenses(int maxDepth) {
        Set<String> out = new TreeSet<>();
        for (Grant g : grants) {
            if (lawful(g.grantor(), maxDepth)) {
                out.add(g.license());
            }
        }
        return List.copyOf(out);
    }

    private Chain build(String organization, List<Grant> chain, Party end) {
        List<Step> path = new ArrayList<>();
        path.add(new Step(null, null, "Organization", organization));
        String current = organization;
        List<String> licenses = new ArrayList<>();
        for (Grant g : chain) {
            String grantee = g.holders().get(current);
            if (grantee != null && !grantee.equals(current)) {
                path.add(new Step("AFFILIATE_OF", Direction.EITHER, "Organization", grantee));
            }
            path.add(new Step("GRANTED_TO", Direction.IN, "License", g.license()));
            path.add(new Step("GRANTED_BY", Direction.OUT, g.grantor().kind(), g.grantor().id()));
            licenses.add(g.license());
            current = g.grantor().id();
        }
        String root = base.get(end);
        if (end.pool()) {
            path.add(new Step("IN_POOL", Direction.IN, "Patent", patent));
        } else {
            if (!root.equals(end.id())) {
                path.add(new Step("AFFILIATE_OF", Direction.EITHER, "Organization", root));
            }
            path.add(new Step("OWNS", Direction.OUT, "Patent", patent));
        }
        Route route = chain.isEmpty() ? Route.OWNED
                : chain.size() > 1 ? Route.SUBLICENSED
                : end.pool() ? Route.POOL : Route.LICENSED;
        return new Chain(organization, patent, family, route, licenses, root, path);
    }

    /** Helper for callers assembling holders: prefer the organisation itself as grantee, else the smallest id. */
    public static Map<String, String> preferSelf(Map<String, Set<String>> granteesByHolder) {
        Map<String, String> out = new HashMap<>();
        granteesByHolder.forEach((holder, grantees) -> out.put(holder,
                grantees.contains(holder) ? holder : new TreeSet<>(grantees).first()));
        return out;
    }
}
