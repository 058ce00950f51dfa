package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sepgraph.queries.Fixture.ALL;
import static org.sepgraph.queries.Fixture.D1;
import static org.sepgraph.queries.Fixture.D2;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageItem;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.coverage.PatentCoverage;
import org.sepgraph.queries.reach.Route;

/** Coverage against the hand-computed answers of fixture.md ("Coverage of STD"). */
class CoverageTest {
    private static Ask coverage;

    @BeforeAll
    static void load() {
        coverage = Ask.engine(Fixture.load());
    }

    private static Coverage everyone(LocalDate asOf, Set<String> territories, Unit unit) {
        return coverage.coverage(new CoverageRequest("STD", asOf, territories, null, unit, ALL));
    }

    static List<String> pools(Coverage c) {
        return c.byPool().stream().map(p -> p.pool() + " " + p.covered()).toList();
    }

    static List<String> licenses(Coverage c) {
        return c.byLicense().stream().map(l -> l.license() + " " + l.covered()).toList();
    }

    static List<String> holdouts(Coverage c) {
        return c.holdouts().stream().map(h -> h.holder() + " " + h.count()).toList();
    }

    static List<String> ids(Page<CoverageItem> page) {
        return page.items().stream().map(CoverageItem::id).toList();
    }

    static void counts(Coverage c, long essential, long covered, long uncovered, double ratio, long unknownExpiry) {
        assertEquals(List.of(essential, covered, uncovered, unknownExpiry),
                List.of(c.essential(), c.covered(), c.uncovered(), c.unknownExpiry()), "essential, covered, uncovered, unknownExpiry");
        assertEquals(ratio, c.ratio(), 1e-9, "ratio");
    }

    @Test
    void familiesOnD1() {
        Coverage c = everyone(D1, Set.of(), Unit.FAMILY);
        counts(c, 6, 5, 1, 5.0 / 6, 1);
        assertEquals(List.of("pool-one 2", "pool-two 1", "pool-three 0"), pools(c));
        assertEquals(List.of("lic-port 2", "lic-noaff 1", "lic-pool2 1", "lic-s1 1", "lic-s2 1", "lic-s3 1",
                "lic-terr 1", "lic-gamma 0"), licenses(c));
        assertEquals(List.of("delta 1"), holdouts(c));
        assertEquals(List.of("DE11", "F1", "F2", "JP7", "US5"), ids(c.coveredItems()));
        assertEquals(List.of("US3"), ids(c.uncoveredItems()));
        CoverageItem f1 = c.coveredItems().items().get(1);
        assertEquals(Unit.FAMILY, f1.kind());
        assertEquals(List.of("DE-EP1", "EP1", "FR-EP1"), f1.patents().stream().map(PatentCoverage::patent).toList());
        PatentCoverage fr = f1.patents().get(2);
        assertEquals(List.of("pool-two"), fr.pools());
        assertEquals(List.of("lic-pool2", "lic-port"), fr.licenses());
        assertNull(fr.chain());
        CoverageItem jp7 = c.coveredItems().items().get(3);
        assertEquals(Unit.PATENT, jp7.kind());
        // lic-s2 and lic-s3 are lawful through the sublicensable chain; lic-s4 is not
        assertEquals(List.of("lic-noaff", "lic-pool2", "lic-s1", "lic-s2", "lic-s3"), jp7.patents().get(0).licenses());
        assertEquals(List.of("pool-one", "pool-two"), jp7.patents().get(0).pools());
        PatentCoverage us3 = c.uncoveredItems().items().get(0).patents().get(0);
        assertEquals(List.of("delta"), us3.owners());
        assertEquals(List.of(), us3.pools());
        assertEquals(List.of(), us3.licenses());
    }

    @Test
    void patentsOnD1() {
        Coverage c = everyone(D1, Set.of(), Unit.PATENT);
        counts(c, 9, 8, 1, 8.0 / 9, 1);
        assertEquals(List.of("pool-one 5", "pool-two 3", "pool-three 1"), pools(c));
        assertEquals(List.of("lic-port 4", "lic-pool2 3", "lic-terr 2", "lic-gamma 1", "lic-noaff 1", "lic-s1 1",
                "lic-s2 1", "lic-s3 1"), licenses(c));
        assertEquals(List.of("delta 1"), holdouts(c));
        // every item is a patent; US4 (expired), US6 (rejected), KR9 (lapsed), US10 (not yet filed) are absent
        assertEquals(List.of("CN2", "DE-EP1", "DE11", "EP1", "FR-EP1", "JP7", "US2", "US5"), ids(c.coveredItems()));
    }

    @Test
    void aPoolMembershipThatEndedLeavesAHoldout() {
        LocalDate jan2022 = LocalDate.parse("2022-01-15");
        Coverage c = everyone(jan2022, Set.of(), Unit.PATENT);
        counts(c, 10, 8, 2, 0.8, 1);
        assertEquals(List.of("US3", "US5"), ids(c.uncoveredItems()));
        assertEquals(List.of("delta 1", "theta 1"), holdouts(c));
        assertEquals(List.of("pool-one 4", "pool-two 3", "pool-three 1"), pools(c));
        assertEquals(List.of("lic-port 4", "lic-pool2 3", "lic-terr 2", "lic-aff 1", "lic-gamma 1", "lic-noaff 1",
                "lic-s1 1", "lic-s2 1", "lic-s3 1"), licenses(c));
        counts(everyone(jan2022, Set.of(), Unit.FAMILY), 7, 5, 2, 5.0 / 7, 1);
    }

