package org.sepgraph.queries.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.graph.model.RoyaltyTerms.Rate;

/**
 * The exact search against brute force over every subset of the priced candidates, on seeded random small inputs
 * (ties, free pools, caps, free units, reached patents and unpriced pools included); and the greedy heuristic
 * against its stated bound.
 */
class LicensingPlansPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final String[] RATES = {"0", "0.5", "1", "1", "2", "3"};

    static PlanQuestion random(long seed, int maxPools, int maxFamilies, Double target) {
        return random(seed, maxPools, maxFamilies, target, RATES);
    }

    static PlanQuestion random(long seed, int maxPools, int maxFamilies, Double target, String[] rateChoices) {
        Random r = new Random(seed);
        int nPools = 1 + r.nextInt(maxPools);
        List<CandidatePool> pools = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nPools; i++) {
            String id = "p" + (char) ('a' + r.nextInt(26)) + i; // ids not in index order, for the tie rules
            ids.add(id);
            if (r.nextInt(12) == 0) { // no terms on asOf
                pools.add(new CandidatePool(id, List.of(new RoyaltyTerms("USD", LocalDate.of(2030, 1, 1), null,
                        List.of(new Rate(null, null, BigDecimal.ONE)), null, null, null))));
                continue;
            }
            List<Rate> rates = new ArrayList<>();
            if (r.nextBoolean()) {
                rates.add(new Rate("mobile", List.of("DE"), new BigDecimal(rateChoices[r.nextInt(rateChoices.length)])));
            }
            rates.add(new Rate(null, null, new BigDecimal(rateChoices[r.nextInt(rateChoices.length)])));
            Long free = r.nextInt(4) == 0 ? 5L : null;
            BigDecimal cap = r.nextInt(4) == 0 ? new BigDecimal(10 + r.nextInt(20)) : null;
            pools.add(new CandidatePool(id, List.of(new RoyaltyTerms("USD", null, null, rates, free, cap, null))));
        }
        int nFamilies = r.nextInt(maxFamilies + 1);
        List<EssentialFamily> families = new ArrayList<>();
        for (int f = 0; f < nFamilies; f++) {
            List<EssentialPatent> patents = new ArrayList<>();
            int nPatents = 1 + r.nextInt(3);
            for (int p = 0; p < nPatents; p++) {
                Set<String> holders = new HashSet<>();
                for (String id : ids) {
                    if (r.nextInt(100) < 35) {
                        holders.add(id);
                    }
                }
                String country = new String[] {"US", "DE", "JP"}[r.nextInt(3)];
                patents.add(new EssentialPatent("F" + f + "-" + p, country, holders, r.nextInt(7) == 0,
                        List.of("o" + r.nextInt(4)), null));
            }
            families.add(new EssentialFamily("F" + f, patents));
        }
        return new PlanQuestion(AS_OF, "mobile", Map.of("US", 10L, "DE", 4L, "JP", 0L), target, families, pools);
    }

    /** One subset as brute force sees it. */
    record Subset(List<String> pools, BigDecimal cost, long covered) {}

    static final Comparator<Subset> TIE = Comparator.comparingInt((Subset s) -> s.pools().size())
            .thenComparing(Subset::pools, LicensingPlansPropertyTest::compareLists);

    static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The rule of {@link Plans} read literally: every subset of the priced pools. */
    static List<Subset> bruteForce(PlanQuestion q) {
        Map<String, BigDecimal> priced = new TreeMap<>();
        for (CandidatePool p : q.pools()) {
            Optional<RoyaltyTerms> t = RoyaltyTerms.termsOn(p.royaltyTerms(), q.asOf());
            if (t.isPresent() && t.get().unpricedCountries(q.product(), q.units()).isEmpty()) {
                priced.put(p.pool(), t.get().yearlyCost(q.product(), q.units()).amount());
            }
        }
        Set<String> countries = new TreeSet<>();
        q.units().forEach((c, n) -> {
            if (n > 0) {
                countries.add(c);
            }
        });
        List<List<EssentialPatent>> essential = q.families().stream()
                .map(f -> f.patents().stream().filter(p -> countries.contains(p.jurisdiction())).toList())
                .filter(l -> !l.isEmpty()).toList();
        List<String> ids = new ArrayList<>(priced.keySet());
        List<Subset> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << ids.size(); mask++) {
            List<String> in = new ArrayList<>();
            BigDecimal cost = BigDecimal.ZERO;
            for (int i = 0; i < ids.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    in.add(ids.get(i));
                    cost = cost.add(priced.get(ids.get(i)));
                }
            }
            long covered = essential.stream().filter(f -> f.stream()
                    .allMatch(p -> p.reached() || p.pools().stream().anyMatch(in::contains))).count();
            all.add(new Subset(in, cost, covered));
        }
        long most = all.stream().mapToLong(Subset::covered).max().orElse(0);
        long need = Math.min(q.needed(essential.size()), most);
        Subset best = all.stream().filter(s -> s.covered() >= need).min(Comparator.comparing(Subset::cost)
                .thenComparing(Comparator.comparingLong(Subset::covered).reversed()).thenComparing(TIE)).orElseThrow();
        List<Subset> byCoverage = new ArrayList<>(all);
        byCoverage.sort(Comparator.comparingLong(Subset::covered).reversed().thenComparing(Subset::cost)
                .thenComparing(TIE));
        List<Subset> frontier = new ArrayList<>();
        BigDecimal cheapest = null;
        for (Subset s : byCoverage) {
            if (cheapest == null || s.cost().compareTo(cheapest) < 0) {
                frontier.add(0, s);
                cheapest = s.cost();
            }
        }
        List<Subset> plans = new ArrayList<>(List.of(best));
        frontier.stream().filter(s -> !s.pools().equals(best.pools())).forEach(plans::add);
        return plans;
    }

    @Test
    void theExactSearchFindsWhatBruteForceFinds() {
        int compared = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Double target = seed % 3 == 0 ? null : new double[] {0.3, 0.5, 0.75, 0.9}[(int) (seed % 4)];
            PlanQuestion q = random(seed, 9, 10, target);
            List<Subset> expected = bruteForce(q);
            Plans actual = new LicensingPlans().plans(q);
            assertEquals(Search.EXACT, actual.method());
            String where = "seed " + seed;
            assertEquals(expected.stream().map(Subset::pools).toList(),
                    actual.plans().stream().map(Plan::pools).toList(), where);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(0, expected.get(i).cost().compareTo(actual.plans().get(i).annualCost()), where);
                assertEquals(expected.get(i).covered(), actual.plans().get(i).covered(), where);
            }
            compared += expected.size();
        }
        assertTrue(compared > 400, "the random inputs should give frontiers of several plans: " + compared);
    }

    @Test
    void manyEqualCostsStillGiveBruteForcesTieBreaks() {
        // one or two prices for up to 12 pools: ties on cost and size everywhere, settled by coverage and ids
        for (long seed = 1; seed <= 150; seed++) {
            Double target = seed % 2 == 0 ? null : 0.6;
            PlanQuestion q = random(seed, 12, 14, target, seed % 3 == 0 ? new String[] {"1"} : new String[] {"1", "2"});
            List<Subset> expected = bruteForce(q);
            Plans actual = new LicensingPlans().plans(q);
            assertEquals(expected.stream().map(Subset::pools).toList(),
                    actual.plans().stream().map(Plan::pools).toList(), "seed " + seed);
        }
    }

    @Test
    void theGreedyCoversWhatIsNeededWithinItsBound() {
        for (long seed = 1; seed <= 300; seed++) {
            PlanQuestion q = random(seed, 9, 10, null);
            Subset optimum = bruteForce(q).get(0);
            Plans greedy = new LicensingPlans(0).plans(q);
            String where = "seed " + seed;
            if (greedy.plans().get(0).pools().isEmpty()) {
                assertEquals(0, optimum.cost().signum(), where);
                continue;
            }
            assertEquals(Search.GREEDY, greedy.method());
            Plan plan = greedy.plans().get(0);
            assertEquals(optimum.covered(), plan.covered(), where);
            // bound: cost ≤ H(m) × optimum, m read back from the answer's own statement
            String bound = greedy.bound();
            int m = Integer.parseInt(bound.replaceAll(".*H\\((\\d+)\\).*", "$1"));
            double h = 0;
            for (int k = 1; k <= m; k++) {
                h += 1.0 / k;
            }
            assertTrue(plan.annualCost().doubleValue() <= h * optimum.cost().doubleValue() + 1e-9,
                    where + ": " + plan.annualCost() + " > H(" + m + ") × " + optimum.cost());
            assertTrue(plan.annualCost().compareTo(optimum.cost()) >= 0, where);
        }
    }

    @Test
    void twentyFivePoolsAreSearchedExactlyAndNeverCostMoreThanTheGreedy() {
        long started = System.nanoTime();
        int runs = 0;
        for (long seed = 1; seed <= 12; seed++) {
            PlanQuestion q = wide(seed, 25, 80);
            Plans exact = new LicensingPlans().plans(q);
            Plans greedy = new LicensingPlans(0).plans(q);
            if (exact.method() != Search.EXACT) {
                continue; // fewer pools survive the exclusions only when some were dominated: still compared below
            }
            runs++;
            assertEquals(exact.plans().get(0).covered(), greedy.plans().get(0).covered(), "seed " + seed);
            assertTrue(exact.plans().get(0).annualCost().compareTo(greedy.plans().get(0).annualCost()) <= 0,
                    "seed " + seed);
        }
        assertTrue(runs > 0);
        System.out.printf("exact plan search, 12 inputs of 25 candidates × 80 families: %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        // 26 useful, undominated candidates are beyond the exact search
        Plans beyond = new LicensingPlans().plans(disjoint(26));
        assertEquals(Search.GREEDY, beyond.method());
        assertEquals(26, beyond.plans().get(0).pools().size()); // each pool alone holds one family
    }

    /** 25 pools, each family held by 1–4 of them, costs 1..40 a unit: few dominated. */
    static PlanQuestion wide(long seed, int nPools, int nFamilies) {
        Random r = new Random(seed);
        List<CandidatePool> pools = new ArrayList<>();
        for (int i = 0; i < nPools; i++) {
            pools.add(new CandidatePool(String.format("p%02d", i), List.of(new RoyaltyTerms("USD", null, null,
                    List.of(new Rate(null, null, BigDecimal.valueOf(1 + r.nextInt(40)))), null, null, null))));
        }
        List<EssentialFamily> families = new ArrayList<>();
        for (int f = 0; f < nFamilies; f++) {
            List<EssentialPatent> patents = new ArrayList<>();
            for (int p = 0; p < 1 + r.nextInt(2); p++) {
                Set<String> holders = new HashSet<>();
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    holders.add(String.format("p%02d", r.nextInt(nPools)));
                }
                patents.add(new EssentialPatent("F" + f + "-" + p, "US", holders, false, List.of("o"), null));
            }
            families.add(new EssentialFamily("F" + f, patents));
        }
        return new PlanQuestion(AS_OF, null, Map.of("US", 1L), null, families, pools);
    }

    static PlanQuestion disjoint(int n) {
        List<CandidatePool> pools = new ArrayList<>();
        List<EssentialFamily> families = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("p%02d", i);
            pools.add(new CandidatePool(id, List.of(new RoyaltyTerms("USD", null, null,
                    List.of(new Rate(null, null, BigDecimal.ONE)), null, null, null))));
            families.add(new EssentialFamily("F" + i, List.of(new EssentialPatent("P" + i, "US", Set.of(id), false,
                    List.of("o"), null))));
        }
        return new PlanQuestion(AS_OF, null, Map.of("US", 1L), null, families, pools);
    }
}
