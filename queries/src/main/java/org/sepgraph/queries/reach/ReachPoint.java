package org.sepgraph.queries.reach;

import java.time.LocalDate;
import java.util.Map;

/** One date of a reach series: the figures {@link Reach} answers for that date, without its items. */
public record ReachPoint(LocalDate asOf, long reached, long unknownExpiry, Map<Route, Long> byRoute) {
    public ReachPoint {
        byRoute = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byRoute));
    }

    /** The point a full reach answer makes (what every point of a series must equal). */
    public static ReachPoint of(Reach r) {
        return new ReachPoint(r.asOf(), r.reached(), r.unknownExpiry(), r.byRoute());
    }
}
