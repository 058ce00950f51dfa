package org.sepgraph.queries.money;

import java.util.List;
import org.sepgraph.graph.model.Check;

/**
 * A family with at least one member of E: {@code family} its id (a patent without a family is a family of its own:
 * pass the patent's id), {@code patents} its members of E. Patents outside the countries with units are ignored, so
 * the caller may pass the whole family's members of E.
 */
public record EssentialFamily(String family, List<EssentialPatent> patents) {
    public EssentialFamily {
        family = Check.id("family", family);
        patents = List.copyOf(Check.required("patents", patents));
    }
}
