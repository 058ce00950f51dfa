package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;

/** {@code territory}, documented once for every question that takes it. */
public class TerritoryParam {
    @QueryParam("territory")
    @Parameter(description = "jurisdiction codes (ISO 3166 or a regional office such as EP, WO), repeated or "
            + "comma-separated (default: all)", example = "CN")
    List<String> territory;

    public Set<String> value() {
        return Params.territories(territory);
    }
}
