package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.queries.money.PlanInputs;
import org.sepgraph.queries.money.PlanRequest;
import org.sepgraph.queries.money.Plans;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Answers;
import org.sepgraph.service.answers.Question;

/** Which pools to license, and what each choice costs a year: a question with a body, answered from memory. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Money", description = "Licensing plans and the distribution of a pool's income")
public class PlanResource {
    @Inject
    Answers answers;

    @Question
    @POST
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Licensing plans: the cheapest set of pools covering the essential families, and the "
            + "cost/coverage frontier",
            description = """
                    Essential: the families with a patent declared (not REJECTED) to one of the standards or their
                    parts, in force on asOf, in a country with units. A plan covers a family when each of those
                    patents is held on asOf by one of its pools or reached by the licensee (Reach, maxDepth 3).
                    A pool's yearly cost follows its royalty terms in effect on asOf: the first rate matching the
                    product and country × units, free units off the lowest-rate countries first, then the annual cap,
                    plus any lump sum. plans[0] is the cheapest plan covering ⌈target × essential⌉ families; then the
                    rest of the cost/coverage frontier. Pools without terms on asOf, or without a rate for a country
                    with units, are in no plan (excluded, with the reason). Candidates: the pools named, else every
                    pool holding an essential patent. Nothing is written.""")
    @APIResponse(responseCode = "200", description = "the plans")
    @APIResponse(responseCode = "400", description = "a field of the body is missing or wrong (named in field), or the "
            + "candidate pools price in more than one currency (field pools)")
    @APIResponse(responseCode = "404", description = "no such standard, licensee or pool (named in field)")
    public Plans plans(PlanRequest body, @BeanParam VersionParam minVersion) {
        PlanRequest request = Payloads.required(body);
        return PlanInputs.plans(answers.snapshot(minVersion.value()), request);
    }
}
