package org.sepgraph.graph.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One set of royalty terms of a pool or a licence ({@code royaltyTerms: [...]}); the free-text {@code policy} /
 * {@code royalty} notes stay beside them.
 * <ul>
 * <li>{@code currency}: ISO 4217, upper-cased.</li>
 * <li>{@code from}, {@code until}: when the terms apply, inclusive, open when absent.</li>
 * <li>{@code rates}: in order; for a unit of a product sold in a country the <em>first</em> rate whose product and
 * territories match applies.</li>
 * <li>{@code freeUnits}: units a year free of royalty; {@code annualCap}: most a licensee pays a year in running
 * royalties; {@code lumpSum}: a fixed amount a year (bilateral licences), paid on top of the running royalties and
 * not reduced by the cap.</li>
 * </ul>
 * Amounts are exact decimals, kept as written. A failure names the field by its path inside the terms
 * ({@code currency}, {@code until}, {@code rates[1]}); a {@link Rate} names its own fields ({@code perUnit}), which a
 * JSON reader places under the rate's path ({@code rates[1].perUnit}). Terms need at least one rate or a lump sum.
 */
public record RoyaltyTerms(String currency, LocalDate from, LocalDate until, List<Rate> rates, Long freeUnits,
                           BigDecimal annualCap, BigDecimal lumpSum) {
    public RoyaltyTerms {
        currency = currencyCode(currency);
        Check.range("until", from, until);
        rates = rates == null ? List.of() : new ArrayList<>(rates);
        for (int i = 0; i < rates.size(); i++) {
            Check.required("rates[" + i + "]", rates.get(i));
        }
        rates = List.copyOf(rates);
        if (freeUnits != null && freeUnits < 0) {
            throw new InvalidField("freeUnits", "freeUnits must not be negative, got " + freeUnits);
        }
        annualCap = notNegative("annualCap", annualCap);
        lumpSum = notNegative("lumpSum", lumpSum);
        if (rates.isEmpty() && lumpSum == null) {
            throw new InvalidField("rates", "royalty terms need at least one rate or a lumpSum");
        }
    }

    /**
     * One rate: {@code perUnit} for each unit of {@code product} (absent = any product) sold in {@code territories}
     * (absent or empty = anywhere). Product names are the pool's categories ({@code mobile}, {@code tv}); they are
     * compared in lower case.
     */
    public record Rate(String product, List<String> territories, BigDecimal perUnit) {
        public Rate {
            product = productName(product);
            territories = Check.countryCodes("territories", territories);
            perUnit = notNegative("perUnit", Check.required("perUnit", perUnit));
        }

        /** Whether this rate applies to a unit of {@code product} (null: a product no rate names) in {@code country}. */
        public boolean matches(String product, String country) {
            return (this.product == null || this.product.equals(productName(product)))
                    && (territories.isEmpty() || territories.contains(country));
        }
    }

    /** Whether the terms apply on {@code date} (from ≤ date ≤ until, open ends). */
    public boolean inEffectOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    /** The first rate that applies to {@code product} in {@code country}, if any. */
    public Optional<Rate> rateFor(String product, String country) {
        return rates.stream().filter(r -> r.matches(product, country)).findFirst();
    }

    /**
     * The countries with units (more than 0) where no rate applies to {@code product}, sorted. Terms with no rates
     * (a lump sum only) price every country at nothing beyond the lump sum, so they leave none unpriced.
     */
    public List<String> unpricedCountries(String product, Map<String, Long> units) {
        if (rates.isEmpty()) {
            return List.of();
        }
        return new TreeMap<>(units).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0 && rateFor(product, e.getKey()).isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * What a licensee selling {@code units} a year of {@code product} (country → units) owes under these terms in a
     * year. Rule (issue 13): in each country with units, the first matching rate × that country's units; the
     * {@code freeUnits} are taken from the countries with the lowest rate first (ties: country code); the sum is
     * then capped by {@code annualCap}; the {@code lumpSum} is added on top. When the cap bites it is spread over the
     * countries in proportion to their amounts before the cap, in the currency's minor unit, by largest remainder
     * (ties: country code), so the countries add up to the cap exactly; otherwise every amount is exact.
     * Cost: O(c log c) for c countries.
     *
     * @throws InvalidField {@code units} when a country with units has no matching rate (see
     *                      {@link #unpricedCountries}), or {@code units.XX} when a count is negative
     */
    public Royalty yearlyCost(String product, Map<String, Long> units) {
        List<String> unpriced = unpricedCountries(product, units);
        if (!unpriced.isEmpty()) {
            throw new InvalidField("units", "no rate of these terms applies to product '" + product + "' in "
                    + String.join(", ", unpriced));
        }
        record Line(String country, long units, BigDecimal perUnit) {}
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(units).entrySet()) {
            long n = e.getValue() == null ? 0 : e.getValue();
            if (n < 0) {
                throw new InvalidField("units." + e.getKey(), "units must not be negative, got " + n);
            }
            if (n > 0 && !rates.isEmpty()) {
                lines.add(new Line(e.getKey(), n, rateFor(product, e.getKey()).orElseThrow().perUnit()));
            }
        }
        // The rule: free units come off the cheapest countries first (the pool's reading, not the licensee's).
        lines.sort(Comparator.comparing(Line::perUnit).thenComparing(Line::country));
        long free = freeUnits == null ? 0 : freeUnits;
        List<Royalty.CountryRoyalty> countries = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Line l : lines) {
            long taken = Math.min(free, l.units());
            free -= taken;
            BigDecimal amount = l.perUnit().multiply(BigDecimal.valueOf(l.units() - taken));
            running = running.add(amount);
            countries.add(new Royalty.CountryRoyalty(l.country(), l.units(), l.perUnit(), taken, amount));
        }
        boolean capped = annualCap != null && running.compareTo(annualCap) > 0;
        if (capped) {
            countries = spreadCap(countries, running);
        }
        countries.sort(Comparator.comparing(Royalty.CountryRoyalty::country));
        BigDecimal afterCap = capped ? annualCap : running;
        BigDecimal lump = lumpSum == null ? BigDecimal.ZERO : lumpSum;
        return new Royalty(currency, afterCap.add(lump), running, capped, lump, countries);
    }

    /** The cap shared over countries in proportion to their amounts before it, in minor units, largest remainder. */
    private List<Royalty.CountryRoyalty> spreadCap(List<Royalty.CountryRoyalty> countries, BigDecimal running) {
        int scale = Math.max(Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()), annualCap.scale());
        BigInteger capUnits = annualCap.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        // exact share of country i in minor units: capUnits × amount_i / running, as a quotient and a remainder
        BigDecimal[] rem = new BigDecimal[countries.size()];
        BigInteger[] floor = new BigInteger[countries.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < countries.size(); i++) {
            BigDecimal exact = countries.get(i).amount().multiply(new BigDecimal(capUnits));
            BigDecimal[] qr = exact.divideAndRemainder(running);
            floor[i] = qr[0].toBigIntegerExact();
            rem[i] = qr[1];
            given = given.add(floor[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> rem[i]).reversed()
                .thenComparing(i -> countries.get(i).country()));
        int left = capUnits.subtract(given).intValueExact(); // fewer than the number of countries
        for (int k = 0; k < left; k++) {
            floor[order.get(k)] = floor[order.get(k)].add(BigInteger.ONE);
        }
        List<Royalty.CountryRoyalty> out = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            Royalty.CountryRoyalty c = countries.get(i);
            out.add(new Royalty.CountryRoyalty(c.country(), c.units(), c.perUnit(), c.freeUnits(),
                    new BigDecimal(floor[i], scale)));
        }
        return out;
    }

    /**
     * A list of terms as a pool or a licence carries it ({@code field}, e.g. {@code royaltyTerms}): no missing entry
     * and no two entries whose validity overlaps (open ends overlap everything on their side). A failure names the
     * later entry of an overlapping pair, {@code royaltyTerms[j].from}. Null means empty; the order is kept.
     */
    public static List<RoyaltyTerms> checkAll(String field, List<RoyaltyTerms> terms) {
        if (terms == null) {
            return List.of();
        }
        for (int j = 0; j < terms.size(); j++) {
            RoyaltyTerms b = Check.required(field + "[" + j + "]", terms.get(j));
            for (int i = 0; i < j; i++) {
                RoyaltyTerms a = terms.get(i);
                if (a.overlaps(b)) {
                    throw new InvalidField(field + "[" + j + "].from", field + "[" + j + "] (" + b.period()
                            + ") overlaps " + field + "[" + i + "] (" + a.period() + "); validity periods must not overlap");
                }
            }
        }
        return List.copyOf(terms);
    }

    /** The terms in effect on {@code date}: the first of the list (a checked list has at most one). */
    public static Optional<RoyaltyTerms> termsOn(List<RoyaltyTerms> terms, LocalDate date) {
        Check.required("asOf", date);
        return terms == null ? Optional.empty() : terms.stream().filter(t -> t.inEffectOn(date)).findFirst();
    }

    private boolean overlaps(RoyaltyTerms o) {
        return (from == null || o.until == null || !o.until.isBefore(from))
                && (o.from == null || until == null || !until.isBefore(o.from));
    }

    private String period() {
        return (from == null ? "open" : from.toString()) + ".." + (until == null ? "open" : until.toString());
    }

    private static String currencyCode(String code) {
        String c = Check.text("currency", code).toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(c).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidField("currency", "currency must be an ISO 4217 code, got '" + code + "'");
        }
    }

    /** A product category as rates name it: stripped, lower case; null when absent. */
    public static String productName(String value) {
        String p = Check.optionalText(value);
        return p == null ? null : p.toLowerCase(Locale.ROOT);
    }

    private static BigDecimal notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidField(field, field + " must not be negative, got " + value.toPlainString());
        }
        return value;
    }
}
