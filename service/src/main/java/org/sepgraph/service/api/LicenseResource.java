package org.sepgraph.service.api;

import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.License;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.search.TextSearch;
import org.sepgraph.service.access.Confidential;

@Path("/api/v1/licenses")
@Tag(name = "Licenses", description = "Licences with their parties and scope")
public class LicenseResource extends NodeResource<License> {
    @Inject
    Confidential confidential;

    @Override
    protected NodeKind<License> kind() {
        return NodeKinds.LICENSE;
    }

    /** The licences by id from the engine's dictionaries; only the page is read from the store. */
    @Override
    protected Page<License> search(String q, Page.Request page) {
        return searchInEngine(q, page, TextSearch::licenses);
    }

    @Override
    protected License shown(License value) {
        return confidential.shown(value);
    }

    /**
     * Licence terms are written, like they are read, only by admins and keys bound to a party: an editor may record
     * a licence without terms, but creating, replacing or deleting one that has terms is 403 for anyone else (a
     * replacement without them would erase them).
     */
    @Override
    protected void mayWrite(License before, License after) {
        for (License l : new License[] {before, after}) {
            if (l != null && Confidential.hasTerms(l) && !confidential.maySee(l)) {
                throw new ForbiddenException("licence '" + l.id() + "' has confidential terms: only an admin or a key "
                        + "bound to an organisation of its grantor's or a grantee's group may write them");
            }
        }
    }
}
