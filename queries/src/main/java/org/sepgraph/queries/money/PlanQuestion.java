package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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

/**
 * What {@code POST /api/v1/plans} asks, with what the graph says about it on {@code asOf}:
 * <ul>
 * <li>{@code product}: the pool's product category the licensee sells (lower-cased; null: only rates for any
 * product apply);</li>
 * <li>{@code units}: units a year per country (two-letter codes); countries with 0 units are kept but need no rate
 * and hold no essential patent; at least one country needs more than 0;</li>
 * <li>{@code target}: the share of the essential families to cover, 0 &lt; target ≤ 1, default 1.0;</li>
 * <li>{@code families}: the essential families (the union of E over the asked standards) with their members of
 * E;</li>
 * <li>{@code pools}: the candidate pools (the request's {@code pools}, or every pool holding a member of E on
 * asOf).</li>
 * </ul>
 */
public record PlanQuestion(LocalDate asOf, String product, Map<String, Long> units, Double target,
                           List<EssentialFamily> families, List<CandidatePool> pools) {
    public PlanQuestion {
        Check.required("asOf", asOf);
        product = RoyaltyTerms.productName(product);
        units = units(units);
        target = target == null ? 1.0 : target;
        if (target.isNaN() || target <= 0 || target > 1) {
            throw new InvalidField("target", "target must be more than 0 and at most 1, got " + target);
        }
        families = List.copyOf(Check.required("families", families));
        pools = List.copyOf(Check.required("pools", pools));
        unique("families", families.stream().map(EssentialFamily::family).toList());
        unique("pools", pools.stream().map(CandidatePool::pool).toList());
    }

    /** The essential families needed to meet the target out of {@code essential}: ⌈target × essential⌉. */
    public long needed(long essential) {
        return BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(essential))
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static SortedMap<String, Long> units(Map<String, Long> units) {
        if (units == null || units.isEmpty()) {
            throw new InvalidField("units", "units is required: units a year per country");
        }
        SortedMap<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Long> e : units.entrySet()) {
            String country = Check.required("units", Check.countryCode("units." + e.getKey(), e.getKey()));
            Long n = e.getValue();
            if (n == null || n < 0) {
                throw new InvalidField("units." + country, "units." + country + " must be 0 or more, got " + n);
            }
            out.merge(country, n, Math::addExact);
        }
        if (out.values().stream().allMatch(n -> n == 0)) {
            throw new InvalidField("units", "units needs at least one country with more than 0 units");
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private static void unique(String field, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new InvalidField(field + "[" + i + "]", field + " lists '" + ids.get(i) + "' twice");
            }
        }
    }
}
