package org.sepgraph.imports.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.access.EdgeRow;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.imports.staging.StagedGraph.PoolList;

/** The digest tells apart what the merge rules and the values tell apart, and nothing else. */
class FingerprintsTest {
    static final LocalDate FEB = LocalDate.of(2022, 2, 4);

    static EdgeRow row(Map<String, Object> props) {
        return new EdgeRow("US1", "ITU-T H.265", props);
    }

    static long bundle(EdgeRow row) {
        return new Fingerprints("bundle", List.of()).of(EdgeKinds.DECLARATIONS, row);
    }

    @Test
    void theSameValueUnderTheSameRuleHasOneFingerprint() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("declarant", "acme");
        a.put("claims", List.of("1", "2"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("claims", List.of("1", "2"));
        b.put("declarant", "acme");
        // property order does not matter; a fresh digest per import gives the same number
        assertEquals(bundle(row(a)), bundle(row(b)));
        Fingerprints one = new Fingerprints("bundle", List.of());
        assertEquals(one.of(EdgeKinds.DECLARATIONS, row(a)), one.of(EdgeKinds.DECLARATIONS, row(a)));
    }

    @Test
    void anyDifferenceInTheValueChangesIt() {
        Map<String, Object> base = new HashMap<>(Map.of("declarant", "acme", "claims", List.of("1", "2"),
                "date", LocalDate.of(2020, 1, 1)));
        long f = bundle(row(base));
        List<Map<String, Object>> others = List.of(
                with(base, "claims", List.of("2", "1")),           // order of a list is data
                with(base, "claims", List.of("1, 2")),             // one claim "1, 2" is not two
                with(base, "claims", List.of("1", "2", "")),
                with(base, "declarant", "acme "),
                with(base, "date", LocalDate.of(2020, 1, 2)),
                with(base, "date", "2020-01-01"),                  // a date is not its text
                with(base, "version", 1L),
                with(base, "version", "1"));
        for (Map<String, Object> other : others) {
            assertNotEquals(f, bundle(row(other)), other.toString());
        }
        assertNotEquals(f, bundle(new EdgeRow("US2", "ITU-T H.265", base)));
        assertNotEquals(f, bundle(new EdgeRow("US1", "ITU-T H.266", base)));
        // the ends are not confused with the properties: "a"+"bc" is not "ab"+"c"
        assertNotEquals(bundle(new EdgeRow("a", "bc", Map.of())), bundle(new EdgeRow("ab", "c", Map.of())));
        // the same row of another kind
        assertNotEquals(f, new Fingerprints("bundle", List.of()).of(EdgeKinds.OWNERSHIPS, row(base)));
    }

    @Test
    void theRuleIsTheFormatAndThePoolListsDates() {
        EdgeRow r = row(Map.of("since", FEB));
        long bundle = new Fingerprints("bundle", List.of()).of(EdgeKinds.POOL_PATENTS, r);
        long feb = new Fingerprints("access-advance", List.of(new PoolList("hevc", FEB))).of(EdgeKinds.POOL_PATENTS, r);
        long march = new Fingerprints("access-advance", List.of(new PoolList("hevc", FEB.plusMonths(1))))
                .of(EdgeKinds.POOL_PATENTS, r);
        long otherPool = new Fingerprints("access-advance", List.of(new PoolList("vvc", FEB)))
                .of(EdgeKinds.POOL_PATENTS, r);
        assertNotEquals(bundle, feb);
        assertNotEquals(feb, march);
        assertNotEquals(feb, otherPool);
        // the lists' order in the file does not matter
        assertEquals(new Fingerprints("access-advance", List.of(new PoolList("a", FEB), new PoolList("b", FEB)))
                        .of(EdgeKinds.POOL_PATENTS, r),
                new Fingerprints("access-advance", List.of(new PoolList("b", FEB), new PoolList("a", FEB)))
                        .of(EdgeKinds.POOL_PATENTS, r));
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
