package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.queries.DateSeries;

/** {@code from}, {@code to} and {@code step} of a time series, documented once for every series. */
public class SeriesParam {
    @QueryParam("from")
    @Parameter(description = "the first date of the series (YYYY-MM-DD)", required = true, example = "2020-01-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "the last date (YYYY-MM-DD, inclusive; not before from)", required = true,
            example = "2030-01-01")
    String to;

    @QueryParam("step")
    @Parameter(description = "an ISO-8601 period between dates, each counted from `from` (P1M, P3M, P1Y, P2W); at most "
            + DateSeries.MAX_POINTS + " dates", required = true, example = "P1Y")
    String step;

    public DateSeries value() {
        return DateSeries.parse(from, to, step);
    }
}
