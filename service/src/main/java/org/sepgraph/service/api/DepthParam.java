package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;

/** {@code maxDepth}, documented once for the questions that follow chains of licences. */
public class DepthParam {
    @QueryParam("maxDepth")
    @Parameter(description = "most licences in a chain, 0 to 6 (default 3)", example = "3")
    String maxDepth;

    public Integer value() {
        return Params.maxDepth(Params.integer("maxDepth", maxDepth));
    }
}
