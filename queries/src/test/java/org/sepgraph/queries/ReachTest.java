package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sepgraph.queries.Fixture.ALL;
import static org.sepgraph.queries.Fixture.D1;
import static org.sepgraph.queries.Fixture.D2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachRequest;
import org.sepgraph.queries.reach.Route;
import org.sepgraph.queries.reach.Step;

/** Reach, Path and Practitioners against the hand-computed answers of fixture.md. */
class ReachTest {
    private static Ask reach;

    @BeforeAll
    static void load() {
        reach = Ask.engine(Fixture.load());
    }

    /** Each item as "patent ROUTE [licences] root". */
    static List<String> items(Reach r) {
        return r.items().items().stream().map(ReachTest::line).toList();
    }

    static String line(Chain c) {
        return c.patent() + " " + c.route() + " " + c.licenses() + " " + c.root();
    }

    /** Each practitioner as "organisation ROUTE [licences] root". */
    static List<String> practitioners(Practitioners p) {
        return p.items().items().stream()
                .map(c -> c.organization() + " " + c.route() + " " + c.licenses() + " " + c.root()).toList();
    }

    /** A path written as "id", "-VIA-> id", "<-VIA- id" or "~VIA~ id". */
    static String path(Chain c) {
        return c.path().stream().map(ReachTest::step).collect(Collectors.joining(" "));
    }

    static String step(Step s) {
        if (s.via() == null) {
            return s.id();
        }
        return switch (s.direction()) {
            case OUT -> "-" + s.via() + "-> " + s.id();
            case IN -> "<-" + s.via() + "- " + s.id();
            case EITHER -> "~" + s.via() + "~ " + s.id();
        };
    }

    static Map<Route, Long> routes(long owned, long licensed, long pool, long sublicensed) {
        return Map.of(Route.OWNED, owned, Route.LICENSED, licensed, Route.POOL, pool, Route.SUBLICENSED, sublicensed);
    }

    static List<String> owners(Reach r) {
        return r.byOwner().stream().map(o -> o.owner() + " " + o.count()).toList();
    }

