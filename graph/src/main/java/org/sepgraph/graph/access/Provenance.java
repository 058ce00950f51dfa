package org.sepgraph.graph.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Value;
import org.sepgraph.graph.changes.Origin;

/**
 * Where the values of a node or relationship came from (DESIGN.md "Provenance"), kept as properties beside them:
 * {@code _by} the source of the last write ({@code api:<key id>}, {@code import:<import id>}), {@code _at} when, and
 * {@code _curated} the fields a person set through the API, which imports keep ("a re-import changes only what that
 * kind of source set"). Kinds never read these properties, so payloads and bundles do not carry them.
 */
public record Provenance(String by, OffsetDateTime at, List<String> curated) {
    public static final String BY = "_by";
    public static final String AT = "_at";
    public static final String CURATED = "_curated";

    public Provenance {
        curated = List.copyOf(new TreeSet<>(curated));
    }

    /** The provenance of a write by {@code origin} now, with these curated fields. */
    public static Provenance of(Origin origin, Collection<String> curated) {
        String by = "api".equals(origin.source()) ? "api:" + (origin.key() == null ? "" : origin.key())
                : origin.source();
        return new Provenance(by, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                List.copyOf(curated));
    }

    /** The curated fields stored on a node or relationship (read from its {@code {.*}} projection). */
    public static Set<String> curated(Value projected) {
        Value v = projected.get(CURATED);
        return v.isNull() ? Set.of() : new TreeSet<>(v.asList(Value::asString));
    }

    /** Who last wrote a node or relationship ({@code _by}), or null. */
    public static String by(Value projected) {
        return projected.get(BY).asString(null);
    }

    /** The row with this provenance in its properties. */
    public NodeRow on(NodeRow row) {
        return new NodeRow(row.id(), with(row.props()), row.ends());
    }

    public EdgeRow on(EdgeRow row) {
        return new EdgeRow(row.from(), row.to(), with(row.props()));
    }

    private Map<String, Object> with(Map<String, Object> props) {
        Map<String, Object> p = new HashMap<>(props);
        p.putAll(properties());
        return p;
    }

    /** The properties this provenance sets on a node or relationship: {@code _by}, {@code _at}, {@code _curated}. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put(BY, by);
        p.put(AT, at);
        if (!curated.isEmpty()) {
            p.put(CURATED, curated);
        }
        return p;
    }

    /**
     * The fields a write by a person sets: those whose value differs from what was stored ({@code stored} null: a
     * create, every field it gives a value), props and own relationships alike.
     */
    public static Set<String> changedFields(Map<String, Object> stored, Map<String, Object> written) {
        Set<String> out = new TreeSet<>();
        Set<String> names = new TreeSet<>(written.keySet());
        if (stored != null) {
            names.addAll(stored.keySet());
        }
        for (String f : names) {
            Object after = written.get(f);
            Object before = stored == null ? null : stored.get(f);
            if (!Objects.equals(empty(before), empty(after))) {
                out.add(f);
            }
        }
        return out;
    }

    /** The fields of a row: its properties and its own relationships' ends. */
    public static Map<String, Object> fields(NodeRow row) {
        Map<String, Object> f = new HashMap<>(row.props());
        f.putAll(row.ends());
        return f;
    }

    private static Object empty(Object v) {
        return v instanceof Collection<?> c && c.isEmpty() ? null : v;
    }

    /** Sorted list of the union of two sets of field names. */
    public static List<String> union(Collection<String> a, Collection<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return new ArrayList<>(u);
    }
}
