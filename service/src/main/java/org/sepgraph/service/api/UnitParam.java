package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.Unit;

/** {@code unit}, documented once for every question that counts. */
public class UnitParam {
    @QueryParam("unit")
    @Parameter(description = "FAMILY (default: a family counts once, covered only when all its essential patents "
            + "are) or PATENT", example = "FAMILY")
    String unit;

    public Unit value() {
        return Params.unit(unit);
    }
}
