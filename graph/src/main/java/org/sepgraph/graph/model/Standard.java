package org.sepgraph.graph.model;

import java.util.List;

/** A standard, or a part of one (a spec inside a release, a profile inside a codec). */
public record Standard(String id, String body, String title, List<String> partOf) {
    public Standard {
        id = Check.id("id", id);
        body = Check.optionalText(body);
        title = Check.optionalText(title);
        partOf = Check.ids("partOf", partOf);
        if (partOf.contains(id)) {
            throw new InvalidField("partOf", "a standard cannot be part of itself");
        }
    }
}
