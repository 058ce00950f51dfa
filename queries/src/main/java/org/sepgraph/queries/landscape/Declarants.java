package org.sepgraph.queries.landscape;

import java.time.LocalDate;
import java.util.Set;
import org.sepgraph.graph.model.Page;

/**
 * Who declared patents essential to {@code standard} (or its parts at any depth), and how much of it survived
 * evaluation: the totals over every counted declaration (each once, however many organisations made it), and
 * {@code items}, one per declaring organisation, ranked by declarations, then organisation (paged). Counted: the
 * declarations dated on or before {@code asOf} (an undated one always), of patents in {@code territories} (empty =
 * all), and only of patents in force on asOf when {@code inForce}.
 */
public record Declarants(String standard, LocalDate asOf, Set<String> territories, boolean inForce,
                         long declarations, long declared, long confirmed, long rejected, double confirmedRatio,
                         double rejectedRatio, Double essentialRatio, long patents, long families,
                         Page<DeclarantCount> items) {
    public Declarants {
        territories = Set.copyOf(territories);
    }
}
