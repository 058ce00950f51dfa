package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepgraph.queries.Fixture.ALL;
import static org.sepgraph.queries.Fixture.D1;
import static org.sepgraph.queries.Fixture.D2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.landscape.DeclarantCount;
import org.sepgraph.queries.landscape.Declarants;
import org.sepgraph.queries.landscape.DeclarantsQuestion;
import org.sepgraph.queries.landscape.DeclarantsRequest;
import org.sepgraph.queries.landscape.Holder;
import org.sepgraph.queries.landscape.Landscape;
import org.sepgraph.queries.landscape.LandscapeQuestion;
import org.sepgraph.queries.landscape.LandscapeRequest;
import org.sepgraph.queries.landscape.OutsideMember;
import org.sepgraph.queries.landscape.YearCount;

/** Landscape and Declarants against the hand-computed answers of landscape.md. */
class LandscapeTest {
    static final LocalDate JUNE_2023 = LocalDate.parse("2023-06-01");

    private static Snapshot snapshot;

    /** The fixture with landscape.cypher's additions, in memory. */
    static Snapshot load() {
        GraphStore store = Fixture.load();
        TestStore.run(store, Fixture.resource("/landscape.cypher"));
        Engine engine = new Engine(store);
        engine.load();
        return engine.current();
    }

    @BeforeAll
    static void loadOnce() {
        snapshot = load();
    }

    private static Landscape landscape(LocalDate asOf, Set<String> territories, Unit unit) {
        return LandscapeQuestion.landscape(snapshot, new LandscapeRequest("STD", asOf, territories, unit, ALL));
    }

    /** "holder count pools alliances exposed", one string per holder, for one readable comparison. */
    static List<String> holders(Landscape l) {
        return l.holders().items().stream().map(h -> h.organization() + " " + h.count() + " " + h.pools() + " "
                + h.alliances() + " " + h.exposed()).toList();
    }

    static List<String> jurisdictions(Landscape l) {
        return l.byJurisdiction().stream().map(j -> j.jurisdiction() + " " + j.count()).toList();
    }

    /** The years with a count, "year count", and the first and last year listed. */
    static List<String> expiries(Landscape l) {
        List<String> out = new ArrayList<>();
        out.add("from " + l.expiries().get(0).year() + " to " + l.expiries().get(l.expiries().size() - 1).year());
        for (YearCount y : l.expiries()) {
            if (y.count() > 0) {
                out.add(y.year() + " " + y.count());
            }
        }
        return out;
    }

    static List<String> outside(Page<OutsideMember> page) {
        return page.items().stream().map(m -> m.id() + " " + m.patents()).toList();
    }

    @Test
    void familiesOnD1() {
        Landscape l = landscape(D1, Set.of(), Unit.FAMILY);
        assertEquals(List.of(6L, 1L, 1L), List.of(l.essential(), l.unknownExpiry(), l.unknownExpiryPatents()));
        assertEquals(List.of(
                "alpha 1 [pool-one, pool-two] [sep-alliance] 0",
                "alpha-de 1 [] [sep-alliance] 1",                               // alliance through alpha's group
                "beta 1 [pool-one, pool-three, pool-two] [sep-alliance] 0",     // a holder in three pools
                "delta 1 [] [] 1",
                "epsilon 1 [pool-one, pool-two] [open-alliance, sep-alliance] 0",
                "gamma 1 [pool-one, pool-two] [] 0",                            // open-alliance only from 2021
                "theta 1 [pool-one] [] 0"), holders(l));
        assertEquals(7, l.holders().total());
        Holder alpha = l.holders().items().get(0);
        assertEquals(1.0 / 6, alpha.share(), 1e-12);                         // F1 of 6 members
        // US 3 = F2, US3, US5; DE 2 = F1, DE11; the rest 1 each, ties by code
        assertEquals(List.of("US 3", "DE 2", "CN 1", "EP 1", "FR 1", "JP 1"), jurisdictions(l));
        // F1 2030, F2 2032 (latest of US2, CN2), US5 2022, JP7 2033, DE11 2035; US3 unknown: 5 + 1 = 6
        assertEquals(List.of("from 2020 to 2035", "2022 1", "2030 1", "2032 1", "2033 1", "2035 1"), expiries(l));
        assertEquals(16, l.expiries().size());
        assertEquals(List.of("DE11 [DE11]", "US3 [US3]"), outside(l.outsidePools()));
        assertEquals(List.of("US3 [US3]", "US5 [US5]"), outside(l.outsideAlliances()));
    }

