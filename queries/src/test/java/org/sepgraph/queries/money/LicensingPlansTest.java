package org.sepgraph.queries.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.graph.model.RoyaltyTerms.Rate;

class LicensingPlansTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    /** 1,000 units a year in the US: a pool at 1.10 a unit costs 1,100 a year. */
    static final Map<String, Long> US_1000 = Map.of("US", 1000L);

    static EssentialPatent patent(String id, String country, List<String> owners, String... pools) {
        return new EssentialPatent(id, country, Set(pools), false, owners, LocalDate.of(2030, 1, 1));
    }

    static EssentialPatent reached(String id, String country, String... pools) {
        return new EssentialPatent(id, country, Set(pools), true, List.of("licensee"), LocalDate.of(2030, 1, 1));
    }

    private static java.util.Set<String> Set(String... pools) {
        return java.util.Set.of(pools);
    }

    /** A family of one US patent owned by "o-" + its id, held by {@code pools}. */
    static EssentialFamily family(String id, String... pools) {
        return new EssentialFamily(id, List.of(patent(id + "-US", "US", List.of("o-" + id), pools)));
    }

    static EssentialFamily family(String id, EssentialPatent... patents) {
        return new EssentialFamily(id, List.of(patents));
    }

    /** A pool charging {@code perUnit} USD for any product anywhere, from 2020 on. */
    static CandidatePool pool(String id, String perUnit) {
        return new CandidatePool(id, List.of(new RoyaltyTerms("USD", LocalDate.of(2020, 1, 1), null,
                List.of(new Rate(null, null, new BigDecimal(perUnit))), null, null, null)));
    }

    static PlanQuestion question(Map<String, Long> units, Double target, List<EssentialFamily> families,
                                 CandidatePool... pools) {
        return new PlanQuestion(AS_OF, "mobile", units, target, families, List.of(pools));
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    @Test
    void theCheapestFullCoverIsNotTheGreedyChoice() {
        // A holds F1, F2 (1,100); B holds F3, F4 (1,100); C holds F1, F2, F3 (1,200).
        List<EssentialFamily> families = List.of(family("F1", "A", "C"), family("F2", "A", "C"),
                family("F3", "B", "C"), family("F4", "B"));
        PlanQuestion q = question(US_1000, null, families, pool("A", "1.10"), pool("B", "1.10"), pool("C", "1.20"));
        Plans exact = new LicensingPlans().plans(q);
        assertEquals(Search.EXACT, exact.method());
        assertNull(exact.bound());
        // A + B cover all four for 1,100 + 1,100 = 2,200
        Plan best = exact.plans().get(0);
        assertEquals(List.of("A", "B"), best.pools());
        assertEquals(4, best.covered());
        assertEquals(1.0, best.share());
        assertAmount("2200", best.annualCost());
        assertAmount("2.2", best.perUnit()); // 2,200 / 1,000 units
        assertTrue(exact.targetMet());
        // the greedy takes C first (3 families for 1,200: 400 each, against 550 for A or B), then needs B for F4:
        // 1,200 + 1,100 = 2,300, and dropping C would lose F1, F2. Within its bound H(3) = 1.833: 2,300 ≤ 4,033.
        Plans greedy = new LicensingPlans(0).plans(q);
        assertEquals(Search.GREEDY, greedy.method());
        assertEquals(List.of("B", "C"), greedy.plans().get(0).pools());
        assertAmount("2300", greedy.plans().get(0).annualCost());
        assertTrue(greedy.bound().contains("H(3) = 1.833"), greedy.bound());
    }

    @Test
    void familiesHeldWholeByTwoPoolsOfThePlanArePaidTwice() {
        // F1 (US and DE patents) is held whole by P and Q; F2 only by P; F3 only by Q; F4's US patent by P and Q
        // but its DE patent only by P, so Q does not hold F4 whole.
        List<EssentialFamily> families = List.of(
                family("F1", patent("F1-US", "US", List.of("x"), "P", "Q"), patent("F1-DE", "DE", List.of("x"), "P", "Q")),
                family("F2", patent("F2-US", "US", List.of("y"), "P")),
                family("F3", patent("F3-DE", "DE", List.of("z"), "Q")),
                family("F4", patent("F4-US", "US", List.of("w"), "P", "Q"), patent("F4-DE", "DE", List.of("w"), "P")));
        Plans plans = new LicensingPlans().plans(question(Map.of("US", 100L, "DE", 100L), null, families,
                pool("P", "1"), pool("Q", "2")));
        Plan best = plans.plans().get(0);
        // only P + Q covers F2 and F3: 200 × 1 + 200 × 2 = 600
        assertEquals(List.of("P", "Q"), best.pools());
        assertAmount("600", best.annualCost());
        assertEquals(List.of(new DoublePaid("F1", List.of("P", "Q"))), best.doublePaid());
        // per country: P 100 × 1 in each of DE and US
        PoolCost p = best.costByPool().get(0);
        assertEquals("P", p.pool());
        assertEquals(List.of("DE", "US"), p.countries().stream().map(c -> c.country()).toList());
        assertAmount("100", p.countries().get(0).amount());
    }

    @Test
    void whatTheLicenseeAlreadyReachesCostsNothingSoACheaperPlanSuffices() {
        // X holds F1 and F2 for 400; A holds F1 for 300; B holds F2 for 200.
        List<EssentialFamily> plain = List.of(family("F1", "A", "X"), family("F2", "B", "X"));
        CandidatePool[] pools = {pool("A", "3"), pool("B", "2"), pool("X", "4")};
        Plans before = new LicensingPlans().plans(question(Map.of("US", 100L), null, plain, pools));
        // without reach: X alone (400) beats A + B (300 + 200 = 500)
        assertEquals(List.of("X"), before.plans().get(0).pools());
        assertAmount("400", before.plans().get(0).annualCost());
        // the licensee reaches F1's patent (licensed bilaterally): only F2 is to pay for, B alone does it for 200
        List<EssentialFamily> withReach = List.of(family("F1", reached("F1-US", "US", "A", "X")),
                family("F2", "B", "X"));
        Plans after = new LicensingPlans().plans(question(Map.of("US", 100L), null, withReach, pools));
        Plan best = after.plans().get(0);
        assertEquals(List.of("B"), best.pools());
        assertAmount("200", best.annualCost());
        assertEquals(2, best.covered()); // F1 reached, F2 through B
        assertEquals(2, after.essential());
        // A holds only what the licensee reaches
        assertEquals(new ExcludedPool("A", Exclusion.NOTHING_TO_ADD, List.of(), null, d("300")),
                after.excluded().get(0));
        // the empty plan already covers F1 (cost 0, 1 family): it is on the frontier
        assertEquals(List.of(List.of("B"), List.of()), after.plans().stream().map(Plan::pools).toList());
        assertEquals(1, after.plans().get(1).covered());
    }

    @Test
    void aTargetBelowOneNeedsOnlyThatShare() {
        // four families, target 0.5 → ⌈0.5 × 4⌉ = 2 needed.
        // A {F1,F2} 500; B {F3} 100; C {F4} 150; D {F1} 50 (all per 100 units)
        List<EssentialFamily> families = List.of(family("F1", "A", "D"), family("F2", "A"), family("F3", "B"),
                family("F4", "C"));
        Plans plans = new LicensingPlans().plans(question(Map.of("US", 100L), 0.5, families,
                pool("A", "5"), pool("B", "1"), pool("C", "1.5"), pool("D", "0.5")));
        assertEquals(2, plans.needed());
        // pairs covering 2: B+D 150, C+D 200, B+C 250, A 500 → B + D
        Plan best = plans.plans().get(0);
        assertEquals(List.of("B", "D"), best.pools());
        assertAmount("150", best.annualCost());
        assertEquals(0.5, best.share());
        // F2 (owner o-F2) and F4 (o-F4) stay uncovered, one family each, ranked by holder id on equal counts
        assertEquals(List.of(new HolderGap("o-F2", 1, List.of("F2")), new HolderGap("o-F4", 1, List.of("F4"))),
                best.uncoveredByHolder());
        // target 0.3 → ⌈1.2⌉ = 2 as well (exact decimal: 0.3 × 4 = 1.2, not 1.2000000000000002 rounding to 2 anyway)
        assertEquals(2, question(Map.of("US", 100L), 0.3, families, pool("A", "1")).needed(4));
        // target 0.25 → exactly 1
        assertEquals(1, question(Map.of("US", 100L), 0.25, families, pool("A", "1")).needed(4));
        // 0.1 × 10 = 1 exactly (a double product would give 1.0000000000000002 → 2)
        assertEquals(1, question(Map.of("US", 100L), 0.1, families, pool("A", "1")).needed(10));
    }

    @Test
    void dominatedPoolsAreLeftOutNamingTheirDominator() {
        // A {F1,F2} 100; B {F1} 100; C {F2} 150; D {F1} 50; E {F1,F2} 100
        // B: dominated by A (no dearer, holds more, smaller id) and by D (cheaper): the cheapest dominator, D, is named
        // C: dominated by A (cheaper, holds F2 too); E: same cost and patents as A, larger id → A
        // D: nothing both cheaper-or-equal and holding F1 is cheaper than 50 → kept; A: only E matches it, larger id
        List<EssentialFamily> families = List.of(family("F1", "A", "B", "D", "E"), family("F2", "A", "C", "E"));
        Plans plans = new LicensingPlans().plans(question(Map.of("US", 100L), null, families,
                pool("A", "1"), pool("B", "1"), pool("C", "1.5"), pool("D", "0.5"), pool("E", "1")));
        assertEquals(List.of(
                new ExcludedPool("B", Exclusion.DOMINATED, List.of(), "D", d("100")),
                new ExcludedPool("C", Exclusion.DOMINATED, List.of(), "A", d("150.0")), // 1.5 × 100, exact decimal
                new ExcludedPool("E", Exclusion.DOMINATED, List.of(), "A", d("100"))), plans.excluded());
        // best: A alone for 100 (D + C would be 200)
        assertEquals(List.of("A"), plans.plans().get(0).pools());
        // frontier: {} 0 → 0 families, D 50 → 1, A 100 → 2
        assertEquals(List.of(List.of("A"), List.of(), List.of("D")),
                plans.plans().stream().map(Plan::pools).toList());
    }

    @Test
    void theFrontierListsEveryParetoOptimalPlanByCost() {
        // A {F1} 10; B {F2,F3} 25; C {F1..F4} 60; D {F4} 40
        // cheapest per coverage: 0 → {} 0; 1 → A 10; 2 → B 25; 3 → A+B 35; 4 → C 60 (A+B+D would be 75)
        List<EssentialFamily> families = List.of(family("F1", "A", "C"), family("F2", "B", "C"),
                family("F3", "B", "C"), family("F4", "C", "D"));
        Plans plans = new LicensingPlans().plans(question(Map.of("US", 10L), null, families,
                pool("A", "1"), pool("B", "2.5"), pool("C", "6"), pool("D", "4")));
        assertEquals(List.of(List.of("C"), List.of(), List.of("A"), List.of("B"), List.of("A", "B")),
                plans.plans().stream().map(Plan::pools).toList());
        assertEquals(List.of(4L, 0L, 1L, 2L, 3L), plans.plans().stream().map(Plan::covered).toList());
        assertEquals(List.of(60, 0, 10, 25, 35),
                plans.plans().stream().map(p -> p.annualCost().intValueExact()).toList());
        // D is not dominated (C holds F4 too but costs more), yet in no frontier plan: A + B + D (75, 4) loses to C
        assertTrue(plans.excluded().isEmpty());
        // 0.75 → 3 needed: A + B for 35
        Plans three = new LicensingPlans().plans(question(Map.of("US", 10L), 0.75, families,
                pool("A", "1"), pool("B", "2.5"), pool("C", "6"), pool("D", "4")));
        assertEquals(List.of("A", "B"), three.plans().get(0).pools());
        assertEquals(List.of(List.of("A", "B"), List.of(), List.of("A"), List.of("B"), List.of("C")),
                three.plans().stream().map(Plan::pools).toList());
    }

    @Test
    void poolsWithoutPricesAreExcludedWithTheReasonAndTheirPatentsHeldByNoPlan() {
        CandidatePool noTerms = new CandidatePool("N", List.of(new RoyaltyTerms("USD", LocalDate.of(2025, 1, 1),
                null, List.of(new Rate(null, null, d("1"))), null, null, null))); // starts after asOf
        CandidatePool cnOnly = new CandidatePool("R", List.of(new RoyaltyTerms("USD", null, null,
                List.of(new Rate(null, List.of("CN"), d("1"))), null, null, null)));
        List<EssentialFamily> families = List.of(family("F1", "N", "A"), family("F2", "R"),
                family("F3", patent("F3-JP", "JP", List.of("j"), "R"))); // JP has no units: not essential here
        Plans plans = new LicensingPlans().plans(question(Map.of("US", 10L, "JP", 0L), null, families,
                noTerms, cnOnly, pool("A", "1")));
        assertEquals(List.of(new ExcludedPool("N", Exclusion.NO_TERMS, List.of(), null, null),
                new ExcludedPool("R", Exclusion.NO_RATE, List.of("US"), null, null)), plans.excluded());
        assertEquals(2, plans.essential());
        assertEquals(List.of("F2"), plans.uncoverable());
        assertEquals(2, plans.needed()); // ⌈1.0 × 2⌉
        assertFalse(plans.targetMet());
        // the best there is: A for F1 (10); F2's owner must still be asked
        Plan best = plans.plans().get(0);
        assertEquals(List.of("A"), best.pools());
        assertEquals(0.5, best.share());
        assertEquals(List.of(new HolderGap("o-F2", 1, List.of("F2"))), best.uncoveredByHolder());
    }

    @Test
    void coOwnedUncoveredPatentsCountForEachOwnerAndOwnerlessOnesAreListed() {
        List<EssentialFamily> families = List.of(
                family("F1", patent("F1-US", "US", List.of("etri", "kaist"))),
                family("F2", patent("F2-US", "US", List.of("etri")), patent("F2-DE", "DE", List.of("etri"))),
                family("F3", patent("F3-US", "US", List.of())),
                family("F4", "A"));
        Plans plans = new LicensingPlans().plans(question(Map.of("US", 10L, "DE", 10L), null, families,
                pool("A", "1")));
        Plan best = plans.plans().get(0);
        assertEquals(List.of("A"), best.pools());
        // etri: F1 and F2 (two patents of F2, one family) → 2; kaist: F1 → 1
        assertEquals(List.of(new HolderGap("etri", 2, List.of("F1", "F2")), new HolderGap("kaist", 1, List.of("F1"))),
                best.uncoveredByHolder());
        assertEquals(List.of("F3"), best.uncoveredWithoutHolder());
        assertEquals(3, plans.uncoverable().size());
    }

    @Test
    void eachPoolPaysWithItsOwnFreeUnitsAndCap() {
        // V: 100,000 free, then 0.20, cap 25,000; W: 0.50 in CN only, 0.80 elsewhere, no free units
        CandidatePool v = new CandidatePool("V", List.of(new RoyaltyTerms("usd", null, null,
                List.of(new Rate(null, null, d("0.20"))), 100_000L, d("25000"), null)));
        CandidatePool w = new CandidatePool("W", List.of(new RoyaltyTerms("USD", null, null,
                List.of(new Rate("mobile", List.of("CN"), d("0.50")), new Rate(null, null, d("0.80"))), null, null,
                null)));
        List<EssentialFamily> families = List.of(family("F1", "V"), family("F2", "W"));
        Map<String, Long> units = Map.of("US", 200_000L, "CN", 100_000L);
        Plans plans = new LicensingPlans().plans(question(units, null, families, v, w));
        Plan best = plans.plans().get(0);
        assertEquals(List.of("V", "W"), best.pools());
        // V: 300,000 units, all at 0.20; 100,000 free off CN first (code order on equal rates) →
        // US 200,000 × 0.20 = 40,000 > cap 25,000 → 25,000; before the cap CN 0, US 40,000, so US bears it all
        PoolCost pv = best.costByPool().get(0);
        assertTrue(pv.capped());
        assertAmount("25000", pv.amount());
        assertAmount("40000", pv.beforeCap());
        assertEquals(100_000, pv.countries().get(0).freeUnits()); // CN
        assertAmount("0", pv.countries().get(0).amount());
        assertAmount("25000", pv.countries().get(1).amount()); // US
        // W: CN 100,000 × 0.50 = 50,000; US 200,000 × 0.80 = 160,000; 210,000
        PoolCost pw = best.costByPool().get(1);
        assertAmount("210000", pw.amount());
        // plan: 235,000 / 300,000 units = 0.783333 (6 decimals)
        assertAmount("235000", best.annualCost());
        assertEquals(d("0.783333"), best.perUnit());
        assertEquals("USD", plans.currency());
    }

    @Test
    void poolsInSeveralCurrenciesAreRefused() {
        CandidatePool eur = new CandidatePool("E", List.of(new RoyaltyTerms("EUR", null, null,
                List.of(new Rate(null, null, d("1"))), null, null, null)));
        List<EssentialFamily> families = List.of(family("F1", "A"), family("F2", "E"));
        InvalidField e = assertThrows(InvalidField.class, () -> new LicensingPlans().plans(
                question(Map.of("US", 1L), null, families, pool("A", "1"), eur)));
        assertEquals("pools", e.field());
        assertTrue(e.getMessage().contains("EUR: E; USD: A"), e.getMessage());
        // a pool in another currency that adds nothing does not block the question
        List<EssentialFamily> onlyA = List.of(family("F1", "A"));
        assertEquals("USD", new LicensingPlans().plans(question(Map.of("US", 1L), null, onlyA, pool("A", "1"), eur))
                .currency());
    }

    @Test
    void theQuestionIsValidatedNamingFields() {
        List<EssentialFamily> none = List.of();
        assertEquals("target", assertThrows(InvalidField.class, () -> question(US_1000, 0.0, none)).field());
        assertEquals("target", assertThrows(InvalidField.class, () -> question(US_1000, 1.5, none)).field());
        assertEquals("units", assertThrows(InvalidField.class, () -> question(Map.of("US", 0L), null, none)).field());
        assertEquals("units.US", assertThrows(InvalidField.class,
                () -> question(Map.of("US", -1L), null, none)).field());
        assertEquals("units.USA", assertThrows(InvalidField.class,
                () -> question(Map.of("USA", 1L), null, none)).field());
        assertEquals("pools[1]", assertThrows(InvalidField.class,
                () -> question(US_1000, null, none, pool("A", "1"), pool("A", "2"))).field());
        // nothing essential: the empty plan, share 0 (as coverage's ratio), target met with 0 needed
        Plans empty = new LicensingPlans().plans(question(US_1000, null, none, pool("A", "1")));
        assertEquals(0, empty.essential());
        assertTrue(empty.targetMet());
        assertEquals(List.of(List.of()), empty.plans().stream().map(Plan::pools).toList());
        assertEquals(Arrays.asList(Exclusion.NOTHING_TO_ADD), empty.excluded().stream().map(ExcludedPool::reason)
                .toList());
    }
}
