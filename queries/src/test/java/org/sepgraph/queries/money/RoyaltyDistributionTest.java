package org.sepgraph.queries.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.queries.Unit;

class RoyaltyDistributionTest {
    static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate TO = LocalDate.of(2023, 12, 31); // 365 days

    static LocalDate date(String d) {
        return LocalDate.parse(d);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final List<Holding> ALWAYS = List.of(new Holding(null, null));

    static HeldPatent patent(String id, String country, String family, List<Holding> held, Owner... owners) {
        return new HeldPatent(id, country, family, PatentStatus.GRANTED, date("2010-01-01"), date("2035-01-01"), held,
                List.of(owners));
    }

    static Owner owner(String org) {
        return new Owner(org, null);
    }

    static Owner owner(String org, double share) {
        return new Owner(org, share);
    }

    static Distribution distribute(Map<String, BigDecimal> income, Unit unit, HeldPatent... patents) {
        return new RoyaltyDistribution().distribute(new DistributionQuestion("pool", FROM, TO, income, unit, null,
                List.of(patents)));
    }

    static LicensorIncome licensor(Distribution d, String org) {
        return d.licensors().stream().filter(l -> l.organization().equals(org)).findFirst().orElseThrow();
    }

    static void assertCountryAddsUp(Distribution dist, String country, String income) {
        BigDecimal sum = dist.licensors().stream().map(l -> l.amounts().getOrDefault(country, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        sum = sum.add(dist.unallocated().stream().filter(u -> u.country().equals(country)).map(Unallocated::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(d(income), sum, country + " adds up");
    }

    @Test
    void coOwnersShareByTheirSharesOrEqually() {
        // US1: A 0.75, B 0.25, all year → A 273.75, B 91.25 points; US2: C and D without shares → 182.5 each.
        // 730 points for 1,000.00: A 273.75/730 × 1000 = 375.00; B 125.00; C 250.00; D 250.00
        Distribution dist = distribute(Map.of("US", d("1000.00")), Unit.PATENT,
                patent("US1", "US", null, ALWAYS, owner("A", 0.75), owner("B", 0.25)),
                patent("US2", "US", null, ALWAYS, owner("C"), owner("D")));
        assertEquals(d("375.00"), licensor(dist, "A").amount());
        assertEquals(d("125.00"), licensor(dist, "B").amount());
        assertEquals(d("250.00"), licensor(dist, "C").amount());
        assertEquals(d("250.00"), licensor(dist, "D").amount());
        assertEquals(d("273.750000"), licensor(dist, "A").points().get("US"));
        assertEquals(d("182.500000"), licensor(dist, "C").points().get("US"));
        assertEquals(0.375, licensor(dist, "A").share());
        // ranked by amount, then id: A 375, C 250, D 250, B 125
        assertEquals(List.of("A", "C", "D", "B"), dist.licensors().stream().map(LicensorIncome::organization).toList());
        assertCountryAddsUp(dist, "US", "1000.00");
    }

    @Test
    void mixedSharesGiveTheRestToOwnersWithoutOne() {
        // A 0.5 recorded; B and C none: they split the 0.5 left → 0.25 each
        assertEquals(Map.of("A", new Fraction(java.math.BigInteger.ONE, java.math.BigInteger.TWO),
                "B", new Fraction(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(4)),
                "C", new Fraction(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(4))),
                RoyaltyDistribution.parts(patent("P", "US", null, ALWAYS, owner("A", 0.5), owner("B"), owner("C"))));
        // A 0.6 and B 0.6 recorded (1.2): nothing left for C; A and B scaled to 0.5 each
        assertEquals(Map.of("A", new Fraction(java.math.BigInteger.ONE, java.math.BigInteger.TWO),
                "B", new Fraction(java.math.BigInteger.ONE, java.math.BigInteger.TWO)),
                RoyaltyDistribution.parts(patent("P", "US", null, ALWAYS, owner("A", 0.6), owner("B", 0.6),
                        owner("C"))));
        // all recorded but adding to 0.8 (0.5 + 0.3): scaled → 5/8 and 3/8
        assertEquals(Map.of("A", new Fraction(java.math.BigInteger.valueOf(5), java.math.BigInteger.valueOf(8)),
                "B", new Fraction(java.math.BigInteger.valueOf(3), java.math.BigInteger.valueOf(8))),
                RoyaltyDistribution.parts(patent("P", "US", null, ALWAYS, owner("A", 0.5), owner("B", 0.3))));
        // through the money: 365 days × (0.5, 0.25, 0.25) of 400.00 → 200.00, 100.00, 100.00
        Distribution dist = distribute(Map.of("US", d("400.00")), Unit.PATENT,
                patent("P", "US", null, ALWAYS, owner("A", 0.5), owner("B"), owner("C")));
        assertEquals(d("200.00"), licensor(dist, "A").amount());
        assertEquals(d("100.00"), licensor(dist, "C").amount());
    }

    @Test
    void aPatentThatLeavesThePoolMidPeriodEarnsItsDaysOnly() {
        // US1 held 2020-01-01..2023-03-31: in 2023, Jan 31 + Feb 28 + Mar 31 = 90 days; US2 all year: 365.
        // 455 points for 910.00: X 90/455 × 910 = 180.00; Y 365/455 × 910 = 730.00
        Distribution dist = distribute(Map.of("US", d("910.00")), Unit.PATENT,
                patent("US1", "US", null, List.of(new Holding(date("2020-01-01"), date("2023-03-31"))), owner("X")),
                patent("US2", "US", null, ALWAYS, owner("Y")));
        assertEquals(d("90.000000"), licensor(dist, "X").points().get("US"));
        assertEquals(d("180.00"), licensor(dist, "X").amount());
        assertEquals(d("730.00"), licensor(dist, "Y").amount());
    }

    @Test
    void overlappingHoldingPeriodsCountEachDayOnce() {
        // [Jan 1..Jan 10] and [Jan 5..Jan 20] → Jan 1..20 = 20 days; [Feb 1..open] → Feb 1..Dec 31 = 365 − 31 = 334
        HeldPatent p = patent("P", "US", null, List.of(new Holding(date("2023-02-01"), null),
                new Holding(date("2023-01-05"), date("2023-01-20")), new Holding(null, date("2023-01-10"))),
                owner("A"));
        assertEquals(354, RoyaltyDistribution.days(p, FROM, TO));
        // a period nested in another adds nothing: [Jan 1..Jan 31] with [Jan 3..Jan 4] → 31
        HeldPatent nested = patent("N", "US", null, List.of(new Holding(date("2023-01-01"), date("2023-01-31")),
                new Holding(date("2023-01-03"), date("2023-01-04"))), owner("A"));
        assertEquals(31, RoyaltyDistribution.days(nested, FROM, TO));
    }

    @Test
    void expiredAndNotYetFiledDaysDoNotCount() {
        // US1 expires 2023-06-30: Jan..Jun = 31+28+31+30+31+30 = 181 days; US2 EXPIRED: in force on no date;
        // US3 PENDING, filed 2023-12-01: 31 days. 212 points for 212.00 → P 181.00, R 31.00, Q nothing
        HeldPatent us1 = new HeldPatent("US1", "US", null, PatentStatus.GRANTED, date("2003-06-30"),
                date("2023-06-30"), ALWAYS, List.of(owner("P")));
        HeldPatent us2 = new HeldPatent("US2", "US", null, PatentStatus.EXPIRED, date("2003-06-30"), null, ALWAYS,
                List.of(owner("Q")));
        HeldPatent us3 = new HeldPatent("US3", "US", null, PatentStatus.PENDING, date("2023-12-01"), null, ALWAYS,
                List.of(owner("R")));
        Distribution dist = distribute(Map.of("US", d("212.00")), Unit.PATENT, us1, us2, us3);
        assertEquals(d("181.00"), licensor(dist, "P").amount());
        assertEquals(d("31.00"), licensor(dist, "R").amount());
        assertEquals(List.of("P", "R"), dist.licensors().stream().map(LicensorIncome::organization).toList());
        assertEquals(1, dist.unknownExpiry()); // US3 counted without an expiry date; US2 not counted at all
    }

    @Test
    void familyCountsOncePerCountryOnItsBestPatent() {
        // family F: US-A all year (365, owner A), US-B since 2023-06-15 (Jun 16 + 184 = 200 days, owner B);
        // US-C, no family (365, owner C); F's DE patent DE-A all year (owner A)
        List<HeldPatent> patents = List.of(
                patent("US-A", "US", "F", ALWAYS, owner("A")),
                patent("US-B", "US", "F", List.of(new Holding(date("2023-06-15"), null)), owner("B")),
                patent("US-C", "US", null, ALWAYS, owner("C")),
                patent("DE-A", "DE", "F", ALWAYS, owner("A")));
        Map<String, BigDecimal> income = Map.of("US", d("930.00"), "DE", d("50.00"));
        // PATENT: 365 + 200 + 365 = 930 points for 930.00 → A 365.00, B 200.00, C 365.00 in the US
        Distribution byPatent = new RoyaltyDistribution().distribute(new DistributionQuestion("pool", FROM, TO,
                income, Unit.PATENT, "USD", patents));
        assertEquals(d("365.00"), licensor(byPatent, "A").amounts().get("US"));
        assertEquals(d("200.00"), licensor(byPatent, "B").amounts().get("US"));
        // FAMILY: F once in the US, on US-A (365 > 200); C 365; 730 points → A 465.00, C 465.00; B nothing.
        // In DE, F once on DE-A: A takes the 50.00.
        Distribution byFamily = new RoyaltyDistribution().distribute(new DistributionQuestion("pool", FROM, TO,
                income, Unit.FAMILY, "USD", patents));
        assertEquals(d("465.00"), licensor(byFamily, "A").amounts().get("US"));
        assertEquals(d("465.00"), licensor(byFamily, "C").amounts().get("US"));
        assertEquals(d("50.00"), licensor(byFamily, "A").amounts().get("DE"));
        assertEquals(d("515.00"), licensor(byFamily, "A").amount());
        assertEquals(List.of("A", "C"), byFamily.licensors().stream().map(LicensorIncome::organization).toList());
        // a tie on days goes to the smaller patent id: US-B and US-Z both all year → US-B's owner
        Distribution tie = distribute(Map.of("US", d("10.00")), Unit.FAMILY,
                patent("US-Z", "US", "G", ALWAYS, owner("Z")), patent("US-B", "US", "G", ALWAYS, owner("B")));
        assertEquals(List.of("B"), tie.licensors().stream().map(LicensorIncome::organization).toList());
    }

    @Test
    void roundingGivesTheLeftoverCentsToTheLargestRemainders() {
        // three equal co-owners of 100.00: 33.333… each → 33.33 × 3 = 99.99; the cent left goes by id: a
        Distribution thirds = distribute(Map.of("US", d("100.00")), Unit.PATENT,
                patent("P", "US", null, ALWAYS, owner("c"), owner("a"), owner("b")));
        assertEquals(d("33.34"), licensor(thirds, "a").amount());
        assertEquals(d("33.33"), licensor(thirds, "b").amount());
        assertEquals(d("33.33"), licensor(thirds, "c").amount());
        assertCountryAddsUp(thirds, "US", "100.00");
        // points 1 : 2 (A holds one day, B two) of 0.10: A 3.33… cents (remainder .33), B 6.66… (remainder .66);
        // floors 3 + 6 = 9, the cent left goes to B, the larger remainder, though A comes first by id
        Distribution thin = distribute(Map.of("US", d("0.10")), Unit.PATENT,
                patent("PA", "US", null, List.of(new Holding(date("2023-01-01"), date("2023-01-01"))), owner("A")),
                patent("PB", "US", null, List.of(new Holding(date("2023-01-01"), date("2023-01-02"))), owner("B")));
        assertEquals(d("0.03"), licensor(thin, "A").amount());
        assertEquals(d("0.07"), licensor(thin, "B").amount());
        // yen have no minor unit: 100 yen over three → 34, 33, 33
        Distribution yen = new RoyaltyDistribution().distribute(new DistributionQuestion("pool", FROM, TO,
                Map.of("JP", d("100")), Unit.PATENT, "jpy", List.of(patent("JP1", "JP", null, ALWAYS, owner("x"),
                        owner("y"), owner("z")))));
        assertEquals(List.of(d("34"), d("33"), d("33")), yen.licensors().stream().map(LicensorIncome::amount).toList());
        assertEquals("JPY", yen.currency());
    }

    @Test
    void aCountryWhereThePoolHeldNothingInForceIsUnallocated() {
        // FR: one patent, but LAPSED; IT: nothing at all; US: one patent, all year
        Distribution dist = distribute(Map.of("US", d("600.00"), "FR", d("300.00"), "IT", d("100.00")), Unit.PATENT,
                patent("US1", "US", null, ALWAYS, owner("A")),
                new HeldPatent("FR1", "FR", null, PatentStatus.LAPSED, null, null, ALWAYS, List.of(owner("B"))));
        assertEquals(List.of(new Unallocated("FR", d("300.00"), Unallocated.Reason.NOTHING_IN_FORCE),
                new Unallocated("IT", d("100.00"), Unallocated.Reason.NOTHING_IN_FORCE)), dist.unallocated());
        // A takes all US income: 600 of 1,000 given → share 0.6
        assertEquals(d("600.00"), licensor(dist, "A").amount());
        assertEquals(0.6, licensor(dist, "A").share());
        assertEquals(d("1000.00"), dist.income());
        assertEquals(List.of("A"), dist.licensors().stream().map(LicensorIncome::organization).toList());
    }

    @Test
    void theShareOfAPatentWithoutAnOwnerIsHeldBack() {
        // two patents all year, one without a recorded owner: 365 + 365 points; 1.01 → each 0.505: floors 0.50 and
        // 0.50, equal remainders: the cent goes to A before the unknown owner (which comes last on a tie)
        Distribution dist = distribute(Map.of("US", d("1.01")), Unit.PATENT,
                patent("US1", "US", null, ALWAYS, owner("A")), patent("US2", "US", null, ALWAYS));
        assertEquals(d("0.51"), licensor(dist, "A").amount());
        assertEquals(List.of(new Unallocated("US", d("0.50"), Unallocated.Reason.OWNER_UNKNOWN)), dist.unallocated());
        assertCountryAddsUp(dist, "US", "1.01");
    }

    @Test
    void everyCountryAddsUpOnAnAwkwardMix() {
        // 7 owners with odd shares over 3 countries: the check is the sum rule itself, on amounts no one rounds by hand
        List<HeldPatent> patents = Arrays.asList(
                patent("US1", "US", null, List.of(new Holding(date("2023-02-03"), date("2023-11-17"))),
                        owner("o1", 0.37), owner("o2"), owner("o3")),
                patent("US2", "US", "F", ALWAYS, owner("o4"), owner("o5"), owner("o6")),
                patent("DE1", "DE", null, List.of(new Holding(date("2022-05-05"), date("2023-07-07"))),
                        owner("o7", 0.13), owner("o1", 0.29)),
                patent("KR1", "KR", null, ALWAYS, owner("o2"), owner("o6"), owner("o7")));
        Map<String, BigDecimal> income = Map.of("US", d("12345.67"), "DE", d("0.07"), "KR", d("999.99"));
        for (Unit unit : Unit.values()) {
            Distribution dist = distribute(income, unit, patents.toArray(HeldPatent[]::new));
            income.forEach((c, v) -> assertCountryAddsUp(dist, c, v.toPlainString()));
            BigDecimal all = dist.licensors().stream().map(LicensorIncome::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            assertEquals(d("13345.73"), all); // 12,345.67 + 0.07 + 999.99
        }
    }

    @Test
    void theQuestionIsValidatedNamingFields() {
        List<HeldPatent> none = List.of();
        assertEquals("to", field(() -> new DistributionQuestion("p", TO, FROM, Map.of("US", d("1")), null, null,
                none)));
        assertEquals("income.US", field(() -> new DistributionQuestion("p", FROM, TO, Map.of("US", d("-1")), null,
                null, none)));
        assertEquals("income.US", field(() -> new DistributionQuestion("p", FROM, TO, Map.of("US", d("1.005")), null,
                null, none)));
        assertEquals("income.JP", field(() -> new DistributionQuestion("p", FROM, TO, Map.of("JP", d("1.5")), null,
                "JPY", none)));
        assertEquals("income", field(() -> new DistributionQuestion("p", FROM, TO, Map.of(), null, null, none)));
        assertEquals("currency", field(() -> new DistributionQuestion("p", FROM, TO, Map.of("US", d("1")), null,
                "QQQ", none)));
        assertEquals("patents[1]", field(() -> new DistributionQuestion("p", FROM, TO, Map.of("US", d("1")), null,
                null, List.of(patent("X", "US", null, ALWAYS), patent("X", "US", null, ALWAYS)))));
        assertEquals("owners[1]", field(() -> patent("X", "US", null, ALWAYS, owner("a"), owner("a"))));
        assertEquals("until", field(() -> new Holding(TO, FROM)));
        // 1.50 has two decimals written but one significant: fine in USD; FAMILY by default
        DistributionQuestion q = new DistributionQuestion("p", FROM, TO, Map.of("us", d("1.50")), null, null, none);
        assertEquals(Unit.FAMILY, q.unit());
        assertTrue(q.income().containsKey("US"));
    }

    private static String field(Runnable r) {
        return assertThrows(InvalidField.class, r::run).field();
    }
}