    @Test
    void everythingIsCoveredOnD2() {
        Coverage c = everyone(D2, Set.of(), Unit.FAMILY);
        counts(c, 6, 6, 0, 1.0, 1);
        assertEquals(List.of(), holdouts(c));
        assertEquals(List.of("pool-one 2", "pool-two 1", "pool-three 0"), pools(c));
        assertEquals(List.of("DE11", "F1", "F2", "JP7", "US10", "US3"), ids(c.coveredItems()));
    }

    @Test
    void territoriesNarrowTheEssentialSetAndTheFamilies() {
        Coverage us = everyone(D1, Set.of("us"), Unit.FAMILY);
        counts(us, 3, 2, 1, 2.0 / 3, 1);
        assertEquals(Set.of("US"), us.territories());
        assertEquals(List.of("pool-one 2", "pool-two 1"), pools(us));
        assertEquals(List.of("lic-gamma 1", "lic-pool2 1", "lic-terr 1"), licenses(us));
        assertEquals(List.of("delta 1"), holdouts(us));
        assertEquals(List.of("F2", "US5"), ids(us.coveredItems()));
        assertEquals(List.of("US2"), us.coveredItems().items().get(0).patents().stream()
                .map(PatentCoverage::patent).toList());

        Coverage europe = everyone(D1, Set.of("DE", "FR"), Unit.FAMILY);
        counts(europe, 2, 2, 0, 1.0, 0);
        // each pool holds only one of F1's two patents in E: neither is credited with the family
        assertEquals(List.of("pool-one 0", "pool-two 0"), pools(europe));
        assertEquals(List.of("lic-port 2", "lic-pool2 0"), licenses(europe));
    }

    @Test
    void licenseeModeCountsWhatTheLicenseeReaches() {
        Coverage c = coverage.coverage(new CoverageRequest("STD", D1, Set.of(), "delta", Unit.FAMILY, ALL));
        counts(c, 6, 3, 3, 0.5, 1);
        assertEquals("delta", c.licensee());
        assertEquals(List.of("pool-two 1"), pools(c));
        assertEquals(List.of("lic-pool2 1", "lic-terr 1"), licenses(c));
        assertEquals(List.of("alpha 1", "alpha-de 1", "theta 1"), holdouts(c));
        assertEquals(List.of("F2", "JP7", "US3"), ids(c.coveredItems()));
        assertEquals(List.of("DE11", "F1", "US5"), ids(c.uncoveredItems()));
        PatentCoverage us2 = c.coveredItems().items().get(0).patents().get(1);
        assertEquals("US2", us2.patent());
        assertEquals(Route.LICENSED, us2.chain().route());
        assertEquals(List.of("lic-terr"), us2.licenses());
        assertEquals(List.of(), us2.pools());
        PatentCoverage us3 = c.coveredItems().items().get(2).patents().get(0);
        assertEquals(Route.OWNED, us3.chain().route());

        Coverage p = coverage.coverage(new CoverageRequest("STD", D1, Set.of(), "delta", Unit.PATENT, ALL));
        counts(p, 9, 5, 4, 5.0 / 9, 1);
        assertEquals(List.of("pool-two 2"), pools(p));
        assertEquals(List.of("lic-pool2 2", "lic-terr 2"), licenses(p));
        assertEquals(List.of("alpha 2", "alpha-de 1", "theta 1"), holdouts(p));
        assertEquals(List.of("DE-EP1", "DE11", "EP1", "US5"), ids(p.uncoveredItems()));
    }

    @Test
    void licenseeAtTheEndOfASublicensableChain() {
        Coverage c = coverage.coverage(new CoverageRequest("STD", D1, Set.of(), "iota", Unit.PATENT, ALL));
        counts(c, 9, 1, 8, 1.0 / 9, 1);
        assertEquals(List.of(), pools(c));
        assertEquals(List.of("lic-s3 1"), licenses(c));
        assertEquals(List.of("lic-s3", "lic-s2", "lic-s1"),
                c.coveredItems().items().get(0).patents().get(0).licenses());
        counts(coverage.coverage(new CoverageRequest("STD", D1, Set.of(), "kappa", Unit.PATENT, ALL)), 9, 0, 9, 0.0, 1);
    }

    @Test
    void pagesOfItemsKeepTheirTotals() {
        Coverage c = coverage.coverage(new CoverageRequest("STD", D1, Set.of(), null, Unit.FAMILY, Page.Request.of(1, 2)));
        assertEquals(List.of("F2", "JP7"), ids(c.coveredItems()));
        assertEquals(List.of(5L, 1, 2), List.of(c.coveredItems().total(), c.coveredItems().page(),
                c.coveredItems().size()));
        assertEquals(List.of(), ids(c.uncoveredItems()));
        assertEquals(1, c.uncoveredItems().total());
    }

    @Test
    void aStandardWithoutDeclarationsHasAnEmptySet() {
        Coverage c = coverage.coverage(new CoverageRequest("OTHER", D1, Set.of(), null, Unit.FAMILY, ALL));
        counts(c, 0, 0, 0, 0.0, 0);
        assertEquals(List.of(), pools(c));
        assertEquals(0, c.coveredItems().total());
    }

    @Test
    void unknownIdsAndBadParameters() {
        assertEquals("id", assertThrows(NotFound.class,
                () -> coverage.coverage(new CoverageRequest("NOPE", D1, Set.of(), null, Unit.FAMILY, ALL))).field());
        assertEquals("licensee", assertThrows(NotFound.class,
                () -> coverage.coverage(new CoverageRequest("STD", D1, Set.of(), "nobody", Unit.FAMILY, ALL))).field());
        assertEquals("territory", assertThrows(InvalidField.class,
                () -> coverage.coverage(new CoverageRequest("STD", D1, Set.of("USA"), null, Unit.FAMILY, ALL))).field());
    }
}
