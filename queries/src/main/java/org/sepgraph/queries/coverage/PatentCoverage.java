package org.sepgraph.queries.coverage;

import java.util.List;
import org.sepgraph.queries.reach.Chain;

/**
 * One patent of the essential set and how it is covered. Without a licensee: the pools holding it and the licences
 * that lawfully include it. With a licensee: the licensee's chain ({@code licenses} are the chain's licences,
 * {@code pools} its root when that is a pool); {@code chain} is null otherwise.
 */
public record PatentCoverage(String patent, String jurisdiction, List<String> owners, boolean covered,
                             List<String> pools, List<String> licenses, Chain chain) {
    public PatentCoverage {
        owners = List.copyOf(owners);
        pools = List.copyOf(pools);
        licenses = List.copyOf(licenses);
    }
}