    @Test
    void beta() {
        Reach r = reach.reach(new ReachRequest("beta", D1, 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(7, r.reached());
        assertEquals(0, r.unknownExpiry());
        assertEquals(routes(3, 4, 0, 0), r.byRoute());
        assertEquals(List.of("alpha 3", "beta 3", "alpha-de 1", "gamma 1"), owners(r));
        assertEquals(List.of(
                "CN2 OWNED [] beta",
                "DE-EP1 LICENSED [lic-port] alpha",
                "DE11 LICENSED [lic-port] alpha-de",
                "EP1 LICENSED [lic-port] alpha",
                "FR-EP1 LICENSED [lic-port] alpha",
                "KR2 OWNED [] beta",
                "US2 OWNED [] beta"), items(r));
        assertEquals("beta <-GRANTED_TO- lic-port -GRANTED_BY-> alpha ~AFFILIATE_OF~ alpha-de -OWNS-> DE11",
                path(r.items().items().get(2)));
        assertEquals("beta -OWNS-> US2", path(r.items().items().get(6)));

        Reach f = reach.reach(new ReachRequest("beta", D1, 3, Set.of(), Unit.FAMILY, ALL));
        assertEquals(3, f.reached());
        assertEquals(routes(1, 2, 0, 0), f.byRoute());
        assertEquals(List.of("alpha 1", "alpha-de 1", "beta 1", "gamma 1"), owners(f));
        assertEquals(7, f.items().total(), "items stay patents in either unit");
    }

    @Test
    void betaByTerritoryAndDate() {
        assertEquals(List.of("DE-EP1 LICENSED [lic-port] alpha", "DE11 LICENSED [lic-port] alpha-de"),
                items(reach.reach(new ReachRequest("beta", D1, 3, Set.of("DE"), Unit.PATENT, ALL))));
        Reach in2015 = reach.reach(new ReachRequest("beta", LocalDate.parse("2015-06-01"), 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(List.of("CN2 OWNED [] beta", "KR2 OWNED [] beta", "US2 OWNED [] beta",
                "US5 LICENSED [lic-lapsed] theta"), items(in2015));
        assertEquals(routes(3, 1, 0, 0), in2015.byRoute());
    }

    @Test
    void deltaPrefersTheOwnersLicenceToThePoolsAndHonoursLicenceTerritories() {
        Reach r = reach.reach(new ReachRequest("delta", D1, 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(List.of(
                "CN2 LICENSED [lic-terr] beta",
                "FR-EP1 POOL [lic-pool2] pool-two",
                "JP7 POOL [lic-pool2] pool-two",
                "US2 LICENSED [lic-terr] beta",
                "US3 OWNED [] delta",
                "US6 POOL [lic-pool2] pool-two"), items(r));
        assertEquals(1, r.unknownExpiry());
        assertEquals(routes(1, 2, 3, 0), r.byRoute());
        assertEquals(List.of("beta 2", "alpha 1", "delta 1", "epsilon 1", "gamma 1", "theta 1"), owners(r));
        assertEquals("delta <-GRANTED_TO- lic-pool2 -GRANTED_BY-> pool-two <-IN_POOL- FR-EP1",
                path(r.items().items().get(1)));
        assertEquals("Pool", r.items().items().get(1).path().get(2).kind());

        Reach f = reach.reach(new ReachRequest("delta", D1, 3, Set.of(), Unit.FAMILY, ALL));
        assertEquals(5, f.reached());
        assertEquals(routes(1, 1, 3, 0), f.byRoute());

        assertEquals(List.of("US3 OWNED [] delta"), items(reach.reach(new ReachRequest("delta", D1, 0, Set.of(), Unit.PATENT, ALL))));
    }

    @Test
    void aSublicensableChainOfThreeAndOneThatBreaks() {
        Reach iota = reach.reach(new ReachRequest("iota", D1, 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(List.of("JP7 SUBLICENSED [lic-s3, lic-s2, lic-s1] epsilon"), items(iota));
        assertEquals(routes(0, 0, 0, 1), iota.byRoute());
        assertEquals("iota <-GRANTED_TO- lic-s3 -GRANTED_BY-> eta <-GRANTED_TO- lic-s2 -GRANTED_BY-> zeta"
                + " <-GRANTED_TO- lic-s1 -GRANTED_BY-> epsilon -OWNS-> JP7", path(iota.items().items().get(0)));

        Reach short2 = reach.reach(new ReachRequest("iota", D1, 2, Set.of(), Unit.PATENT, ALL));
        assertEquals(0, short2.reached());
        assertEquals(routes(0, 0, 0, 0), short2.byRoute());

        assertEquals(0, reach.reach(new ReachRequest("kappa", D1, 6, Set.of(), Unit.PATENT, ALL)).reached());
        assertEquals(List.of("JP7 SUBLICENSED [lic-s2, lic-s1] epsilon"),
                items(reach.reach(new ReachRequest("eta", D1, 3, Set.of(), Unit.PATENT, ALL))));
        assertEquals(List.of("JP7 LICENSED [lic-s1] epsilon", "US8 OWNED [] zeta"),
                items(reach.reach(new ReachRequest("zeta", D1, 3, Set.of(), Unit.PATENT, ALL))));
    }

    @Test
    void aLicenceFromSomeoneWithoutRightsGivesNothing() {
        assertEquals(List.of("US2 LICENSED [lic-gamma] gamma", "US5 OWNED [] theta", "US6 OWNED [] theta"),
                items(reach.reach(new ReachRequest("theta", D1, 3, Set.of(), Unit.PATENT, ALL))));
    }

    @Test
    void groupsAndAffiliates() {
        List<String> alpha = List.of(
                "DE-EP1 OWNED [] alpha",
                "DE11 OWNED [] alpha-de",
                "EP1 OWNED [] alpha",
                "FR-EP1 OWNED [] alpha",
                "US10 LICENSED [lic-aff] gamma");
        Reach a = reach.reach(new ReachRequest("alpha", D2, 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(alpha, items(a));
        assertEquals("alpha ~AFFILIATE_OF~ alpha-de -OWNS-> DE11", path(a.items().items().get(1)));
        assertEquals("alpha ~AFFILIATE_OF~ alpha-de <-GRANTED_TO- lic-aff -GRANTED_BY-> gamma -OWNS-> US10",
                path(a.items().items().get(4)));

        Reach de = reach.reach(new ReachRequest("alpha-de", D2, 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(List.of(
                "DE-EP1 OWNED [] alpha",
                "DE11 OWNED [] alpha-de",
                "EP1 OWNED [] alpha",
                "FR-EP1 OWNED [] alpha",
                "JP7 LICENSED [lic-noaff] epsilon",
                "US10 LICENSED [lic-aff] gamma"), items(de));
        assertEquals(routes(4, 2, 0, 0), de.byRoute());

        Reach fr = reach.reach(new ReachRequest("alpha-fr", D2, 3, Set.of(), Unit.PATENT, ALL));
        assertEquals(alpha, items(fr));
        assertEquals("alpha-fr ~AFFILIATE_OF~ alpha -OWNS-> EP1", path(fr.items().items().get(2)));
    }

    @Test
    void everyReachItemIsThePathToItsPatent() {
        for (String org : List.of("alpha", "alpha-fr", "beta", "delta", "eta", "iota", "theta", "zeta")) {
            for (LocalDate date : List.of(D1, D2)) {
                for (Chain item : reach.reach(new ReachRequest(org, date, 3, Set.of(), Unit.PATENT, ALL)).items().items()) {
                    assertEquals(item, reach.path(new PathRequest(org, item.patent(), date, 3)), org + " " + item.patent() + " " + date);
                }
            }
        }
    }

    @Test
    void paths() {
        assertEquals("iota <-GRANTED_TO- lic-s3 -GRANTED_BY-> eta <-GRANTED_TO- lic-s2 -GRANTED_BY-> zeta"
                + " <-GRANTED_TO- lic-s1 -GRANTED_BY-> epsilon -OWNS-> JP7", path(reach.path(new PathRequest("iota", "JP7", D1, 3))));
        assertEquals("delta <-GRANTED_TO- lic-terr -GRANTED_BY-> beta -OWNS-> US2",
                path(reach.path(new PathRequest("delta", "US2", D1, null))));
        assertEquals("to", assertThrows(NotFound.class, () -> reach.path(new PathRequest("iota", "JP7", D1, 2))).field());
        assertEquals("to", assertThrows(NotFound.class, () -> reach.path(new PathRequest("kappa", "JP7", D1, 6))).field());
        assertEquals("to", assertThrows(NotFound.class, () -> reach.path(new PathRequest("theta", "EP1", D1, 3))).field());
        assertEquals("to", assertThrows(NotFound.class, () -> reach.path(new PathRequest("alpha", "US10", D1, 3))).field());
        assertEquals("from", assertThrows(NotFound.class, () -> reach.path(new PathRequest("nobody", "JP7", D1, 3))).field());
        assertEquals("to", assertThrows(NotFound.class, () -> reach.path(new PathRequest("iota", "XX1", D1, 3))).field());
    }

    @Test
    void practitionersOfJp7() {
        assertEquals(List.of(
                "alpha-de LICENSED [lic-noaff] epsilon",
                "delta POOL [lic-pool2] pool-two",
                "epsilon OWNED [] epsilon",
                "eta SUBLICENSED [lic-s2, lic-s1] epsilon",
                "iota SUBLICENSED [lic-s3, lic-s2, lic-s1] epsilon",
                "zeta LICENSED [lic-s1] epsilon"), practitioners(reach.practitioners(new PractitionersRequest("JP7", D1, 3, ALL))));
        assertEquals(List.of("alpha-de", "delta", "epsilon", "eta", "zeta"),
                reach.practitioners(new PractitionersRequest("JP7", D1, 2, ALL)).items().items().stream().map(Chain::organization).toList());
        assertEquals(List.of("delta", "epsilon", "eta", "iota", "zeta"),
                reach.practitioners(new PractitionersRequest("JP7", LocalDate.parse("2019-06-01"), 3, ALL)).items().items().stream()
                        .map(Chain::organization).toList());
    }

    @Test
    void practitionersOfOtherPatents() {
        assertEquals(List.of(
                "beta OWNED [] beta",
                "delta LICENSED [lic-terr] beta",
                "gamma OWNED [] gamma",
                "theta LICENSED [lic-gamma] gamma"), practitioners(reach.practitioners(new PractitionersRequest("US2", D1, 3, ALL))));
        Practitioners us10 = reach.practitioners(new PractitionersRequest("US10", D2, 3, ALL));
        assertEquals(List.of(
                "alpha LICENSED [lic-aff] gamma",
                "alpha-de LICENSED [lic-aff] gamma",
                "alpha-fr LICENSED [lic-aff] gamma",
                "gamma OWNED [] gamma"), practitioners(us10));
        assertEquals("alpha-fr ~AFFILIATE_OF~ alpha-de <-GRANTED_TO- lic-aff -GRANTED_BY-> gamma -OWNS-> US10",
                path(us10.items().items().get(2)));
        Practitioners notYet = reach.practitioners(new PractitionersRequest("US10", D1, 3, ALL));
        assertFalse(notYet.inForce());
        assertEquals(0, notYet.items().total());
        assertEquals(List.of(
                "alpha OWNED [] alpha",
                "alpha-de OWNED [] alpha",
                "alpha-fr OWNED [] alpha",
                "beta LICENSED [lic-port] alpha"), practitioners(reach.practitioners(new PractitionersRequest("EP1", D1, 3, ALL))));
        Practitioners paged = reach.practitioners(new PractitionersRequest("JP7", D1, 3, org.sepgraph.graph.model.Page.Request.of(1, 4)));
        assertEquals(List.of("iota", "zeta"), paged.items().items().stream().map(Chain::organization).toList());
        assertEquals(6, paged.items().total());
    }

    @Test
    void unknownIdsAndBadParameters() {
        assertEquals("id", assertThrows(NotFound.class,
                () -> reach.reach(new ReachRequest("nobody", D1, 3, Set.of(), Unit.PATENT, ALL))).field());
        assertEquals("id", assertThrows(NotFound.class,
                () -> reach.reach(new ReachRequest("nobody", D1, 0, Set.of(), Unit.PATENT, ALL))).field());
        assertEquals("id", assertThrows(NotFound.class, () -> reach.practitioners(new PractitionersRequest("XX1", D1, 3, ALL))).field());
        assertEquals("maxDepth", assertThrows(InvalidField.class,
                () -> reach.reach(new ReachRequest("beta", D1, 7, Set.of(), Unit.PATENT, ALL))).field());
        assertEquals("maxDepth", assertThrows(InvalidField.class, () -> reach.path(new PathRequest("beta", "US2", D1, -1))).field());
        assertEquals("territory", assertThrows(InvalidField.class,
                () -> reach.reach(new ReachRequest("beta", D1, 3, Set.of("D"), Unit.PATENT, ALL))).field());
    }
}
