package org.sepgraph.queries.binding;

import java.time.LocalDate;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/** Binding(pool, asOf, unit), checked and defaulted (today, FAMILY). */
public record PoolBindingRequest(String pool, LocalDate asOf, Unit unit) {
    public PoolBindingRequest {
        pool = Params.id("id", pool);
        asOf = Params.orToday(asOf);
        unit = Params.orFamily(unit);
    }
}