    @Test
    void patentsOnD1() {
        Landscape l = landscape(D1, Set.of(), Unit.PATENT);
        assertEquals(9, l.essential());
        assertEquals(List.of(
                "alpha 3 [pool-one, pool-two] [sep-alliance] 0",
                "beta 2 [pool-one, pool-three, pool-two] [sep-alliance] 0",
                "alpha-de 1 [] [sep-alliance] 1",
                "delta 1 [] [] 1",
                "epsilon 1 [pool-one, pool-two] [open-alliance, sep-alliance] 0",
                "gamma 1 [pool-one, pool-two] [] 0",
                "theta 1 [pool-one] [] 0"), holders(l));
        assertEquals(3.0 / 9, l.holders().items().get(0).share(), 1e-12);
        assertEquals(List.of("US 3", "DE 2", "CN 1", "EP 1", "FR 1", "JP 1"), jurisdictions(l));
        // 1 (US5) + 3 (F1's) + 2 (US2, CN2) + 1 + 1 + unknown 1 = 9
        assertEquals(List.of("from 2020 to 2035", "2022 1", "2030 3", "2032 2", "2033 1", "2035 1"), expiries(l));
        assertEquals(1, l.unknownExpiry());
        assertEquals(List.of("DE11 [DE11]", "US3 [US3]"), outside(l.outsidePools()));
        assertEquals(List.of("US3 [US3]", "US5 [US5]"), outside(l.outsideAlliances()));
    }

    @Test
    void aTerritoryNarrowsTheEssentialSet() {
        Landscape l = landscape(D1, Set.of("US"), Unit.FAMILY);
        assertEquals(3, l.essential());                                      // F2 = {US2}, US3, US5
        assertEquals(List.of(
                "beta 1 [pool-one, pool-two] [sep-alliance] 0",                // CN2 is not in E here
                "delta 1 [] [] 1",
                "gamma 1 [pool-one, pool-two] [] 0",
                "theta 1 [pool-one] [] 0"), holders(l));
        assertEquals(List.of("US 3"), jurisdictions(l));
    }

    @Test
    void afterAFamilyLeftAPoolAndAMemberLeftTheAlliance() {
        Landscape l = landscape(JUNE_2023, Set.of(), Unit.FAMILY);
        assertEquals(6, l.essential());                                      // F1, F2, US3, JP7, US10, DE11
        assertEquals(List.of(
                "gamma 2 [pool-one, pool-two] [open-alliance] 1",               // F2 (US2 pooled), US10 (not)
                "alpha 1 [pool-one, pool-two] [sep-alliance] 0",
                "alpha-de 1 [] [sep-alliance] 1",
                "beta 1 [pool-one, pool-two] [] 1",                             // CN2 left pool-three; beta left
                "delta 1 [pool-one] [] 0",                                      // US3 joined pool-one in 2023
                "epsilon 1 [pool-one, pool-two] [open-alliance, sep-alliance] 0"), holders(l));
        assertEquals(2.0 / 6, l.holders().items().get(0).share(), 1e-12);
        assertEquals(List.of("US 3", "DE 2", "CN 1", "EP 1", "FR 1", "JP 1"), jurisdictions(l));
        assertEquals(List.of("from 2023 to 2041", "2030 1", "2032 1", "2033 1", "2035 1", "2041 1"), expiries(l));
        assertEquals(1, l.unknownExpiry());
        assertEquals(List.of("DE11 [DE11]", "F2 [CN2]", "US10 [US10]"), outside(l.outsidePools()));
        // F2: US2 is inside through its co-owner gamma, CN2 (beta's alone) is not
        assertEquals(List.of("F2 [CN2]", "US3 [US3]"), outside(l.outsideAlliances()));
    }

