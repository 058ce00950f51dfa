package org.sepgraph.queries.coverage;

import java.util.List;
import org.sepgraph.queries.Unit;

/**
 * One counted member of the essential set: a family ({@code kind} FAMILY, {@code id} the family id) or a patent
 * ({@code kind} PATENT), with its patents in E and how each is covered. A family is covered only when all of them are.
 */
public record CoverageItem(String id, Unit kind, boolean covered, List<PatentCoverage> patents) {
    public CoverageItem {
        patents = List.copyOf(patents);
    }
}
