package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.queries.Unit;

/**
 * What {@code POST /api/v1/pools/{id}/distribution} asks, with what the graph says about the pool:
 * {@code from}..{@code to} (inclusive), {@code income} per country (≥ 0, in the pool's currency, at most as many
 * decimals as its minor unit), {@code unit} (PATENT or FAMILY; default FAMILY, as every question of the API),
 * {@code currency} (ISO 4217; optional: absent, amounts are rounded to cents) and {@code patents}: every patent the
 * pool has ever held (those it did not hold in the period simply earn nothing).
 */
public record DistributionQuestion(String pool, LocalDate from, LocalDate to, Map<String, BigDecimal> income,
                                   Unit unit, String currency, List<HeldPatent> patents) {
    public DistributionQuestion {
        pool = Check.id("pool", pool);
        Check.required("from", from);
        Check.required("to", to);
        Check.range("to", from, to);
        unit = unit == null ? Unit.FAMILY : unit;
        currency = currency == null ? null : currencyCode(currency);
        income = income(income, minorDigits(currency));
        patents = List.copyOf(Check.required("patents", patents));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < patents.size(); i++) {
            if (!seen.add(patents.get(i).id())) {
                throw new InvalidField("patents[" + i + "]", "patent '" + patents.get(i).id() + "' twice");
            }
        }
    }

    /** Decimals of the currency's minor unit: 2 (cents) when no currency is given. */
    public static int minorDigits(String currency) {
        return currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    private static String currencyCode(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidField("currency", "currency must be an ISO 4217 code, got '" + code + "'");
        }
    }

    private static SortedMap<String, BigDecimal> income(Map<String, BigDecimal> income, int digits) {
        if (income == null || income.isEmpty()) {
            throw new InvalidField("income", "income is required: an amount per country");
        }
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : income.entrySet()) {
            String country = Check.required("income", Check.countryCode("income." + e.getKey(), e.getKey()));
            String field = "income." + country;
            BigDecimal amount = Check.required(field, e.getValue());
            if (amount.signum() < 0) {
                throw new InvalidField(field, field + " must not be negative, got " + amount.toPlainString());
            }
            if (amount.stripTrailingZeros().scale() > digits) {
                throw new InvalidField(field, field + " has more than " + digits + " decimals: "
                        + amount.toPlainString());
            }
            if (out.put(country, amount) != null) {
                throw new InvalidField(field, field + " is given twice");
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
