package org.sepgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.RoyaltyTerms.Rate;

class RoyaltyTermsTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Rate rate(String product, List<String> territories, String perUnit) {
        return new Rate(product, territories, d(perUnit));
    }

    private static RoyaltyTerms terms(Long free, String cap, Rate... rates) {
        return new RoyaltyTerms("USD", null, null, List.of(rates), free, cap == null ? null : d(cap), null);
    }

    private static Royalty.CountryRoyalty country(Royalty r, String code) {
        return r.countries().stream().filter(c -> c.country().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void viaLaLikeTermsTakeTheFreeUnitsThenChargeTheRest() {
        // 100,000 units a year free, then 0.20 a unit anywhere, cap 25M.
        RoyaltyTerms t = terms(100_000L, "25000000", rate(null, null, "0.20"));
        Royalty r = t.yearlyCost("mobile", Map.of("US", 300_000L, "CN", 50_000L));
        // both at 0.20: the tie goes by country code, CN first: CN's 50,000 free, then 50,000 of US's
        assertEquals(50_000, country(r, "CN").freeUnits());
        assertEquals(0, country(r, "CN").amount().signum());
        assertEquals(50_000, country(r, "US").freeUnits());
        // US: (300,000 − 50,000) × 0.20 = 50,000.00
        assertEquals(0, d("50000.00").compareTo(country(r, "US").amount()));
        assertEquals(0, d("50000.00").compareTo(r.amount()));
        assertFalse(r.capped());
    }

    @Test
    void freeUnitsComeOffTheLowestRateCountriesFirst() {
        // mobile: 0.20 in IN (a region-2 half rate), 0.40 elsewhere; 150,000 free units
        RoyaltyTerms t = terms(150_000L, null, rate("mobile", List.of("IN"), "0.20"), rate("mobile", null, "0.40"));
        Royalty r = t.yearlyCost("mobile", Map.of("US", 200_000L, "IN", 100_000L));
        // IN is cheapest: its 100,000 units are all free; the 50,000 left come off US
        assertEquals(100_000, country(r, "IN").freeUnits());
        assertEquals(50_000, country(r, "US").freeUnits());
        // US: 150,000 × 0.40 = 60,000.00; IN: 0. (Highest-rate first would have given 20,000 + 20,000 = 40,000.)
        assertEquals(0, d("60000.00").compareTo(r.amount()));
        assertEquals(0, d("0.20").compareTo(country(r, "IN").perUnit()));
    }

    @Test
    void theCapIsSpreadOverCountriesInProportionAndAddsUpExactly() {
        RoyaltyTerms t = terms(null, "1000000", rate("tv", null, "1.20"), rate(null, null, "0.80"));
        Royalty r = t.yearlyCost("tv", Map.of("US", 1_000_000L, "DE", 500_000L));
        // before the cap: US 1,000,000 × 1.20 = 1,200,000; DE 500,000 × 1.20 = 600,000; sum 1,800,000 > 1,000,000
        assertTrue(r.capped());
        assertEquals(0, d("1800000").compareTo(r.beforeCap()));
        assertEquals(0, d("1000000").compareTo(r.amount()));
        // US 1,000,000 × 1.2/1.8 = 666,666.666… → 666,666.66 (remainder .666…); DE 333,333.333… → 333,333.33
        // (.333…); one cent left over goes to the larger remainder, US
        assertEquals(d("666666.67"), country(r, "US").amount());
        assertEquals(d("333333.33"), country(r, "DE").amount());
    }

    @Test
    void aCapInYenIsSpreadInWholeYen() {
        RoyaltyTerms t = new RoyaltyTerms("jpy", null, null, List.of(rate(null, null, "10")), null, d("100"), null);
        Royalty r = t.yearlyCost("x", Map.of("JP", 5L, "KR", 5L, "TW", 5L));
        // 3 × 50 = 150 > 100; each 100/3 = 33.33… → 33 each, remainders equal: the yen left goes to JP (first code)
        assertEquals("JPY", r.currency());
        assertEquals(d("34"), country(r, "JP").amount());
        assertEquals(d("33"), country(r, "KR").amount());
        assertEquals(d("33"), country(r, "TW").amount());
    }

    @Test
    void theCapBitesOnlyAboveItAndTheLumpSumComesOnTop() {
        RoyaltyTerms t = new RoyaltyTerms("USD", null, null, List.of(rate(null, null, "2")), 10L, d("100"),
                d("1000"));
        // (60 − 10 free) × 2 = 100: exactly the cap, not above it → not capped; + lump sum 1,000 = 1,100
        Royalty r = t.yearlyCost("x", Map.of("US", 60L));
        assertFalse(r.capped());
        assertEquals(0, d("1100").compareTo(r.amount()));
        // 61 units: (61 − 10) × 2 = 102 > 100 → capped at 100, + 1,000 = 1,100
        Royalty over = t.yearlyCost("x", Map.of("US", 61L));
        assertTrue(over.capped());
        assertEquals(0, d("1100").compareTo(over.amount()));
        assertEquals(0, d("102").compareTo(over.beforeCap()));
    }

    @Test
    void lumpSumOnlyTermsPriceEveryCountryAtTheLumpSum() {
        RoyaltyTerms t = new RoyaltyTerms("EUR", null, null, null, null, null, d("250000"));
        assertEquals(List.of(), t.unpricedCountries("tv", Map.of("DE", 10L)));
        assertEquals(0, d("250000").compareTo(t.yearlyCost("tv", Map.of("DE", 10L)).amount()));
    }

    @Test
    void theFirstMatchingRateWins() {
        RoyaltyTerms t = terms(null, null, rate("tv", List.of("US"), "1.50"), rate("TV", null, "1.20"),
                rate(null, null, "0.80"), rate("tv", null, "9.99"));
        assertEquals(Optional.of(d("1.50")), t.rateFor("tv", "US").map(Rate::perUnit));
        assertEquals(Optional.of(d("1.50")), t.rateFor(" TV ", "US").map(Rate::perUnit)); // products in lower case
        assertEquals(Optional.of(d("1.20")), t.rateFor("tv", "DE").map(Rate::perUnit));
        assertEquals(Optional.of(d("0.80")), t.rateFor("mobile", "US").map(Rate::perUnit));
        assertEquals(Optional.of(d("0.80")), t.rateFor(null, "US").map(Rate::perUnit)); // no product: any-product rate
        // order matters: the any-product rate first takes everything
        RoyaltyTerms anyFirst = terms(null, null, rate(null, null, "0.80"), rate("tv", List.of("US"), "1.50"));
        assertEquals(Optional.of(d("0.80")), anyFirst.rateFor("tv", "US").map(Rate::perUnit));
    }

    @Test
    void territoriesLimitARateAndUnpricedCountriesAreRefused() {
        RoyaltyTerms t = terms(null, null, rate("mobile", List.of("cn", "IN"), "0.20"));
        assertEquals(List.of("CN", "IN"), t.rates().get(0).territories());
        assertTrue(t.rateFor("mobile", "US").isEmpty());
        assertTrue(t.rateFor("tv", "CN").isEmpty());
        // DE has no units, so it needs no rate
        assertEquals(List.of("US"), t.unpricedCountries("mobile", Map.of("US", 1L, "CN", 1L, "DE", 0L)));
        InvalidField e = assertThrows(InvalidField.class, () -> t.yearlyCost("mobile", Map.of("US", 1L, "CN", 1L)));
        assertEquals("units", e.field());
        assertEquals(0, d("0.40").compareTo(t.yearlyCost("mobile", Map.of("CN", 2L)).amount())); // 2 × 0.20
    }

    @Test
    void negativeUnitsAreRefused() {
        RoyaltyTerms t = terms(null, null, rate(null, null, "1"));
        assertEquals("units.US", assertThrows(InvalidField.class, () -> t.yearlyCost("x", Map.of("US", -1L))).field());
    }

    @Test
    void everyViolationNamesItsField() {
        assertEquals("USD", terms(null, null, rate(null, null, "1")).currency());
        assertEquals("currency", field(() -> new RoyaltyTerms("QQQ", null, null, List.of(rate(null, null, "1")),
                null, null, null)));
        assertEquals("currency", field(() -> new RoyaltyTerms(null, null, null, List.of(rate(null, null, "1")),
                null, null, null)));
        assertEquals("until", field(() -> new RoyaltyTerms("USD", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1),
                List.of(rate(null, null, "1")), null, null, null)));
        assertEquals("perUnit", field(() -> rate(null, null, "-0.01")));
        assertEquals("perUnit", field(() -> new Rate("tv", null, null)));
        assertEquals("territories[1]", field(() -> rate(null, List.of("US", "USA"), "1")));
        assertEquals("rates[1]", field(() -> new RoyaltyTerms("USD", null, null,
                Arrays.asList(rate(null, null, "1"), null), null, null, null)));
        assertEquals("rates", field(() -> new RoyaltyTerms("USD", null, null, List.of(), null, d("5"), null)));
        assertEquals("freeUnits", field(() -> terms(-1L, null, rate(null, null, "1"))));
        assertEquals("annualCap", field(() -> terms(null, "-5", rate(null, null, "1"))));
        assertEquals("lumpSum", field(() -> new RoyaltyTerms("USD", null, null, List.of(), null, null, d("-1"))));
        // zero is allowed everywhere
        RoyaltyTerms zero = new RoyaltyTerms("USD", null, null, List.of(rate(null, null, "0")), 0L, d("0"), d("0"));
        assertEquals(0, zero.yearlyCost("x", Map.of("US", 5L)).amount().signum());
    }

    @Test
    void overlappingValidityIsRefusedNamingTheLaterEntry() {
        RoyaltyTerms y2020 = dated("2020-01-01", "2021-12-31");
        RoyaltyTerms from2022 = dated("2022-01-01", null);
        RoyaltyTerms lastDay2021 = dated("2021-12-31", "2022-06-30");
        RoyaltyTerms before2020 = dated(null, "2019-12-31");
        // adjacent periods are fine
        assertEquals(3, RoyaltyTerms.checkAll("royaltyTerms", List.of(y2020, from2022, before2020)).size());
        // sharing one day (2021-12-31, both ends inclusive) overlaps
        assertEquals("royaltyTerms[1].from", field(() -> RoyaltyTerms.checkAll("royaltyTerms",
                List.of(y2020, lastDay2021))));
        // an open end overlaps everything after it: from 2022, open, against 2030..2031
        assertEquals("royaltyTerms[2].from", field(() -> RoyaltyTerms.checkAll("royaltyTerms",
                List.of(before2020, from2022, dated("2030-01-01", "2031-01-01")))));
        // open before 2019-12-31 against a period ending 2000-01-01
        assertEquals("royaltyTerms[1].from", field(() -> RoyaltyTerms.checkAll("royaltyTerms",
                List.of(before2020, dated(null, "2000-01-01")))));
        assertEquals("royaltyTerms[1]", field(() -> RoyaltyTerms.checkAll("royaltyTerms",
                Arrays.asList(y2020, null))));
        assertEquals(List.of(), RoyaltyTerms.checkAll("royaltyTerms", null));
    }

    @Test
    void termsOnADateAreTheOnesInEffectThatDayBothEndsIncluded() {
        RoyaltyTerms y2020 = dated("2020-01-01", "2021-12-31");
        RoyaltyTerms from2022 = dated("2022-01-01", null);
        List<RoyaltyTerms> list = List.of(y2020, from2022);
        assertEquals(Optional.of(y2020), RoyaltyTerms.termsOn(list, LocalDate.of(2020, 1, 1)));
        assertEquals(Optional.of(y2020), RoyaltyTerms.termsOn(list, LocalDate.of(2021, 12, 31)));
        assertEquals(Optional.of(from2022), RoyaltyTerms.termsOn(list, LocalDate.of(2022, 1, 1)));
        assertEquals(Optional.empty(), RoyaltyTerms.termsOn(list, LocalDate.of(2019, 12, 31)));
        assertEquals(Optional.empty(), RoyaltyTerms.termsOn(null, LocalDate.of(2019, 12, 31)));
    }

    private static RoyaltyTerms dated(String from, String until) {
        return new RoyaltyTerms("USD", from == null ? null : LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), List.of(rate(null, null, "1")), null, null, null);
    }

    private static String field(Runnable r) {
        return assertThrows(InvalidField.class, r::run).field();
    }
}
