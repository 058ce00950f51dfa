package org.sepgraph.queries.money;

import java.time.LocalDate;
import org.sepgraph.graph.model.Check;

/** A period the pool held a patent: since to until, both inclusive, open when absent (IN_POOL {since, until}). */
public record Holding(LocalDate since, LocalDate until) {
    public Holding {
        Check.range("until", since, until);
    }
}