    @Test
    void holdersAndOutsideListsArePagedWithExactTotals() {
        Landscape l = LandscapeQuestion.landscape(snapshot,
                new LandscapeRequest("STD", JUNE_2023, Set.of(), Unit.FAMILY, Page.Request.of(1, 2)));
        assertEquals(6, l.holders().total());
        assertEquals(List.of("alpha-de", "beta"), l.holders().items().stream().map(Holder::organization).toList());
        assertEquals(3, l.outsidePools().total());
        assertEquals(List.of("US10 [US10]"), outside(l.outsidePools()));
        assertEquals(2, l.outsideAlliances().total());
        assertEquals(List.of(), l.outsideAlliances().items());
    }

    @Test
    void anEmptyLandscapeAndAnUnknownStandard() {
        // OTHER: US8 only (declared by zeta in landscape.cypher, pool-one since 2016, expires 2034-01-01)
        Landscape other = LandscapeQuestion.landscape(snapshot, LandscapeRequest.of("OTHER", D1));
        assertEquals(1, other.essential());
        assertEquals(List.of("zeta 1 [pool-one] [sep-alliance] 0"), holders(other));
        assertEquals(List.of("from 2020 to 2034", "2034 1"), expiries(other));
        // STD-A in Japan: none of its patents is Japanese
        Landscape none = LandscapeQuestion.landscape(snapshot,
                new LandscapeRequest("STD-A", D1, Set.of("JP"), null, null));
        assertEquals(List.of(0L, 0L, 0L, 0L), List.of(none.essential(), none.holders().total(),
                none.outsidePools().total(), none.outsideAlliances().total()));
        assertEquals(List.of(), none.expiries());
        assertEquals(List.of(), none.byJurisdiction());
        NotFound e = assertThrows(NotFound.class,
                () -> LandscapeQuestion.landscape(snapshot, LandscapeRequest.of("NOPE", D1)));
        assertEquals("id", e.field());
    }

    private static Declarants declarants(String standard, LocalDate asOf, Set<String> territories, boolean inForce) {
        return DeclarantsQuestion.declarants(snapshot, new DeclarantsRequest(standard, asOf, territories, inForce,
                ALL));
    }

    /** "organisation declarations declared/confirmed/rejected patents families". */
    static List<String> rows(Declarants d) {
        return d.items().items().stream().map(c -> c.organization() + " " + c.declarations() + " " + c.declared()
                + "/" + c.confirmed() + "/" + c.rejected() + " " + c.patents() + " " + c.families()).toList();
    }

