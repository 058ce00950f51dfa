package org.sepgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison the smoke test and run.sh rely on really flags a difference, and says where it is. */
class AgreementTest {
    @Test
    void equalKeysAgreeAndADifferentCountIsReportedByField() {
        Keys.CoverageKey a = new Keys.CoverageKey(10, 7, 3, 1, Map.of("pool-1", 5L), Map.of("L1", 2L),
                Map.of("org-1", 3L));
        Keys.CoverageKey same = new Keys.CoverageKey(10, 7, 3, 1, Map.of("pool-1", 5L), Map.of("L1", 2L),
                Map.of("org-1", 3L));
        Keys.CoverageKey other = new Keys.CoverageKey(10, 7, 3, 1, Map.of("pool-1", 4L), Map.of("L1", 2L),
                Map.of("org-1", 3L));
        Agreement agreement = new Agreement();
        agreement.check("coverage", "S", "http", a, "direct", same, "baseline", same);
        assertTrue(agreement.ok());
        agreement.check("coverage", "S", "http", a, "direct", same, "baseline", other);
        assertFalse(agreement.ok());
        assertEquals(1, agreement.disagreements().size());
        assertTrue(agreement.disagreements().get(0).contains("byPool {pool-1: 5 vs 4}"),
                agreement.disagreements().get(0));
        Agreement paths = new Agreement();
        paths.check("path", "o->p", "direct", new Keys.PathKey(true, "POOL", 1), "baseline", Keys.PathKey.NONE);
        assertFalse(paths.ok());
    }
}
