package org.sepgraph.queries.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Unit;

/**
 * Coverage of {@code standard} on {@code asOf} (DESIGN.md "Coverage"), in {@code territories} (empty = all), for
 * everyone or for {@code licensee} (null = everyone). {@code essential}, {@code covered}, {@code uncovered} and the
 * per-pool, per-licence and per-holder counts follow {@code unit} with the family rule; {@code unknownExpiry} counts
 * patents of E without an expiry date. {@code byPool} and {@code byLicense} are ranked by count, then id, and list
 * every pool and licence that covers at least one patent of E (with a licensee: the pools at the root and the
 * licences held by its group that begin its chains). {@code holdouts} are ranked by count, then id.
 */
public record Coverage(String standard, LocalDate asOf, Set<String> territories, String licensee, Unit unit,
                       long essential, long covered, long uncovered, double ratio, long unknownExpiry,
                       List<PoolCount> byPool, List<LicenseCount> byLicense, List<Holdout> holdouts,
                       Page<CoverageItem> coveredItems, Page<CoverageItem> uncoveredItems) {
    public Coverage {
        territories = Set.copyOf(territories);
        byPool = List.copyOf(byPool);
        byLicense = List.copyOf(byLicense);
        holdouts = List.copyOf(holdouts);
    }
}
