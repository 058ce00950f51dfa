package org.sepgraph.graph.model;

/** An owner of a patent; several owners are co-owners, {@code share} (0..1) their part when known. */
public record Ownership(String organization, String patent, Double share) {
    public Ownership {
        organization = Check.id("organization", organization);
        patent = Patent.normalise("patent", patent);
        if (share != null && (share.isNaN() || share <= 0 || share > 1)) {
            throw new InvalidField("share", "share must be more than 0 and at most 1");
        }
    }
}
