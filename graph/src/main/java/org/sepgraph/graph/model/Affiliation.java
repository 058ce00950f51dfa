package org.sepgraph.graph.model;

/** {@code organization} is a controlled affiliate of {@code affiliateOf}; both are then one corporate group. */
public record Affiliation(String organization, String affiliateOf) {
    public Affiliation {
        organization = Check.id("organization", organization);
        affiliateOf = Check.id("affiliateOf", affiliateOf);
        if (organization.equals(affiliateOf)) {
            throw new InvalidField("affiliateOf", "an organisation cannot be its own affiliate");
        }
    }
}
