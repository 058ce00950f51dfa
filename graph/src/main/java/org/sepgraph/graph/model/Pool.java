package org.sepgraph.graph.model;

import java.util.List;

/**
 * A patent pool: licenses its patents centrally under its own policy — the free-text {@code policy}, and its
 * {@code royaltyTerms} as data (none or several, whose validity periods do not overlap).
 */
public record Pool(String id, String name, String administrator, String policy, List<RoyaltyTerms> royaltyTerms) {
    public Pool {
        id = Check.id("id", id);
        name = Check.text("name", name);
        administrator = Check.optionalText(administrator);
        policy = Check.optionalText(policy);
        royaltyTerms = RoyaltyTerms.checkAll("royaltyTerms", royaltyTerms);
    }

    /** A pool without royalty terms as data (what an import of a pool list knows). */
    public Pool(String id, String name, String administrator, String policy) {
        this(id, name, administrator, policy, List.of());
    }
}
