package org.sepgraph.queries.binding;

import java.time.LocalDate;
import java.util.List;
import org.sepgraph.queries.Unit;

/**
 * Binding of a pool on {@code asOf} (DESIGN.md "Binding(P)"): each standard it binds, by id, with its share; and
 * its red flags, by patent id, one per patent.
 */
public record PoolBinding(String pool, LocalDate asOf, Unit unit, List<StandardShare> standards,
                          List<RedFlag> redFlags) {
    public PoolBinding {
        standards = List.copyOf(standards);
        redFlags = List.copyOf(redFlags);
    }
}
