package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.LicenseParties;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.reach.Reach;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.queries.reach.ReachRequest;
import org.sepgraph.queries.reach.ReachSeries;
import org.sepgraph.queries.reach.ReachSeriesQuestion;
import org.sepgraph.queries.reach.ReachSeriesRequest;
import org.sepgraph.queries.search.TextSearch;
import org.sepgraph.service.access.Confidential;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Question;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Members, licensors, licensees and declarants")
public class OrganizationResource extends NodeResource<Organization> {
    @Inject
    Confidential confidential;

    @Override
    protected NodeKind<Organization> kind() {
        return NodeKinds.ORGANIZATION;
    }

    /** The organisations by id or name from the engine's dictionaries; only the page is read from the store. */
    @Override
    protected Page<Organization> search(String q, Page.Request page) {
        return searchInEngine(q, page, TextSearch::organizations);
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/reach")
    @Operation(summary = "Patents an organisation may practise, and by what chain of rights",
            description = """
                    Owned by its corporate group, licensed, sublicensed through sublicensable licences (at most maxDepth
                    licences), or pool-licensed; in force on asOf, in the territories. Each item carries one shortest
                    chain: route, licences (from the one its group holds to the one granted by the owner or pool),
                    root and the path for display.""")
    public Reach reach(@Parameter(description = "organisation id", example = "kestrel") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam DepthParam maxDepth, @BeanParam TerritoryParam territory,
            @BeanParam UnitParam unit, @BeanParam PageParam page, @BeanParam VersionParam minVersion) {
        return ReachQuestion.reach(answers.snapshot(minVersion.value()), new ReachRequest(id, asOf.value(),
                maxDepth.value(), territory.value(), unit.value(), page.value()));
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/reach/series")
    @Operation(summary = "An organisation's reach over time",
            description = """
                    One point per date from `from` by `step` (an ISO-8601 period) up to `to`, at most 500: reached,
                    unknownExpiry and byRoute, each exactly what the reach question answers for that date (same
                    maxDepth, territories and unit), computed on one version of the graph. Bad from, to or step: 400
                    naming it.""")
    public ReachSeries reachSeries(
            @Parameter(description = "organisation id", example = "kestrel") @PathParam("id") String id,
            @BeanParam SeriesParam series, @BeanParam DepthParam maxDepth, @BeanParam TerritoryParam territory,
            @BeanParam UnitParam unit, @BeanParam VersionParam minVersion) {
        return ReachSeriesQuestion.series(answers.snapshot(minVersion.value()), new ReachSeriesRequest(id,
                series.value(), maxDepth.value(), territory.value(), unit.value()));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/licenses")
    @Operation(summary = "The licences an organisation is a party to",
            description = """
                    Licences it grants or is a grantee of (the organisation itself, not its corporate group: what a
                    group holds through its members is what reach answers), ordered by id, paged. A licence's royalty,
                    royaltyTerms and fieldOfUse are shown only to admins and keys bound to a party's group, as
                    everywhere. Unknown organisation: 404.""")
    public Page<License> licenses(
            @Parameter(description = "organisation id", example = "kestrel") @PathParam("id") String id,
            @BeanParam PageParam page) {
        answers.readingStore();
        Page<License> found = new LicenseParties(store).of(id, page.value());
        return new Page<>(found.items().stream().map(confidential::shown).toList(), found.total(), found.page(),
                found.size());
    }
}
