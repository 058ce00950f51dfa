package org.sepgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generator is seeded and has the shape issue 5 asks for. */
class GeneratorTest {
    @Test
    void sameSeedSameGraphAndTheAskedShape() {
        Dataset a = Generator.generate(Tier.SMALL, 7);
        Dataset b = Generator.generate(Tier.SMALL, 7);
        assertArrayEquals(a.patentId, b.patentId);
        assertArrayEquals(a.declStandard, b.declStandard);
        assertArrayEquals(a.licGrantor, b.licGrantor);
        System.out.println(a.summary());
        assertEquals(10_000, a.patents());
        assertEquals(1_000, a.organizations());
        assertEquals(2_000, a.licenses(), 1);
        assertEquals(10, a.pools());
        assertTrue(Math.abs(a.declarations() - 20_000) < 2_000, "declarations " + a.declarations());
        // skewed holders: the top 1% of organisations own a large share of the patents
        long top = 0;
        for (int[] owners : a.owners) {
            for (int o : owners) {
                if (o < a.organizations() / 100) {
                    top++;
                }
            }
        }
        assertTrue(top > a.patents() / 5, "top 1% own " + top);
        // expiries spread over 2015–2045
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int e : a.expires) {
            if (e != Dataset.OPEN_END) {
                min = Math.min(min, e);
                max = Math.max(max, e);
            }
        }
        assertTrue(min >= Dataset.day(2015, 1, 1) && max <= Dataset.day(2045, 12, 31));
        assertTrue(min < Dataset.day(2016, 1, 1) && max > Dataset.day(2044, 1, 1));
    }
}
