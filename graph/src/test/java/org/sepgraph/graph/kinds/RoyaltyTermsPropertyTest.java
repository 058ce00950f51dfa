package org.sepgraph.graph.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.LicenseKind;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.graph.model.RoyaltyTerms.Rate;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** Royalty terms on pools and licences: stored as one JSON property, read back equal, scale of amounts kept. */
class RoyaltyTermsPropertyTest {
    /** Via LA HEVC's shape: 100,000 units a year free, then 0.20 a unit, cap 25M; amounts with trailing zeros. */
    static final RoyaltyTerms VIA_LA = new RoyaltyTerms("usd", LocalDate.of(2021, 1, 1), null,
            List.of(new Rate(null, null, new BigDecimal("0.20"))), 100_000L, new BigDecimal("25000000.00"), null);
    /** HEVC Advance 2015's shape: by product, region 1 first, then half anywhere else; an earlier period. */
    static final RoyaltyTerms ADVANCE = new RoyaltyTerms("USD", LocalDate.of(2015, 7, 1), LocalDate.of(2020, 12, 31),
            List.of(new Rate("4K TV", List.of("us", "DE"), new BigDecimal("1.20")),
                    new Rate("4k tv", null, new BigDecimal("0.60")),
                    new Rate("mobile", List.of("US", "DE"), new BigDecimal("0.40")),
                    new Rate(null, List.of("US", "DE"), new BigDecimal("0.80")),
                    new Rate(null, null, new BigDecimal("0.40"))), null, null, null);
    static final RoyaltyTerms LUMP = new RoyaltyTerms("EUR", null, null, null, null, null, new BigDecimal("2E+6"));

    @Test
    void poolAndLicenceTermsAreStoredAsJsonAndReadBackEqual() {
        GraphStore store = TestStore.clean();
        Origin test = Origin.system("test");
        Nodes<Pool> pools = new Nodes<>(store, NodeKinds.POOL);
        Pool pool = new Pool("p1", "Pool 1", null, "see the terms", List.of(VIA_LA, ADVANCE));
        pools.create(pool, test);
        Pool read = pools.require("p1");
        assertEquals(pool, read);
        // BigDecimal equality is scale-sensitive: 0.20 came back as 0.20, 2E+6 as 2E+6
        assertEquals("0.20", read.royaltyTerms().get(0).rates().get(0).perUnit().toString());
        assertEquals("25000000.00", read.royaltyTerms().get(0).annualCap().toString());
        assertEquals("4k tv", read.royaltyTerms().get(1).rates().get(0).product());

        Object stored = store.query("MATCH (p:Pool {id: 'p1'}) RETURN p.royaltyTerms AS t", Map.of()).get(0)
                .get("t").asObject();
        assertTrue(stored instanceof String s && s.startsWith("[{\"currency\":\"USD\",\"from\":\"2021-01-01\""),
                String.valueOf(stored));

        new Nodes<>(store, NodeKinds.ORGANIZATION).create(new Organization("a", "A", null, null), test);
        new Nodes<>(store, NodeKinds.ORGANIZATION).create(new Organization("b", "B", null, null), test);
        Nodes<License> licenses = new Nodes<>(store, NodeKinds.LICENSE);
        License lump = new License("L1", LicenseKind.BILATERAL, new License.Grantor("a", null), List.of("b"),
                null, null, null, null, null, null, "EUR 2M lump sum", List.of(LUMP), null);
        licenses.create(lump, test);
        assertEquals(lump, licenses.require("L1"));
        assertEquals("2E+6", licenses.require("L1").royaltyTerms().get(0).lumpSum().toString());

        // replacing without terms removes the property (a replace drops what the new value leaves out)
        pools.replace("p1", new Pool("p1", "Pool 1", null, null), test);
        assertEquals(List.of(), pools.require("p1").royaltyTerms());
        assertTrue(store.query("MATCH (p:Pool {id: 'p1'}) RETURN p.royaltyTerms AS t", Map.of()).get(0)
                .get("t").isNull());
    }

    @Test
    void noTermsIsNoPropertyAndOverlapsAreRefusedNamingTheLaterEntry() {
        assertEquals(null, RoyaltyTermsProperty.write(List.of()));
        assertEquals(List.of(), RoyaltyTermsProperty.read(null));
        assertEquals(List.of(ADVANCE, VIA_LA), RoyaltyTermsProperty.read(RoyaltyTermsProperty.write(
                List.of(ADVANCE, VIA_LA))));
        // VIA_LA is open from 2021, LUMP open at both ends: they overlap
        InvalidField overlap = assertThrows(InvalidField.class,
                () -> new Pool("p", "P", null, null, List.of(ADVANCE, VIA_LA, LUMP)));
        assertEquals("royaltyTerms[2].from", overlap.field());
        InvalidField onLicence = assertThrows(InvalidField.class, () -> new License("L", null,
                new License.Grantor("a", null), List.of("b"), null, null, null, null, null, null, null,
                List.of(LUMP, LUMP), null));
        assertEquals("royaltyTerms[1].from", onLicence.field());
        assertFalse(new Pool("p", "P", null, null, null).royaltyTerms() == null);
    }
}
