package org.sepgraph.graph.model;

import java.time.LocalDate;

/** A patent in a pool from {@code since} to {@code until} (inclusive; open when absent). */
public record PoolPatent(String pool, String patent, LocalDate since, LocalDate until) {
    public PoolPatent {
        pool = Check.id("pool", pool);
        patent = Patent.normalise("patent", patent);
        Check.range("until", since, until);
    }
}
