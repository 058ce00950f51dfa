package org.sepgraph.queries.money;

import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.InvalidField;

/** An owner of a patent (OWNS {share}): its {@code share} (more than 0, at most 1) when recorded, else null. */
public record Owner(String organization, Double share) {
    public Owner {
        organization = Check.id("organization", organization);
        if (share != null && (share.isNaN() || share <= 0 || share > 1)) {
            throw new InvalidField("share", "share must be more than 0 and at most 1");
        }
    }
}
