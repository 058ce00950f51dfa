package org.sepgraph.graph.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a licensee owes a year under one set of {@link RoyaltyTerms}: {@code amount} = running royalties after free
 * units and the cap, plus {@code lumpSum}; {@code beforeCap} the running royalties after free units, before the cap;
 * {@code countries} each country's part of the running royalties (after the cap, when {@code capped}), by country
 * code.
 */
public record Royalty(String currency, BigDecimal amount, BigDecimal beforeCap, boolean capped, BigDecimal lumpSum,
                      List<CountryRoyalty> countries) {
    public Royalty {
        countries = List.copyOf(countries);
    }

    /** One country: its units a year, the rate that applied, the free units taken there, and what it owes. */
    public record CountryRoyalty(String country, long units, BigDecimal perUnit, long freeUnits, BigDecimal amount) {}
}
