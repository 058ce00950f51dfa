package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sepgraph.queries.Unit;

/**
 * The answer to {@code POST /api/v1/pools/{id}/distribution}: {@code licensors} ranked by amount, then
 * organisation id; {@code unallocated} by country, then reason; {@code income} the total given; each country's
 * licensor amounts and unallocated amounts add up to its income exactly. {@code unknownExpiry}: counted patents
 * without an expiry date (taken as in force).
 */
public record Distribution(String pool, LocalDate from, LocalDate to, Unit unit, String currency, BigDecimal income,
                           long unknownExpiry, List<LicensorIncome> licensors, List<Unallocated> unallocated) {
    public Distribution {
        licensors = List.copyOf(licensors);
        unallocated = List.copyOf(unallocated);
    }
}
