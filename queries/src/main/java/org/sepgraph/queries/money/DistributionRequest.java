package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/**
 * {@code POST /api/v1/pools/{id}/distribution}, checked and defaulted once ({@link InvalidField} → 400 naming the
 * field): the period {@code from}..{@code to} (both required, inclusive, {@code to} not before {@code from}), the
 * pool's {@code income} per country in that period (at least one country, each a known code — {@code income.XX} —
 * with an amount of 0 or more) and the {@code unit} points are counted in (default FAMILY). Whether an amount has
 * more decimals than the currency's minor unit is known only with the pool's terms ({@link DistributionInputs}).
 */
public record DistributionRequest(LocalDate from, LocalDate to, Map<String, BigDecimal> income, Unit unit) {
    public DistributionRequest {
        Check.required("from", from);
        Check.required("to", to);
        Check.range("to", from, to);
        income = income(income);
        unit = Params.orFamily(unit);
    }

    private static SortedMap<String, BigDecimal> income(Map<String, BigDecimal> income) {
        if (income == null || income.isEmpty()) {
            throw new InvalidField("income", "income is required: the pool's income per country, e.g. {\"US\": 1000000}");
        }
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : income.entrySet()) {
            String field = "income." + e.getKey();
            String country = Check.countryCode(field, e.getKey());
            BigDecimal amount = Check.required(field, e.getValue());
            if (amount.signum() < 0) {
                throw new InvalidField(field, field + " must not be negative, got " + amount.toPlainString());
            }
            if (out.put(country, amount) != null) {
                throw new InvalidField(field, "income." + country + " is given twice");
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
