package org.sepgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.sepgraph.queries.binding.ClusterShare;
import org.sepgraph.queries.binding.Overlap;
import org.sepgraph.queries.binding.PoolShare;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.Holdout;
import org.sepgraph.queries.coverage.LicenseCount;
import org.sepgraph.queries.coverage.PoolCount;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.OwnerCount;
import org.sepgraph.queries.reach.Reach;

/**
 * The key figures of each answer, the same whichever way it was computed (HTTP JSON, the queries module's records,
 * the in-memory baseline), so the three can be compared with {@code equals}. Per-pool and per-licence counts keep
 * only non-zero entries (the service also lists pools and licences touching E that are credited with nothing).
 */
public final class Keys {
    private Keys() {}

    public record CoverageKey(long essential, long covered, long uncovered, long unknownExpiry,
                              Map<String, Long> byPool, Map<String, Long> byLicense, Map<String, Long> holdouts) {
        public long holdoutTotal() {
            return holdouts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record ReachKey(long reached, long unknownExpiry, Map<String, Long> byRoute, Map<String, Long> byOwner) {}

    /** pools: pool → "binds/covered"; overlaps: "a|b" → "shared/sharedPatents"; clusters: cluster → covered. */
    public record BindingKey(long essential, long unknownExpiry, Map<String, String> pools,
                             Map<String, String> overlaps, Map<String, Long> clusters) {}

    /** found false (no chain within maxDepth, 404) or the chain's route and number of licences. */
    public record PathKey(boolean found, String route, int licenses) {
        static final PathKey NONE = new PathKey(false, null, 0);
    }

    // ---- from the queries module's records (direct) ----

    public static CoverageKey of(Coverage c) {
        Map<String, Long> byPool = new TreeMap<>();
        for (PoolCount p : c.byPool()) {
            nonZero(byPool, p.pool(), p.covered());
        }
        Map<String, Long> byLicense = new TreeMap<>();
        for (LicenseCount l : c.byLicense()) {
            nonZero(byLicense, l.license(), l.covered());
        }
        Map<String, Long> holdouts = new TreeMap<>();
        for (Holdout h : c.holdouts()) {
            holdouts.put(h.holder(), h.count());
        }
        return new CoverageKey(c.essential(), c.covered(), c.uncovered(), c.unknownExpiry(), byPool, byLicense,
                holdouts);
    }

    public static ReachKey of(Reach r) {
        Map<String, Long> byRoute = new TreeMap<>();
        r.byRoute().forEach((route, n) -> byRoute.put(route.name(), n));
        Map<String, Long> byOwner = new TreeMap<>();
        for (OwnerCount o : r.byOwner()) {
            byOwner.put(o.owner(), o.count());
        }
        return new ReachKey(r.reached(), r.unknownExpiry(), byRoute, byOwner);
    }

    public static BindingKey of(StandardBinding b) {
        Map<String, String> pools = new TreeMap<>();
        for (PoolShare p : b.pools()) {
            pools.put(p.pool(), p.binds() + "/" + p.covered());
        }
        Map<String, String> overlaps = new TreeMap<>();
        for (Overlap o : b.overlaps()) {
            overlaps.put(o.a() + "|" + o.b(), o.shared() + "/" + o.sharedPatents());
        }
        Map<String, Long> clusters = new TreeMap<>();
        for (ClusterShare c : b.clusters()) {
            clusters.put(c.cluster(), c.covered());
        }
        return new BindingKey(b.essential(), b.unknownExpiry(), pools, overlaps, clusters);
    }

    public static PathKey of(Chain c) {
        return c == null ? PathKey.NONE : new PathKey(true, c.route().name(), c.licenses().size());
    }

    // ---- from the service's JSON (HTTP) ----

    public static CoverageKey coverage(JsonNode j) {
        Map<String, Long> byPool = new TreeMap<>();
        j.path("byPool").forEach(p -> nonZero(byPool, p.get("pool").asText(), p.get("covered").asLong()));
        Map<String, Long> byLicense = new TreeMap<>();
        j.path("byLicense").forEach(l -> nonZero(byLicense, l.get("license").asText(), l.get("covered").asLong()));
        Map<String, Long> holdouts = new TreeMap<>();
        j.path("holdouts").forEach(h -> holdouts.put(h.get("holder").asText(), h.get("count").asLong()));
        return new CoverageKey(j.get("essential").asLong(), j.get("covered").asLong(), j.get("uncovered").asLong(),
                j.get("unknownExpiry").asLong(), byPool, byLicense, holdouts);
    }

    public static ReachKey reach(JsonNode j) {
        Map<String, Long> byRoute = new TreeMap<>();
        j.path("byRoute").fields().forEachRemaining(e -> byRoute.put(e.getKey(), e.getValue().asLong()));
        Map<String, Long> byOwner = new TreeMap<>();
        j.path("byOwner").forEach(o -> byOwner.put(o.get("owner").asText(), o.get("count").asLong()));
        return new ReachKey(j.get("reached").asLong(), j.get("unknownExpiry").asLong(), byRoute, byOwner);
    }

    public static BindingKey binding(JsonNode j) {
        Map<String, String> pools = new TreeMap<>();
        j.path("pools").forEach(p -> pools.put(p.get("pool").asText(),
                p.get("binds").asBoolean() + "/" + p.get("covered").asLong()));
        Map<String, String> overlaps = new TreeMap<>();
        j.path("overlaps").forEach(o -> overlaps.put(o.get("a").asText() + "|" + o.get("b").asText(),
                o.get("shared").asLong() + "/" + o.get("sharedPatents").asLong()));
        Map<String, Long> clusters = new TreeMap<>();
        j.path("clusters").forEach(c -> clusters.put(c.get("cluster").asText(), c.get("covered").asLong()));
        return new BindingKey(j.get("essential").asLong(), j.get("unknownExpiry").asLong(), pools, overlaps,
                clusters);
    }

    /** A path answer: the chain's JSON, or null for a 404. */
    public static PathKey path(JsonNode j) {
        return j == null ? PathKey.NONE : new PathKey(true, j.get("route").asText(), j.path("licenses").size());
    }

    static void nonZero(Map<String, Long> map, String key, long value) {
        if (value != 0) {
            map.put(key, value);
        }
    }
}
