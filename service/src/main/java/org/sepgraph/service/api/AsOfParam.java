package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.Params;

/** {@code asOf}, documented once for every question. */
public class AsOfParam {
    @QueryParam("asOf")
    @Parameter(description = "the date the answer is for (YYYY-MM-DD; default today)", example = "2026-11-28")
    String asOf;

    public LocalDate value() {
        return Params.asOf(asOf);
    }
}
