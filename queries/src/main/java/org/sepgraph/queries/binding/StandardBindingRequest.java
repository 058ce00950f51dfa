package org.sepgraph.queries.binding;

import java.time.LocalDate;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/** Binding(standard, asOf, unit), checked and defaulted (today, FAMILY). */
public record StandardBindingRequest(String standard, LocalDate asOf, Unit unit) {
    public StandardBindingRequest {
        standard = Params.id("id", standard);
        asOf = Params.orToday(asOf);
        unit = Params.orFamily(unit);
    }
}
