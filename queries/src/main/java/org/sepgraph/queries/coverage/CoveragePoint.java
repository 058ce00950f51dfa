package org.sepgraph.queries.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * One date of a coverage series: the figures {@link Coverage} answers for that date ({@code essential},
 * {@code covered}, {@code uncovered}, {@code ratio}, {@code unknownExpiry}, {@code byPool}), without its items.
 */
public record CoveragePoint(LocalDate asOf, long essential, long covered, long uncovered, double ratio,
                            long unknownExpiry, List<PoolCount> byPool) {
    public CoveragePoint {
        byPool = List.copyOf(byPool);
    }

    /** The point a full coverage answer makes (what every point of a series must equal). */
    public static CoveragePoint of(Coverage c) {
        return new CoveragePoint(c.asOf(), c.essential(), c.covered(), c.uncovered(), c.ratio(), c.unknownExpiry(),
                c.byPool());
    }
}
