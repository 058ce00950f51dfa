package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Params;

/** {@code page} and {@code size}, documented once for every paged list. */
public class PageParam {
    @QueryParam("page")
    @Parameter(description = "page of the list, from 0", example = "0")
    String page;

    @QueryParam("size")
    @Parameter(description = "items per page, 1 to 1000 (default 50)", example = "50")
    String size;

    public Page.Request value() {
        return Params.page(page, size);
    }
}
