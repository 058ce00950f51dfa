package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.queries.reach.Chain;
import org.sepgraph.queries.reach.PathRequest;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Answers;
import org.sepgraph.service.answers.Question;

/** The one shortest chain of rights from an organisation to a patent. */
@Path("/api/v1/reach")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reach", description = "Chains of licence rights")
public class ReachResource {
    @Inject
    Answers answers;

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("path")
    @Operation(summary = "The shortest chain by which an organisation may practise a patent",
            description = "The same fields as a reach item; 404 with a problem body when no chain of at most maxDepth "
                    + "licences exists on asOf.")
    @APIResponse(responseCode = "200", description = "the chain")
    @APIResponse(responseCode = "404", description = "no such organisation or patent, or no chain")
    public Chain path(@Parameter(description = "organisation id", example = "kestrel") @QueryParam("from") String from,
            @Parameter(description = "patent: any of its publication numbers", example = "US10000433B2")
            @QueryParam("to") String to,
            @BeanParam AsOfParam asOf, @BeanParam DepthParam maxDepth, @BeanParam VersionParam minVersion) {
        return ReachQuestion.path(answers.snapshot(minVersion.value()),
                new PathRequest(from, to, asOf.value(), maxDepth.value()));
    }
}
