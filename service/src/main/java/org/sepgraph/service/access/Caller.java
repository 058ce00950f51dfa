package org.sepgraph.service.access;

import jakarta.enterprise.context.RequestScoped;
import org.sepgraph.graph.changes.Origin;

/** Who is calling: what a write records as its origin (the API key's id once keys exist). */
@RequestScoped
public class Caller {
    /** The origin of a write made through the API by this caller. */
    public Origin origin() {
        return Origin.api(null);
    }
}