    @Test
    void declarantsOfEveryDeclarationMade() {
        Declarants d = declarants("STD", D2, Set.of(), false);
        // 17 declarations: confirmed 3 and 14, rejected 9, 15, 16 and 17, the other 11 declared
        assertEquals(List.of(17L, 11L, 2L, 4L), List.of(d.declarations(), d.declared(), d.confirmed(), d.rejected()));
        assertEquals(2.0 / 17, d.confirmedRatio(), 1e-12);
        assertEquals(4.0 / 17, d.rejectedRatio(), 1e-12);
        assertEquals(1.0 / 3, d.essentialRatio(), 1e-12);                    // 2 / (2 + 4)
        assertEquals(List.of(14L, 10L), List.of(d.patents(), d.families()));  // all but US8; F1, F2 + 8 alone
        assertEquals(List.of(
                "alpha 4 2/2/0 3 1",                // 1, 2, 3, 14: EP1, DE-EP1, FR-EP1 of F1
                "beta 3 3/0/0 3 2",                 // 4 (joint), 5 (BETA), 11: US2, CN2 (F2), KR9
                "theta 3 1/0/2 2 2",                // 8, 9 ('THETA NETWORKS, INC.': its name), 15: US5, US6
                "epsilon 2 1/0/1 1 1",              // 10, 16: JP7
                "gamma 2 2/0/0 2 2",                // 4 (joint), 12 (no declarant: the owner): US2 (F2), US10
                "Delta Inc. 1 1/0/0 1 1",           // no organisation's id or name is delta-inc: the text
                "Twin Corp 1 0/0/1 1 1",            // iota's and kappa's name: neither's, so the text
                "alpha-de 1 1/0/0 1 1",             // 'Alpha DE'
                "delta 1 1/0/0 1 1"), rows(d));     // 7: US4, expired, still a declaration
        assertEquals(9, d.items().total());
        DeclarantCount alpha = d.items().items().get(0);
        assertTrue(alpha.known());
        assertEquals(List.of(0.5, 0.5, 0.0), List.of(alpha.declaredRatio(), alpha.confirmedRatio(),
                alpha.rejectedRatio()));
        assertEquals(1.0, alpha.essentialRatio());                           // 2 / (2 + 0)
        assertNull(d.items().items().get(1).essentialRatio());               // beta: nothing evaluated
        DeclarantCount theta = d.items().items().get(2);
        assertEquals(0.0, theta.essentialRatio());                           // 0 / (0 + 2)
        assertEquals(2.0 / 3, theta.rejectedRatio(), 1e-12);
        DeclarantCount unknown = d.items().items().get(5);
        assertFalse(unknown.known());
    }

    @Test
    void declarantsByDateForceTerritoryAndPart() {
        Declarants d1 = declarants("STD", D1, Set.of(), false);
        // 14 (2021-03-01) was not made yet
        assertEquals(List.of(16L, 11L, 1L, 4L), List.of(d1.declarations(), d1.declared(), d1.confirmed(),
                d1.rejected()));
        assertEquals(0.2, d1.essentialRatio(), 1e-12);                       // 1 / (1 + 4)
        assertEquals("alpha 3 2/1/0 3 1", rows(d1).get(0));

        Declarants inForce = declarants("STD", D1, Set.of(), true);
        // without US4 (7), KR9 (11), US10 (12), not in force on D1
        assertEquals(13, inForce.declarations());
        assertEquals(List.of("alpha 3 2/1/0 3 1", "theta 3 1/0/2 2 2", "beta 2 2/0/0 2 1", "epsilon 2 1/0/1 1 1",
                "Delta Inc. 1 1/0/0 1 1", "Twin Corp 1 0/0/1 1 1", "alpha-de 1 1/0/0 1 1", "gamma 1 1/0/0 1 1"),
                rows(inForce));

        Declarants us = declarants("STD", D2, Set.of("US"), false);
        assertEquals(7, us.declarations());                                  // 4, 6, 7, 8, 9, 12, 15
        assertEquals(List.of("theta 3 1/0/2 2 2", "gamma 2 2/0/0 2 2", "Delta Inc. 1 1/0/0 1 1",
                "beta 1 1/0/0 1 1", "delta 1 1/0/0 1 1"), rows(us));

        Declarants partA = declarants("STD-A", D2, Set.of(), false);
        assertEquals(9, partA.declarations());                               // 1, 2, 3, 8, 9, 11, 12, 14, 15
        assertEquals(List.of("alpha 4 2/2/0 3 1", "theta 3 1/0/2 2 2", "beta 1 1/0/0 1 1", "gamma 1 1/0/0 1 1"),
                rows(partA));

        Declarants paged = DeclarantsQuestion.declarants(snapshot,
                new DeclarantsRequest("STD", D2, Set.of(), false, Page.Request.of(2, 3)));
        assertEquals(9, paged.items().total());
        assertEquals(List.of("Twin Corp", "alpha-de", "delta"), paged.items().items().stream()
                .map(DeclarantCount::organization).toList());
        assertEquals("id", assertThrows(NotFound.class,
                () -> DeclarantsQuestion.declarants(snapshot, DeclarantsRequest.of("NOPE", D1))).field());
    }
}
