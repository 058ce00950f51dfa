package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.binding.BindingQuestion;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;
import org.sepgraph.queries.coverage.Coverage;
import org.sepgraph.queries.coverage.CoverageQuestion;
import org.sepgraph.queries.coverage.CoverageRequest;
import org.sepgraph.queries.coverage.CoverageSeries;
import org.sepgraph.queries.coverage.CoverageSeriesQuestion;
import org.sepgraph.queries.coverage.CoverageSeriesRequest;
import org.sepgraph.queries.landscape.Declarants;
import org.sepgraph.queries.landscape.DeclarantsQuestion;
import org.sepgraph.queries.landscape.DeclarantsRequest;
import org.sepgraph.queries.landscape.Landscape;
import org.sepgraph.queries.landscape.LandscapeQuestion;
import org.sepgraph.queries.landscape.LandscapeRequest;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Question;

@Path("/api/v1/standards")
@Tag(name = "Standards", description = "Standards and their parts")
public class StandardResource extends NodeResource<Standard> {
    @Override
    protected NodeKind<Standard> kind() {
        return NodeKinds.STANDARD;
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/coverage")
    @Operation(summary = "Coverage of a standard by its essential patents",
            description = """
                    The essential set: patents declared (not REJECTED) to the standard or any of its parts, in force on
                    asOf, in the territories. Covered: held by a pool on asOf, or lawfully included in a licence in
                    force (chains of at most 3 licences); with licensee, covered means reached by that organisation.
                    Holdouts rank the owners of uncovered ones. Covered and uncovered items are paged.""")
    public Coverage coverage(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam TerritoryParam territory,
            @Parameter(description = "organisation whose reach defines covered", example = "pinecone")
            @QueryParam("licensee") String licensee,
            @BeanParam UnitParam unit, @BeanParam PageParam page, @BeanParam VersionParam minVersion) {
        return CoverageQuestion.coverage(answers.snapshot(minVersion.value()), new CoverageRequest(id, asOf.value(),
                territory.value(), licensee, unit.value(), page.value()));
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/binding")
    @Operation(summary = "Pools serving a standard, their shares, overlaps and clusters",
            description = """
                    Every pool that binds the standard or holds a member of its essential set on asOf: the share it
                    covers and its licensors; every pair of pools sharing members (royalty stacking); each cluster's
                    union coverage.""")
    public StandardBinding binding(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam UnitParam unit, @BeanParam VersionParam minVersion) {
        return BindingQuestion.standard(answers.snapshot(minVersion.value()),
                new StandardBindingRequest(id, asOf.value(), unit.value()));
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/coverage/series")
    @Operation(summary = "Coverage of a standard over time",
            description = """
                    One point per date from `from` by `step` (an ISO-8601 period) up to `to`, at most 500: the essential
                    set, covered, uncovered, ratio, unknownExpiry and covered per pool, each exactly what the coverage
                    question answers for that date (same territories, licensee and unit), computed on one version of
                    the graph. Bad from, to or step: 400 naming it.""")
    public CoverageSeries coverageSeries(
            @Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam SeriesParam series, @BeanParam TerritoryParam territory,
            @Parameter(description = "organisation whose reach defines covered", example = "pinecone")
            @QueryParam("licensee") String licensee,
            @BeanParam UnitParam unit, @BeanParam VersionParam minVersion) {
        return CoverageSeriesQuestion.series(answers.snapshot(minVersion.value()), new CoverageSeriesRequest(id,
                series.value(), territory.value(), licensee, unit.value()));
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/landscape")
    @Operation(summary = "A standard's essential set as a landscape: holders, jurisdictions, expiries",
            description = """
                    On asOf, the essential set (as coverage defines it) counted in the unit: its holders (owners of its
                    patents; a co-owned member counts for each co-owner) with their share, the pools holding their
                    patents, their alliances (through the corporate group) and how many of their members no pool holds;
                    the members per jurisdiction (a family once in each); per year of expiry from asOf's year (a family
                    expires with its last patent in the set; unknownExpiry those with an unknown date); and the members
                    outside every pool and outside every alliance. Holders and both lists are paged.""")
    public Landscape landscape(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam TerritoryParam territory, @BeanParam UnitParam unit,
            @BeanParam PageParam page, @BeanParam VersionParam minVersion) {
        return LandscapeQuestion.landscape(answers.snapshot(minVersion.value()), new LandscapeRequest(id,
                asOf.value(), territory.value(), unit.value(), page.value()));
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/declarants")
    @Operation(summary = "Who declared patents essential to a standard, and how much survived evaluation",
            description = """
                    Every declaration to the standard or its parts made by asOf (an undated one always), per declaring
                    organisation: declarations by assessment (DECLARED, CONFIRMED, REJECTED), their ratios, the share of
                    evaluated ones found essential, and the distinct patents and families declared; ranked by
                    declarations, then organisation; paged. A declarant is the organisation whose id is its slug
                    (`SHARP CORPORATION` → sharp-corporation), else the one whose name is it but for case and
                    punctuation (`Lumina Communications` → lumina), else each one of a joint `A, B`, else the text as
                    written (known false); none: the patent's owners. Declarations count whatever the patent's force
                    unless inForce=true; territory filters by the patent's jurisdiction.""")
    public Declarants declarants(@Parameter(description = "standard id", example = "AVS3") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam TerritoryParam territory,
            @Parameter(description = "only patents in force on asOf (default false: every declaration)",
                    example = "false")
            @QueryParam("inForce") String inForce,
            @BeanParam PageParam page, @BeanParam VersionParam minVersion) {
        return DeclarantsQuestion.declarants(answers.snapshot(minVersion.value()), new DeclarantsRequest(id,
                asOf.value(), territory.value(), Params.flag("inForce", inForce), page.value()));
    }
}
