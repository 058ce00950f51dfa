package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.queries.reach.Practitioners;
import org.sepgraph.queries.reach.PractitionersRequest;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.queries.search.TextSearch;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Question;

@Path("/api/v1/patents")
@Tag(name = "Patents", description = "Patents and applications, found by any publication number")
public class PatentResource extends NodeResource<Patent> {
    @Override
    protected NodeKind<Patent> kind() {
        return NodeKinds.PATENT;
    }

    /**
     * Patents by text from the engine: numbers and aliases in its dictionaries, titles through the store's index,
     * only the page's patents read from the store (a scan of every patent took seconds at a million). A text that
     * is not ASCII goes the store's way (titles in other scripts).
     */
    @Override
    protected Page<Patent> search(String q, Page.Request page) {
        return searchInEngine(q, page, (snapshot, text, p) -> {
            List<String> titled = nodes().patentsTitled(text);
            return titled == null ? null : TextSearch.patents(snapshot, text, titled, p);
        });
    }

    @Question
    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}/practitioners")
    @Operation(summary = "Organisations that may practise a patent, each with its shortest chain")
    public Practitioners practitioners(
            @Parameter(description = "patent id (any publication number)", example = "US10000148B2") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @BeanParam DepthParam maxDepth, @BeanParam PageParam page,
            @BeanParam VersionParam minVersion) {
        return ReachQuestion.practitioners(answers.snapshot(minVersion.value()), new PractitionersRequest(id,
                asOf.value(), maxDepth.value(), page.value()));
    }
}
