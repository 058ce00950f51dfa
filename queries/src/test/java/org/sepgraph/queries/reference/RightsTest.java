package org.sepgraph.queries.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.Route;

/** The per-patent solver on small hand-made cases the fixture does not contain (ties, cycles). */
class RightsTest {
    private static Grant grant(String id, Party grantor, boolean sub, String... holders) {
        Map<String, String> h = new java.util.HashMap<>();
        for (String o : holders) {
            h.put(o, o);
        }
        return new Grant(id, grantor, sub, h);
    }

    private static final Party OWNER = Party.organization("owner");

    @Test
    void equalLengthChainsTieOnLicenceIdsFromTheOrganisationsEnd() {
        // o holds l-b (from x) and l-a (from y); x and y each hold a sublicensable licence from the owner
        Rights r = new Rights("P", null, Map.of(OWNER, "owner"), List.of(
                grant("l-b", Party.organization("x"), false, "o"),
                grant("l-a", Party.organization("y"), false, "o"),
                grant("l-z", OWNER, true, "y"),
                grant("l-c", OWNER, true, "x")));
        Chain c = r.chain("o", 3).orElseThrow();
        assertEquals(List.of("l-a", "l-z"), c.licenses());
        assertEquals(Route.SUBLICENSED, c.route());
    }

    @Test
    void theOwnersLicenceBeatsThePoolsAndShorterBeatsSmallerIds() {
        Party pool = Party.pool("pool");
        Rights r = new Rights("P", null, Map.of(OWNER, "owner", pool, "pool"), List.of(
                grant("a-pool", pool, false, "o"),
                grant("b-owner", OWNER, false, "o"),
                grant("0-long", Party.organization("m"), false, "o"),
                grant("m-sub", OWNER, true, "m")));
        assertEquals(List.of("b-owner"), r.chain("o", 3).orElseThrow().licenses());
        assertEquals(Route.LICENSED, r.chain("o", 3).orElseThrow().route());
    }

    @Test
    void aPoolAndAnOwnerSharingAnIdAreDifferentParties() {
        Party pool = Party.pool("same");
        Rights r = new Rights("P", null, Map.of(pool, "same"), List.of(
                grant("l1", Party.organization("same"), false, "o")));
        assertTrue(r.chain("o", 3).isEmpty(), "the organisation 'same' owns nothing");
    }

    @Test
    void sublicensingCyclesEndAndDepthIsBounded() {
        Party a = Party.organization("a");
        Party b = Party.organization("b");
        Rights r = new Rights("P", null, Map.of(OWNER, "owner"), List.of(
                grant("ab", a, true, "b"),
                grant("ba", b, true, "a"),
                grant("oa", OWNER, true, "a"),
                grant("bz", b, false, "z")));
        assertEquals(Map.of(OWNER, 0, a, 1, b, 2), r.licenseDepths(6));
        assertEquals(List.of("bz", "ab", "oa"), r.chain("z", 3).orElseThrow().licenses());
        assertTrue(r.chain("z", 2).isEmpty());
        assertEquals(List.of("a", "b", "owner", "z"), r.practitioners(3).stream().map(Chain::organization).toList());
        assertEquals(List.of("ab", "ba", "bz", "oa"), r.lawfulLicenses(3));
        assertEquals(List.of("ab", "oa"), r.lawfulLicenses(2), "b licenses at depth 2: ba and bz would end chains of 3");
    }
}
