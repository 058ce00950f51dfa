package org.sepgraph.queries.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.queries.Params;

/**
 * {@code POST /api/v1/plans}, checked and defaulted once ({@link InvalidField} → 400 naming the field): the
 * {@code standards} the licensee implements (at least one; their essential sets are united), {@code asOf} (default
 * today), the {@code product} category it sells (optional; lower-cased), {@code units} a year per country (at least
 * one country, each a known code — {@code units.XX} — and 0 or more, at least one more than 0), the
 * {@code licensee} whose reach already covers patents (optional), the {@code target} share of essential families to
 * cover (more than 0, at most 1; default 1) and the candidate {@code pools} (absent or empty: every pool holding
 * an essential patent on asOf). Ids are looked up later, on the snapshot that answers ({@link PlanInputs}).
 */
public record PlanRequest(List<String> standards, LocalDate asOf, String product, Map<String, Long> units,
                          String licensee, Double target, List<String> pools) {
    public PlanRequest {
        standards = ids("standards", standards);
        if (standards.isEmpty()) {
            throw new InvalidField("standards", "standards is required: the ids of the standards to license");
        }
        asOf = Params.orToday(asOf);
        product = RoyaltyTerms.productName(product);
        units = units(units);
        licensee = Params.optionalId(licensee);
        if (target != null && (target.isNaN() || target <= 0 || target > 1)) {
            throw new InvalidField("target", "target must be more than 0 and at most 1, got " + target);
        }
        pools = ids("pools", pools);
    }

    /** Ids in the order given; a blank one or a repeat is named by its index. */
    private static List<String> ids(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String id = Params.id(field + "[" + i + "]", values.get(i));
            if (!seen.add(id)) {
                throw new InvalidField(field + "[" + i + "]", field + " lists '" + id + "' twice");
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    /** Units a year by country code (upper case), each 0 or more, at least one more than 0. */
    private static SortedMap<String, Long> units(Map<String, Long> units) {
        if (units == null || units.isEmpty()) {
            throw new InvalidField("units", "units is required: units sold a year per country, e.g. {\"US\": 100000}");
        }
        SortedMap<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Long> e : units.entrySet()) {
            String field = "units." + e.getKey();
            String country = Check.countryCode(field, e.getKey());
            Long n = e.getValue();
            if (n == null || n < 0) {
                throw new InvalidField(field, field + " must be a whole number, 0 or more; got " + n);
            }
            if (out.put(country, n) != null) {
                throw new InvalidField(field, "units." + country + " is given twice");
            }
        }
        if (out.values().stream().allMatch(n -> n == 0)) {
            throw new InvalidField("units", "units needs at least one country with more than 0 units");
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
