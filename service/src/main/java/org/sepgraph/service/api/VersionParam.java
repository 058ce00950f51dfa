package org.sepgraph.service.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sepgraph.graph.model.InvalidField;

/** {@code minVersion}, documented once for every question. */
public class VersionParam {
    @QueryParam("minVersion")
    @Parameter(description = "answer on a version of the store at least this one (the Sepgraph-Version of a write); "
            + "waits for it briefly, else 503", example = "42")
    String minVersion;

    public Long value() {
        if (minVersion == null || minVersion.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(minVersion.strip());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidField("minVersion", "minVersion must be a version number, 0 or more; got '" + minVersion + "'");
    }
}
